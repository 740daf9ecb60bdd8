import { budgetIndex } from '../data/budgetIndex';
import type { Budget } from '../data/load';
import { formatWanNumber } from '../format';
import { FEN_PER_WAN, sumFen, wanNumberToFen, type Fen } from '../money';
import { sheetNumberValue, type SheetTextField } from './figures';

/** One line of a cost breakdown that a performance sheet gives only in its free text. */
export interface BreakdownItemSpec {
  /** Our short description of the line. */
  label: string;
  labelEn: string;
  /** Regular expression with one capture group around the 万元 amount; must match exactly once. */
  pattern: string;
  children?: BreakdownItemSpec[];
}

export interface BreakdownSpec {
  project: string;
  field: SheetTextField;
  caption: string;
  captionEn: string;
  items: BreakdownItemSpec[];
}

export interface BreakdownItem {
  label: string;
  labelEn: string;
  amount: Fen;
  children: BreakdownItem[];
  /** Sum of the children, when there are any. */
  childrenTotal: Fen | null;
}

export interface Breakdown {
  spec: BreakdownSpec;
  items: BreakdownItem[];
  itemsTotal: Fen;
  /** The project's budget (表十二). */
  budgeted: Fen;
  /** budgeted − itemsTotal: positive when the printed lines fall short of the budget. */
  gap: Fen;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/** A number that is matched but not captured. */
const SKIP_NUMBER = String.raw`[\d.]+`;

/**
 * Breakdowns the narratives show. The labels are ours; every amount is read from the sheet's
 * text with the pattern, so a change in the data changes the table or fails the build.
 */
export const BREAKDOWNS: Record<string, BreakdownSpec> = {
  'zezhou-wetlands': {
    project: 'zezhou-wetlands',
    field: 'overview',
    caption: '丹河、巴公河、薛庄三处湿地一年运行费用的构成（项目概况所列分项）',
    captionEn: 'What a year of running the Danhe, Bagong River and Xuezhuang wetlands costs (the parts listed in the project overview)',
    items: [
      {
        label: '每年固定开支',
        labelEn: 'Fixed annual costs',
        pattern: `每年固定开支${NUMBER}万元`,
        children: [
          {
            label: '丹河、巴公河污泥脱水车间（半年）',
            labelEn: 'Danhe and Bagong River sludge dewatering plant (half a year)',
            pattern: `污泥脱水车间半年费用${NUMBER}万元：`,
          },
          {
            label: '丹河、巴公河湿地植物维护收割等日常维护（半年）',
            labelEn: 'Danhe and Bagong River wetlands: plant care, harvesting and other upkeep (half a year)',
            pattern: `日常维护半年费用${NUMBER}万元`,
          },
          {
            label: '丹河、巴公河水质自动监测站运行维护',
            labelEn: 'Danhe and Bagong River automatic water-quality stations: operation and maintenance',
            pattern: `3、水质自动监测站运行维护费${NUMBER}万元`,
          },
          {
            label: '垂直流湿地床碎石换填及破损管道更换',
            labelEn: 'Replacing gravel in the vertical-flow wetland beds and broken pipes',
            pattern: `破损管道\\s*更换${NUMBER}万元`,
          },
          { label: '丹河、巴公河占地补偿', labelEn: 'Danhe and Bagong River land-use compensation', pattern: `占地补偿费${NUMBER}万元` },
          {
            label: '薛庄湿地日常运行维护',
            labelEn: 'Xuezhuang wetland: day-to-day operation and maintenance',
            pattern: `薛庄湿地日常运行维护费为${NUMBER}万元`,
          },
          {
            label: '薛庄湿地进、出水口自动监测站运行维护',
            labelEn: 'Xuezhuang wetland inflow and outflow monitoring stations: operation and maintenance',
            pattern: `出水口\\s*自\\s*动监测站运行维护费${NUMBER}万元`,
          },
          {
            label: '薛庄湿地污泥脱水车间（半年）',
            labelEn: 'Xuezhuang wetland sludge dewatering plant (half a year)',
            pattern: `污泥脱水车间半年费用为${NUMBER}万元`,
          },
          { label: '薛庄湿地占地补偿', labelEn: 'Xuezhuang wetland land-use compensation', pattern: `占地补偿款${NUMBER}\\s*万元` },
        ],
      },
      {
        label: '三处湿地的水、电、暖、气',
        labelEn: 'Water, electricity, heating and gas for the three wetlands',
        pattern: `水、电、暖、气费用共需${NUMBER}万元`,
      },
      { label: '人员经费', labelEn: 'Staff costs', pattern: `人员经费${NUMBER}万元` },
      { label: '办公费和职工食堂', labelEn: 'Office costs and staff canteen', pattern: `此项计${NUMBER}万元` },
      {
        label: '设备设施维修、环境亮化和零星工程',
        labelEn: 'Equipment repairs, lighting and minor works',
        pattern: `零星工程支出${NUMBER}万元`,
      },
    ],
  },
  'gaoping-air-noise': {
    project: 'gaoping-air-noise',
    field: 'overview',
    caption: '高平分局大气及噪声污染防治与管控项目的构成（项目概况所列）',
    captionEn: "Gaoping Branch's air and noise pollution project, part by part (as listed in the project overview)",
    items: [
      {
        label: '聘用环境监管、巡查、执法监测人员',
        labelEn: 'Hiring staff for environmental supervision, patrols and enforcement monitoring',
        pattern: `中标金额${NUMBER}万元，中标单位为高平市智创城`,
      },
      {
        label: '空气监测点位和走航监测车运维（合同尾款）',
        labelEn: 'Air monitoring points and mobile monitoring vehicle upkeep (final contract payment)',
        pattern: `期满验收合格后2024年支付尾款${NUMBER}万元`,
      },
      {
        label: '固定遥感和黑烟智能抓拍设备运行费',
        labelEn: 'Running fixed remote-sensing and smoky-vehicle camera equipment',
        pattern: `涉及购买金额${NUMBER}万元`,
      },
      { label: '常驻技术服务团队', labelEn: 'Resident technical service team', pattern: `预计2024年共需服务费${NUMBER}万元` },
      { label: '建成区噪声监测', labelEn: 'Noise monitoring in the built-up area', pattern: `建成区开展区${NUMBER}万元` },
    ],
  },
  'lingchuan-air': {
    project: 'lingchuan-air',
    field: 'overview',
    caption: '陵川分局大气污染防治和管控项目的构成（项目概况所列）',
    captionEn: "Lingchuan Branch's air-pollution project, part by part (as listed in the project overview)",
    items: [
      {
        label: '重点乡镇空气质量日报站运维',
        labelEn: 'Daily air-quality stations in key townships: operation and maintenance',
        pattern: `日报站精细化管控网络运维${NUMBER}万元`,
      },
      {
        label: '重点污染源自动监控运维',
        labelEn: 'Automatic monitoring of key pollution sources: operation and maintenance',
        pattern: `运行维护服务，${NUMBER}万元`,
      },
      {
        label: '新建餐饮油烟在线监控系统',
        labelEn: 'New online monitoring of restaurant cooking fumes',
        pattern: `餐饮油烟在线监控系统建设，${NUMBER}万元`,
      },
      { label: '声功能区划分及编制报告', labelEn: 'Noise zoning and its report', pattern: `声功能区划分及编制报告，${NUMBER}万元` },
    ],
  },
  'lingchuan-supervision-patrol': {
    project: 'lingchuan-supervision-patrol',
    field: 'overview',
    caption: '陵川分局“环境监管、巡查项目”的两部分（项目概况所列）',
    captionEn: "The two parts of Lingchuan Branch's supervision and patrol project (as listed in the project overview)",
    items: [
      {
        label: '购买技术服务人员（网格化巡查、执法辅助等）',
        labelEn: 'Contracted technical staff (grid patrols, enforcement support and so on)',
        pattern: `共计发放${NUMBER}万元`,
      },
      { label: '办公用房修缮款', labelEn: 'Office building repairs', pattern: `支付办公用房修缮款${NUMBER}万元` },
    ],
  },
  'gaoping-outfall-survey': {
    project: 'gaoping-outfall-survey',
    field: 'overview',
    caption: '高平市入河排污口排查及溯源调查的费用构成（项目概况所列）',
    captionEn: "The cost of Gaoping's river-outfall survey and source tracing, part by part (as listed in the project overview)",
    items: [
      { label: '资料收集', labelEn: 'Collecting documents', pattern: `资料收集费用${NUMBER}万元` },
      { label: '现场排查', labelEn: 'Field survey', pattern: `现场排查费${NUMBER}万元` },
      { label: '溯源调查', labelEn: 'Source-tracing investigation', pattern: `溯源调查费${NUMBER}万元` },
      { label: '技术溯源', labelEn: 'Technical source tracing', pattern: `技术溯源费${NUMBER}万元` },
      { label: '快速检测', labelEn: 'Rapid testing', pattern: `快速检测费${NUMBER}万元` },
      { label: '报告编制', labelEn: 'Writing the report', pattern: `报告编制费${NUMBER}万元` },
      { label: '报告评审及会务', labelEn: 'Report review and meetings', pattern: `报告评审及会务费${NUMBER}万` },
      { label: '制图及装订', labelEn: 'Maps and binding', pattern: `制图及装订费用${NUMBER}万` },
      { label: '税费及其他', labelEn: 'Taxes and other', pattern: `税费及其他${NUMBER}万元` },
    ],
  },
  'qinshui-air': {
    project: 'qinshui-air',
    field: 'overview',
    caption: '沁水分局大气污染防治与管控项目的构成（项目概况所列）',
    captionEn: "Qinshui Branch's air-pollution project, part by part (as listed in the project overview)",
    items: [
      { label: '聘请劳务人员做监管巡查', labelEn: 'Hired workers for supervision patrols', pattern: `劳务费预计${NUMBER}万元` },
      {
        label: '大气精细化管控及咨询服务',
        labelEn: 'Fine-grained air-quality control and consulting services',
        pattern: `技术服务费${SKIP_NUMBER}万，合计${NUMBER}万元`,
        children: [
          { label: '监测监控设备租赁服务', labelEn: 'Rental of monitoring equipment', pattern: `监测监控设备租赁服务${NUMBER}万元` },
          { label: '技术服务费', labelEn: 'Technical service fees', pattern: `技术服务费${NUMBER}万，合计` },
        ],
      },
      {
        label: '机动车尾气和非道路移动机械抽检',
        labelEn: 'Spot checks of vehicle exhaust and non-road mobile machinery',
        pattern: `不少于360台，合计${NUMBER}万元`,
      },
      {
        label: '洒水车、遥感车、走航车等车辆的燃料、保险和维修',
        labelEn: 'Fuel, insurance and repairs for sprinkler, remote-sensing and mobile monitoring vehicles',
        pattern: `洒水车尾气处理夜费用${SKIP_NUMBER}万元，合计${NUMBER}万元`,
      },
    ],
  },
};

const precise = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 6, useGrouping: true });

/**
 * 万元 as the sheet printed it: two decimals as in every table, more only when the sheet has
 * them, so the lines of a breakdown still add up on screen.
 */
export function formatBreakdownWan(fen: Fen): string {
  return fen % 10_000 === 0 ? formatWanNumber(fen) : precise.format(fen / FEN_PER_WAN);
}

function resolveItem(budget: Budget, spec: BreakdownSpec, item: BreakdownItemSpec): BreakdownItem {
  const amount = wanNumberToFen(sheetNumberValue(budget, { project: spec.project, field: spec.field, pattern: item.pattern }));
  const children = (item.children ?? []).map((child) => resolveItem(budget, spec, child));
  return {
    label: item.label,
    labelEn: item.labelEn,
    amount,
    children,
    childrenTotal: children.length ? sumFen(children.map((child) => child.amount)) : null,
  };
}

export function breakdownFor(budget: Budget, projectId: string): Breakdown {
  const spec = BREAKDOWNS[projectId];
  if (!spec) throw new Error(`no breakdown defined for project "${projectId}"`);
  const project = budgetIndex(budget).project(projectId);
  const items = spec.items.map((item) => resolveItem(budget, spec, item));
  const itemsTotal = sumFen(items.map((item) => item.amount));
  return { spec, items, itemsTotal, budgeted: project.amount, gap: project.amount - itemsTotal };
}

export interface BreakdownQuery {
  project: string;
  /** 'gap': budget minus the parts; 'parts': the parts added up; 'item': one part (by label); 'children': one part's sub-items added up. */
  value: 'gap' | 'parts' | 'item' | 'children';
  /** The item's label, for 'item' and 'children'. */
  item?: string;
}

/** A figure from a breakdown, in fen, for the <BreakdownAmount> component. */
export function breakdownValue(budget: Budget, query: BreakdownQuery): Fen {
  const breakdown = breakdownFor(budget, query.project);
  if (query.value === 'gap') return Math.abs(breakdown.gap);
  if (query.value === 'parts') return breakdown.itemsTotal;
  const item = breakdown.items.find((entry) => entry.label === query.item);
  if (!item)
    throw new Error(
      `breakdown of "${query.project}" has no item "${query.item}"; items: ${breakdown.items.map((entry) => entry.label).join(' / ')}`,
    );
  if (query.value === 'item') return item.amount;
  if (item.childrenTotal === null) throw new Error(`breakdown item "${query.item}" has no sub-items`);
  return item.childrenTotal;
}
