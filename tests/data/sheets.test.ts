import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseFunds, splitGoals } from '../../pipeline/extract/sheet-parse';
import { annualIndicators, readTableCells, sideFromWidth, type SourceLine } from '../../pipeline/extract/sheet-table';
import { matchesCut, parseCell, parseTarget, splitCells } from '../../pipeline/extract/sheet-values';
import { parseRecords } from '../../src/lib/data/csv.ts';
import {
  PATHS,
  SHEET_COLUMNS,
  applyCorrections,
  extract,
  readInputs,
  type Extraction,
  type IndicatorRow,
  type SheetColumn,
} from '../../pipeline/extract/sheets';

/** Lines numbered from `from`, as the table parser receives them. */
function lines(from: number, ...texts: string[]): SourceLine[] {
  return texts.map((text, i) => ({ no: from + i, text }));
}

describe('cells: name and value', () => {
  test('a space separates a complete name from its value', () => {
    expect(parseCell('扬尘治理重点区域数 ≥5处')).toEqual({ name: '扬尘治理重点区域数', value: '≥5处', glued: false });
    expect(parseCell('各项检查工作开展时间 六五环境日和低碳日')).toEqual({
      name: '各项检查工作开展时间',
      value: '六五环境日和低碳日',
      glued: false,
    });
  });

  test('a cut name is glued to its value', () => {
    expect(parseCell('背街小巷洒水降尘≤198.5万元')).toEqual({ name: '背街小巷洒水降尘', value: '≤198.5万元', glued: true });
    expect(parseCell('2024年合同签订时10月底前')).toEqual({ name: '2024年合同签订时', value: '10月底前', glued: true });
    expect(parseCell('推动我区环境空气质量持续持续向好')).toEqual({
      name: '推动我区环境空气质量持续',
      value: '持续向好',
      glued: true,
    });
    expect(parseCell('污染源自动监控数据传输有达国家考核要求90%以上')?.value).toBe('达国家考核要求90%以上');
    expect(parseCell('编写2023年度土壤1本')).toEqual({ name: '编写2023年度土壤', value: '1本', glued: true });
  });

  test('dates and periods are values', () => {
    for (const v of ['2024年10月、2024年11月', '每年的3至10月', '10、11月', '2024年4月至2025年4月', '7月底前、10月底前', '2024年11月前完成', '1个月内', '2024年底']) {
      expect(parseCell(`某项时间 ${v}`)?.value).toBe(v);
    }
  });

  test('fragments of a clipped second line stay in the name', () => {
    expect(parseCell('固定式遥感监测项目设备购 2 年44.619万元')).toEqual({
      name: '固定式遥感监测项目设备购 2 年',
      value: '44.619万元',
      glued: true,
    });
    expect(parseCell('大气污染监测监控设备租赁 D5项')?.value).toBe('D5项');
  });

  test('no value, no cell', () => {
    expect(parseCell('编制《晋城市生态环境分区')).toBeNull();
    expect(parseCell('补贴发放标准2')).toBeNull();
  });
});

describe('side-by-side lines', () => {
  test('one line holding both columns splits after the left value', () => {
    expect(splitCells('扬尘治理重点区域数 ≥5处 作业频次 8次/天')).toEqual(['扬尘治理重点区域数 ≥5处', '作业频次 8次/天']);
    expect(splitCells('晋城市三线一单更新图集数1份 晋城市三线一单更1份')).toEqual(['晋城市三线一单更新图集数1份', '晋城市三线一单更1份']);
    expect(splitCells('编制《晋城市生态环境分区 》数1份 编制《晋城市生态 》数1份')).toEqual([
      '编制《晋城市生态环境分区 》数1份',
      '编制《晋城市生态 》数1份',
    ]);
    expect(splitCells('临时聘用人员工资发放、日 、以 、设每月完成 党建工作完成时间9月底前完成')).toEqual([
      '临时聘用人员工资发放、日 、以 、设每月完成',
      '党建工作完成时间9月底前完成',
    ]);
  });

  test('a right-hand name never starts with a bare value', () => {
    expect(splitCells('促进晋城市生态环境改善 促进 促进晋城市生态环促进')).toEqual(['促进晋城市生态环境改善 促进', '促进晋城市生态环促进']);
  });

  test('a single cell with gaps stays one cell', () => {
    expect(splitCells('固定式遥感监测项目设备购 2 年44.619万元')).toEqual(['固定式遥感监测项目设备购 2 年44.619万元']);
    expect(splitCells('柴油货车远程在线监控车辆 5 网3573张 柴油货车远程在线6人')).toEqual([
      '柴油货车远程在线监控车辆 5 网3573张',
      '柴油货车远程在线6人',
    ]);
  });

  test('text without any value is an error', () => {
    expect(() => splitCells('没有指标值的文字')).toThrow(/no indicator value/);
  });

  test('the width of a lone cell tells its column when it can', () => {
    expect(sideFromWidth({ name: '乡镇空气质量监测点位数量', glued: true })).toBe('left');
    expect(sideFromWidth({ name: '温室气体清单前期', glued: true })).toBe('right');
    expect(sideFromWidth({ name: '改善我市大气环境、水', glued: true })).toBe('right');
    expect(sideFromWidth({ name: '显示屏运行维护次数', glued: false })).toBe('left');
    expect(sideFromWidth({ name: '宣传次数', glued: false })).toBeNull();
  });
});

describe('targets', () => {
  test('numeric values give number, unit and comparator', () => {
    expect(parseTarget('≥5处')).toEqual({ number: '5', unit: '处', comparator: '≥' });
    expect(parseTarget('100%')).toEqual({ number: '100', unit: '%', comparator: '=' });
    expect(parseTarget('8次/天')).toEqual({ number: '8', unit: '次/天', comparator: '=' });
    expect(parseTarget('≤198.5万元')).toEqual({ number: '198.5', unit: '万元', comparator: '≤' });
    expect(parseTarget('≥200个（盒、套）')).toEqual({ number: '200', unit: '个（盒、套）', comparator: '≥' });
    expect(parseTarget('1,200元')).toEqual({ number: '1200', unit: '元', comparator: '=' });
  });

  test('comparator variants are normalised', () => {
    expect(parseTarget('>=3次')?.comparator).toBe('≥');
    expect(parseTarget('<=3次')?.comparator).toBe('≤');
    expect(parseTarget('＞5个')?.comparator).toBe('>');
    expect(parseTarget('＜2%')?.comparator).toBe('<');
    expect(parseTarget('>5个')?.comparator).toBe('>');
    expect(parseTarget('＝10台')?.comparator).toBe('=');
    expect(parseTarget('≧90%')?.comparator).toBe('≥');
  });

  test('non-numeric values have no target', () => {
    for (const v of ['10月底前', '合规', '提升', '全年', 'D5项', '达国家考核要求90%以上', '2024年9月至10月']) {
      expect(parseTarget(v)).toBeNull();
    }
  });
});

describe('cut names', () => {
  test('a cut name is a prefix of the full one, or matches around gaps', () => {
    expect(matchesCut('晋城市三线一单更', '晋城市三线一单更新报告数')).toBe(true);
    expect(matchesCut('《晋城市生态环境 》编', '《晋城市生态环境分区管控 》编')).toBe(true);
    expect(matchesCut('2023年晋城市“三 ”跟 、更', '2023年晋城市“三线一单”跟 、更')).toBe(true);
    expect(matchesCut('大气、水、土 、噪 、机', '大气、水、土壤、噪声、机')).toBe(true);
    expect(matchesCut('层面封彩钢板面积（平 ）', '层面封彩钢板面积（平方米）')).toBe(true);
    expect(matchesCut('晋城市三线一单更', '晋城市生态环境')).toBe(false);
    expect(matchesCut('《晋城市生态环境 》数', '《晋城市生态环境分区管控 》编')).toBe(false);
  });

  test('annual names are recovered from the period column of the same group', () => {
    // 2023年晋城市“三线一单”… (source lines 1893–1917, blank lines dropped).
    const cells = readTableCells(
      lines(
        1893,
        '数量指标',
        '晋城市三线一单更新报告数1份',
        '数量指标',
        '晋城市三线一单更1份',
        '晋城市三线一单更新图集数1份 晋城市三线一单更1份',
        '编制《晋城市生态环境分区 》数1份 编制《晋城市生态 》数1份',
        '质量指标 更新内容完整度 ≥90% 质量指标 更新内容完整度 ≥90%',
        '成本指标 2023年晋城市“三线一单”跟 、更47.4万元 成本指标 2023年晋城市“三 ”跟 、更47.4万元',
        '效益指标',
        '经济效益指标 产业发展方式转变 推动 经济效益指标 产业发展方式转变推动',
        '社会效益指标 提升环境管理水平与效率 提升 社会效益指标 提升环境管理水平提升',
        '生态效益指标 生态效益指标',
        '满意度指标 服务对象满意度指部门满意度 ≥90% 服务对象满意度指标部门满意度 ≥90%',
      ),
    );
    expect(cells.filter((c) => c.side === 'left').map((c) => c.line)).toEqual([1894, 1897, 1898, 1899, 1900, 1902, 1903, 1905]);
    const inds = annualIndicators(cells);
    expect(inds.map((i) => [i.level1, i.level2, i.name, i.value, i.nameSource, i.sourceLine])).toEqual([
      ['产出指标', '数量指标', '晋城市三线一单更新报告数', '1份', 'period-column', 1896],
      ['产出指标', '数量指标', '晋城市三线一单更新图集数', '1份', 'period-column', 1897],
      ['产出指标', '数量指标', '编制《晋城市生态环境分区 》数', '1份', 'period-column', 1898],
      ['产出指标', '质量指标', '更新内容完整度', '≥90%', 'annual-column', 1899],
      ['产出指标', '成本指标', '2023年晋城市“三线一单”跟 、更', '47.4万元', 'period-column', 1900],
      ['效益指标', '经济效益指标', '产业发展方式转变', '推动', 'annual-column', 1902],
      ['效益指标', '社会效益指标', '提升环境管理水平与效率', '提升', 'period-column', 1903],
      ['满意度指标', '服务对象满意度指标', '部门满意度', '≥90%', 'annual-column', 1905],
    ]);
  });

  test('lone lines: label order, duplicates, widths; the annual value is kept when it differs', () => {
    // 城区分局背街小巷洒水降尘服务费 (source lines 2018–2040).
    const cells = readTableCells(
      lines(
        1,
        '数量指标',
        '配置作业车辆 6辆',
        '数量指标',
        '扬尘治理重点区域≥5处',
        '扬尘治理重点区域数 ≥5处 作业频次 8次/天',
        '作业频次 8次/天',
        '时效指标 时效指标',
        '温室气体清单前期6月底前',
        '成本指标 背街小巷洒水降尘服务成本200万元 成本指标 背街小巷洒水降尘≤198.5万元',
      ),
    );
    expect(cells.map((c) => [c.line, c.side, c.sideReason])).toEqual([
      [2, 'left', 'after-first-label'],
      [4, 'right', 'after-second-label'],
      [5, 'left', 'pair'],
      [5, 'right', 'pair'],
      [6, 'left', 'duplicate'],
      [8, 'right', 'width'],
      [9, 'left', 'label'],
      [9, 'right', 'label'],
    ]);
    const inds = annualIndicators(cells);
    expect(inds.map((i) => [i.name, i.value, i.targetNumber, i.targetUnit, i.comparator, i.nameSource])).toEqual([
      ['扬尘治理重点区域数', '≥5处', '5', '处', '≥', 'period-column'],
      ['作业频次', '8次/天', '8', '次/天', '=', 'annual-column'],
      ['温室气体清单前期', '6月底前', '', '', '', 'cut'],
      ['背街小巷洒水降尘服务成本', '≤198.5万元', '198.5', '万元', '≤', 'period-column'],
    ]);
  });

  test('among several period candidates the one with the same value wins', () => {
    const cells = readTableCells(
      lines(
        1,
        '数量指标',
        '智能黑烟抓拍系统租用20M移15条',
        '数量指标',
        '智能黑烟抓拍系统1个',
        '智能黑烟抓拍系统智维护系1个',
        '智能黑烟抓拍系统运维驻场1人 智能黑烟抓拍系统 2 移15条',
        '“无废细胞”试点示范项目50家 智能黑烟抓拍系统1人',
      ),
    );
    expect(annualIndicators(cells).map((i) => [i.name, i.value])).toEqual([
      ['智能黑烟抓拍系统智维护系', '1个'],
      ['智能黑烟抓拍系统租用20M移', '15条'],
      ['智能黑烟抓拍系统运维驻场', '1人'],
    ]);
  });

  test('an unreadable line names its line number', () => {
    expect(() => readTableCells(lines(77, '数量指标', '没有指标值'))).toThrow(/line 78/);
  });
});

describe('funds and goals', () => {
  test('the funds block with its wrapped 市县（区）财政资金 row', () => {
    const block = [
      '项目资金',
      '（元）',
      '实施期资金总额： 2,000,000 年度资金总额： 1,985,000',
      '其中：中央财政资金 0 其中：中央财政资金 0',
      '省级财政资金 0 省级财政资金 0',
      '市县（区）财政资',
      '金',
      '2,000,000 市县（区）财政资金 1,985,000',
      '单位自筹 0 单位自筹 0',
      '其他资金 其他资金',
    ].join('\n');
    expect(parseFunds(block, 1)).toEqual({
      periodTotalYuan: '2000000',
      annualTotalYuan: '1985000',
      annualCentralYuan: '0',
      annualProvincialYuan: '0',
      annualLocalYuan: '1985000',
      annualSelfYuan: '0',
      annualOtherYuan: '',
    });
    expect(() => parseFunds('项目资金 （元） 其他', 9)).toThrow(/line 9/);
  });

  test('period goal (wide lines) and annual goal (narrow lines)', () => {
    const g = splitGoals(
      [
        '配置6辆作业车辆，保证作业车辆正常运行，完成5处重点区域增加洒水频次，切实',
        '解决当前市区道路扬尘和臭氧污染，持续改善市区环境空气质量。',
        '配置6辆作业车辆，保证作业车辆正常运行，完成5',
        '处重点区域增加洒水频次，切实解决当前市区道路',
        '扬尘和臭氧污染，持续改善市区环境空气质量。',
      ],
      1,
    );
    expect(g.period).toBe('配置6辆作业车辆，保证作业车辆正常运行，完成5处重点区域增加洒水频次，切实解决当前市区道路扬尘和臭氧污染，持续改善市区环境空气质量。');
    expect(g.annual).toBe(g.period);
    // The period's short last line belongs to the period.
    const h = splitGoals(
      ['完成购置重度污染清除车1台、18吨纯电动洗扫车4台，提升道路清扫保洁能力，确', '保降低污染物，持续改善环境空气质量。', '完成购置重度污染清除车1台、18吨纯电动洗扫车4', '台，提升道路清扫保洁能力，确保降低污染物，持', '续改善环境空气质量。'],
      1,
    );
    expect(h.period.endsWith('确保降低污染物，持续改善环境空气质量。')).toBe(true);
    expect(h.annual.startsWith('完成购置')).toBe(true);
  });
});

describe('corrections', () => {
  const cols = () => new Map([['p', { sheet_unit: 'A' } as Record<SheetColumn, string>]]);
  const inds = (): IndicatorRow[] => [
    {
      project_id: 'p',
      seq: '1',
      level1: '产出指标',
      level2: '数量指标',
      name: '甲',
      value: '1个',
      target_number: '1',
      target_unit: '个',
      comparator: '=',
      name_source: 'cut',
      source_line: '10',
    },
  ];
  test('set an indicator column or a sheet column', () => {
    const c = cols();
    const i = inds();
    applyCorrections(
      [
        { project_id: 'p', field: 'name', seq: '1', value: '甲乙', reason: 'r', source_line: '10' },
        { project_id: 'p', field: 'sheet_unit', seq: '', value: 'B', reason: 'r', source_line: '' },
      ],
      c,
      i,
    );
    expect(i[0]!.name).toBe('甲乙');
    expect(c.get('p')!.sheet_unit).toBe('B');
  });
  test('stale or unexplained corrections are errors', () => {
    expect(() => applyCorrections([{ project_id: 'p', field: 'name', seq: '1', value: '甲', reason: 'r', source_line: '' }], cols(), inds())).toThrow(/changes nothing/);
    expect(() => applyCorrections([{ project_id: 'p', field: 'name', seq: '1', value: '乙', reason: '', source_line: '' }], cols(), inds())).toThrow(/reason/);
    expect(() => applyCorrections([{ project_id: 'p', field: 'name', seq: '1', value: '乙', reason: 'r', source_line: '11' }], cols(), inds())).toThrow(/line 10/);
    expect(() => applyCorrections([{ project_id: 'p', field: 'name', seq: '2', value: '乙', reason: 'r', source_line: '' }], cols(), inds())).toThrow(/no indicator/);
  });
});

// ---------------------------------------------------------------------------
// The real data.

/** Sheets whose annual total differs from 表十二 (see data/sheet_fund_differences.csv). */
const KNOWN_FUND_DIFFERENCES = ['survivor-allowance'];
/** Projects allowed to lack 产出指标 or 满意度指标 indicators. */
const INDICATOR_LEVEL_EXCEPTIONS: string[] = [];

function parseCsv(text: string): Record<string, string>[] {
  return parseRecords('csv', text).rows;
}

describe('the 64 sheets of the budget', () => {
  let out: Extraction;
  let projects: Record<string, string>[];
  let indicators: Record<string, string>[];
  beforeAll(() => {
    out = extract(readInputs());
    projects = parseCsv(readFileSync(PATHS.projects, 'utf8'));
    indicators = parseCsv(readFileSync(PATHS.indicators, 'utf8'));
  });

  test('committed CSVs equal a fresh extraction', () => {
    expect(readFileSync(PATHS.indicators, 'utf8')).toBe(out.indicatorsCsv);
    expect(readFileSync(PATHS.fundDifferences, 'utf8')).toBe(out.fundDifferencesCsv);
    // projects.csv: compare the sheet columns only (other scripts own the rest).
    const fresh = parseCsv(out.projectsCsv);
    expect(projects.map((p) => p.id)).toEqual(fresh.map((p) => p.id));
    for (const [k, p] of projects.entries()) {
      for (const c of SHEET_COLUMNS) expect(p[c], `${p.id}.${c}`).toBe(fresh[k]![c]);
    }
  });

  test('the extraction is idempotent', () => {
    const again = extract({ ...readInputs(), projectsCsv: out.projectsCsv });
    expect(again.projectsCsv).toBe(out.projectsCsv);
    expect(again.indicatorsCsv).toBe(out.indicatorsCsv);
  });

  test('64 sheets matched one-to-one to the 64 表十二 projects; 表十三 projects have none', () => {
    expect(out.sheets.size).toBe(64);
    const t12 = projects.filter((p) => p.source_table === '表十二');
    const t13 = projects.filter((p) => p.source_table === '表十三');
    expect(t12).toHaveLength(64);
    expect(t13).toHaveLength(2);
    for (const p of t12) expect(p.sheet_line, p.id).toMatch(/^\d+$/);
    for (const p of t13) for (const c of SHEET_COLUMNS) expect(p[c], `${p.id}.${c}`).toBe('');
    expect(new Set(t12.map((p) => p.sheet_line)).size).toBe(64);
    // The two projects sharing a name get the sheet with their own amount.
    expect(projects.find((p) => p.id === 'pollution-control-service-278')!.annual_total_yuan).toBe('2780000');
    expect(projects.find((p) => p.id === 'pollution-control-service-318')!.annual_total_yuan).toBe('3188000');
  });

  test('annual totals agree with 表十二 except the known differences', () => {
    const differ = projects
      .filter((p) => p.sheet_line)
      .filter((p) => Number(p.annual_total_yuan) / 10000 !== Number(p.amount))
      .map((p) => p.id);
    expect(differ).toEqual(KNOWN_FUND_DIFFERENCES);
    expect(parseCsv(readFileSync(PATHS.fundDifferences, 'utf8')).map((r) => r.project_id)).toEqual(KNOWN_FUND_DIFFERENCES);
    const sprinkling = projects.find((p) => p.id === 'chengqu-street-sprinkling')!;
    expect([sprinkling.annual_total_yuan, sprinkling.period_total_yuan, sprinkling.amount]).toEqual(['1985000', '2000000', '198.50']);
  });

  test('funding parts add up to the annual total', () => {
    for (const p of projects.filter((p) => p.sheet_line)) {
      const parts = ['annual_central_yuan', 'annual_provincial_yuan', 'annual_local_yuan', 'annual_self_yuan', 'annual_other_yuan'];
      const sum = parts.reduce((s, c) => s + Number(p[c] || 0), 0);
      expect(sum, p.id).toBe(Number(p.annual_total_yuan));
    }
  });

  test('sheet fields are filled', () => {
    for (const p of projects.filter((p) => p.sheet_line)) {
      for (const c of SHEET_COLUMNS.filter((c) => c !== 'annual_other_yuan')) expect(p[c], `${p.id}.${c}`).not.toBe('');
      expect(['一次性项目', '经常性项目', '延续性项目'], p.id).toContain(p.attribute);
      expect(p.period_years, p.id).toMatch(/^\d+$/);
    }
    const patrol = projects.find((p) => p.id === 'enforcement-operations')!;
    expect(patrol.sheet_unit).toBe('晋城市生态环境保护综合行政执法队');
    const first = projects.find((p) => p.id === 'three-lines-one-list-update')!;
    expect(first.sheet_line).toBe('1799');
    expect(first.overview).toContain('报请市人民政府审议并发布。 2023年5月15日');
  });

  test('every sheet has 产出指标 and 满意度指标 indicators, numbered 1..n', () => {
    const byProject = new Map<string, Record<string, string>[]>();
    for (const r of indicators) byProject.set(r.project_id!, [...(byProject.get(r.project_id!) ?? []), r]);
    for (const p of projects.filter((p) => p.sheet_line)) {
      const rows = byProject.get(p.id!) ?? [];
      expect(rows.map((r) => r.seq), p.id).toEqual(rows.map((_, k) => String(k + 1)));
      if (INDICATOR_LEVEL_EXCEPTIONS.includes(p.id!)) continue;
      expect(rows.some((r) => r.level1 === '产出指标'), p.id).toBe(true);
      expect(rows.some((r) => r.level1 === '满意度指标'), p.id).toBe(true);
    }
    expect(new Set(indicators.map((r) => r.name_source))).toEqual(new Set(['annual-column', 'period-column', 'cut']));
    for (const r of indicators) {
      expect(r.level2!.endsWith('指标'), r.source_line).toBe(true);
      if (r.target_number) expect(['≥', '≤', '>', '<', '='], r.source_line).toContain(r.comparator);
    }
  });

  test('spot checks', () => {
    const of = (id: string) => indicators.filter((r) => r.project_id === id);
    const wet = of('zezhou-wetlands');
    expect(wet.some((r) => r.target_number === '950' && r.target_unit === '亩')).toBe(true);
    expect(wet.some((r) => r.target_number === '6000' && /立方米|m³/.test(r.target_unit!) && r.name!.includes('清淤'))).toBe(true);

    const spr = of('chengqu-street-sprinkling');
    expect(spr.find((r) => r.name === '扬尘治理重点区域数')).toMatchObject({ value: '≥5处', target_number: '5', target_unit: '处', comparator: '≥' });
    expect(spr.find((r) => r.level2 === '成本指标')).toMatchObject({ name: '背街小巷洒水降尘服务成本', value: '≤198.5万元', comparator: '≤' });

    // Annual value differs from the period one: the annual one is kept.
    expect(of('chengqu-supervision-patrol').find((r) => r.level2 === '成本指标')!.value).toBe('≤80万元');
    // A sheet without a period cost indicator keeps the cut annual name.
    expect(of('supervision-inspection-monitoring').find((r) => r.level2 === '成本指标')).toMatchObject({
      name: '环境监管、巡查、执',
      name_source: 'cut',
    });
    // Gap-matched names recovered from the period column.
    expect(of('bureau-operations').find((r) => r.source_line === '4182')).toMatchObject({
      name: '工业企业减排工作覆盖县（市、区）数',
      value: '6个',
      name_source: 'period-column',
    });
    expect(of('air-pollution-ops').filter((r) => r.level2 === '时效指标')).toHaveLength(9);
  });
});
