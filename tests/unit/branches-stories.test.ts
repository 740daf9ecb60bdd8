/**
 * Every county branch has a narrative in src/pages/branches/_stories/<id>.mdx that follows the story
 * structure of the issue, explains every project, and has at least 600 Chinese characters of our
 * own prose (figures rendered by components are not counted).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getBudget } from '../../src/lib/budget';
import { STORY_COMPONENT_NAMES } from '../../src/components/branches/storyComponents';

const STORY_DIR = join(process.cwd(), 'src/pages/branches/_stories');
const REQUIRED_SECTIONS = ['钱买了什么', '逐个项目看', '值得留意的时间点', '和其他分局比', '出处'];
const PER_BRANCH_COMPONENTS = ['BranchThemeChart', 'BranchProjectsChart', 'WatchList', 'BranchCompareMini', 'BranchSources'];
const MIN_CHINESE_CHARACTERS = 600;

function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('story has no front matter');
  return { frontmatter: match[1]!, body: source.slice(match[0].length) };
}

function prose(body: string): string {
  return body.replace(/<[A-Z][^>]*\/>/g, '').replace(/<\/?[A-Z][^>]*>/g, '');
}

const branches = getBudget().units.filter((unit) => unit.kind === 'branch');

describe.each(branches.map((unit) => [unit.id, unit] as const))('story of %s', (id) => {
  const file = join(STORY_DIR, `${id}.mdx`);

  test('exists and names its branch in the front matter', () => {
    expect(existsSync(file), file).toBe(true);
    const { frontmatter } = splitFrontmatter(readFileSync(file, 'utf8'));
    expect(frontmatter).toMatch(new RegExp(`^branch: ${id}$`, 'm'));
    expect(frontmatter).toMatch(/^title: \S+/m);
    expect(frontmatter).toMatch(/^description: \S+/m);
  });

  test('has the sections of the story, in order', () => {
    const { body } = splitFrontmatter(readFileSync(file, 'utf8'));
    const headings = [...body.matchAll(/^## (.+)$/gm)].map((match) => match[1]!.trim());
    expect(headings).toEqual(REQUIRED_SECTIONS);
    // The headline (total, share, rank) comes before the first section.
    const lead = body.slice(0, body.indexOf('## '));
    expect(lead).toContain(`<Amount unit="${id}" />`);
    expect(lead).toContain(`<Share unit="${id}" />`);
    expect(lead).toContain(`<Rank unit="${id}" />`);
  });

  test('has its charts, watch list, comparison and sources, and explains every project', () => {
    const source = readFileSync(file, 'utf8');
    for (const name of PER_BRANCH_COMPONENTS) expect(source).toContain(`<${name} branch="${id}" />`);
    for (const project of getBudget().projects.filter((entry) => entry.unit_id === id)) {
      expect(source, project.id).toContain(`<ProjectHeading project="${project.id}" />`);
    }
  });

  test('uses only the story components', () => {
    const used = new Set([...readFileSync(file, 'utf8').matchAll(/<([A-Z][A-Za-z]*)/g)].map((match) => match[1]!));
    for (const name of used) expect(STORY_COMPONENT_NAMES).toContain(name);
  });

  test(`has at least ${MIN_CHINESE_CHARACTERS} Chinese characters of narrative`, () => {
    const { body } = splitFrontmatter(readFileSync(file, 'utf8'));
    const count = (prose(body).match(/\p{Script=Han}/gu) ?? []).length;
    expect(count).toBeGreaterThanOrEqual(MIN_CHINESE_CHARACTERS);
  });
});

/** Claims the narratives make in words (“only”, “more than”), checked against the data. */
describe('claims the stories make in words', () => {
  const budget = getBudget();
  const branchIds = new Set(branches.map((unit) => unit.id));
  const branchProjects = budget.projects.filter((project) => branchIds.has(project.unit_id));
  const themeTotal = (unitId: string, theme: string) =>
    budget.projects
      .filter((project) => project.unit_id === unitId && project.theme === theme)
      .reduce((sum, project) => sum + project.amount, 0);

  test('gaoping: the only branch with a project paid from unit funds', () => {
    expect([...new Set(branchProjects.filter((project) => project.unit_funds > 0).map((project) => project.unit_id))]).toEqual(['gaoping']);
  });
  test('zezhou: the wetlands are the largest branch project; only zezhou lists wages as a project', () => {
    const largest = [...branchProjects].sort((a, b) => b.amount - a.amount)[0]!;
    expect(largest.id).toBe('zezhou-wetlands');
    expect([...new Set(branchProjects.filter((project) => project.theme === '人员补助').map((project) => project.unit_id))]).toEqual([
      'zezhou',
    ]);
  });
  test('yangcheng: the branch with the smallest project budget (its headline says so)', () => {
    const totals = branches.map((unit) => unit.project_total);
    expect(branches.find((unit) => unit.id === 'yangcheng')!.project_total).toBe(Math.min(...totals));
  });
  test('yangcheng: repairs and computers cost more than air-pollution control', () => {
    expect(themeTotal('yangcheng', '设备与修缮')).toBeGreaterThan(themeTotal('yangcheng', '大气'));
  });
  test('qinshui: the only branch with a nature (biodiversity) project', () => {
    expect([...new Set(branchProjects.filter((project) => project.theme === '自然生态').map((project) => project.unit_id))]).toEqual([
      'qinshui',
    ]);
  });
  test('chengqu: several projects budget less this year than over their period', () => {
    const split = budget.projects.filter(
      (project) =>
        project.unit_id === 'chengqu' &&
        project.period_total_yuan !== null &&
        project.annual_total_yuan !== null &&
        project.period_total_yuan > project.annual_total_yuan,
    );
    expect(split.length).toBeGreaterThanOrEqual(3);
  });
  test('lingchuan: most of the “supervision and patrol” project is an office repair', async () => {
    const { breakdownFor } = await import('../../src/lib/branches/breakdowns');
    const breakdown = breakdownFor(budget, 'lingchuan-supervision-patrol');
    const repair = breakdown.items.find((item) => item.label.includes('修缮'))!;
    expect(repair.amount * 2).toBeGreaterThan(breakdown.budgeted);
    expect(breakdown.gap).toBe(0);
  });
});

describe('rankings the stories state in words', () => {
  const budget = getBudget();
  const projectsOf = (unitId: string) =>
    budget.projects.filter((project) => project.unit_id === unitId).sort((a, b) => b.amount - a.amount);
  const topTheme = (unitId: string) => {
    const totals = new Map<string, number>();
    for (const project of projectsOf(unitId)) totals.set(project.theme, (totals.get(project.theme) ?? 0) + project.amount);
    return [...totals].sort((a, b) => b[1] - a[1])[0]![0];
  };

  test('largest project of each branch, as the stories name it', () => {
    expect(projectsOf('chengqu')[0]!.id).toBe('chengqu-street-sprinkling');
    expect(projectsOf('zezhou')[0]!.id).toBe('zezhou-wetlands');
    expect(projectsOf('gaoping')[0]!.id).toBe('gaoping-air-noise');
    expect(projectsOf('lingchuan')[0]!.id).toBe('lingchuan-operations');
    expect(projectsOf('qinshui')[0]!.id).toBe('qinshui-air');
  });
  test('largest theme of each branch, as the stories name it', () => {
    expect(topTheme('chengqu')).toBe('大气');
    expect(topTheme('lingchuan')).toBe('大气');
    expect(topTheme('yangcheng')).toBe('机构运行');
  });
  test('qinshui: most cost targets of its operations project are floors (≥), not ceilings', () => {
    const costs = budget.indicators.filter(
      (indicator) => indicator.project_id === 'qinshui-operations' && indicator.level2.includes('成本'),
    );
    expect(costs.filter((indicator) => indicator.comparator === '≥').length * 2).toBeGreaterThan(costs.length);
  });
  test('qinshui: the operations sheet’s period goal still names 泽州分局, its annual goal 沁水分局', () => {
    const sheet = budget.projects.find((project) => project.id === 'qinshui-operations')!;
    expect(sheet.goal_period).toContain('保障生态环境局泽州分局日常工作开展');
    expect(sheet.goal_annual).toContain('沁水分局');
  });
  test('lingchuan: the new restaurant-fume monitoring system is the largest part of the air project', async () => {
    const { breakdownFor } = await import('../../src/lib/branches/breakdowns');
    const breakdown = breakdownFor(budget, 'lingchuan-air');
    expect([...breakdown.items].sort((a, b) => b.amount - a.amount)[0]!.label).toBe('新建餐饮油烟在线监控系统');
    expect(breakdown.gap).toBe(0);
  });
  test('gaoping: the technical-service team and the hired inspectors are the two largest, similar parts of the air project', async () => {
    const { breakdownFor } = await import('../../src/lib/branches/breakdowns');
    const breakdown = breakdownFor(budget, 'gaoping-air-noise');
    const [first, second] = [...breakdown.items].sort((a, b) => b.amount - a.amount);
    expect([first!.label, second!.label].sort()).toEqual(['常驻技术服务团队', '聘用环境监管、巡查、执法监测人员'].sort());
    expect(first!.amount / second!.amount).toBeLessThan(1.1);
    expect(breakdown.gap).toBe(0);
  });
  test('gaoping: technical tracing is the largest part of the outfall survey, and the parts add up', async () => {
    const { breakdownFor } = await import('../../src/lib/branches/breakdowns');
    const breakdown = breakdownFor(budget, 'gaoping-outfall-survey');
    const largest = [...breakdown.items].sort((a, b) => b.amount - a.amount)[0]!;
    expect(largest.label).toBe('技术溯源');
    expect(breakdown.gap).toBe(0);
  });
  test('yangcheng: the interior area to be renovated exceeds the building’s floor area', async () => {
    const { findIndicator } = await import('../../src/lib/projects/indicators');
    const { sheetNumberValue } = await import('../../src/lib/branches/figures');
    const interior = findIndicator('yangcheng-office-repair', budget.indicators, '办公楼内改造面积');
    const floor = sheetNumberValue(budget, { project: 'yangcheng-office-repair', field: 'overview', pattern: '建筑面积(\\d+)平方米' });
    expect(interior.target_number!).toBeGreaterThan(floor);
  });
});
