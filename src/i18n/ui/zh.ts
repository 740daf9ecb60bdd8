/**
 * Chinese UI strings: the words of the site's chrome and components, as opposed to the data's words
 * (those are in data/ and data/translations/). One section per feature; src/i18n/ui/en.ts has the
 * same shape, checked by the type system. A string that needs a number is a function.
 */
export const zh = {
  site: {
    title: '晋城生态环境预算2024',
    skipToContent: '跳到正文',
    languageName: '中文',
    /** The link to the other language, in that language. */
    switchTo: 'English',
    switchToLabel: 'Read this page in English',
  },
  nav: {
    label: '主导航',
    menu: '菜单',
    /** The header's sections, in reading order (src/lib/site.ts NAV_ITEMS reads them). */
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
    pageDescription: '在晋城生态环境预算2024全站搜索项目、科目、术语和说明。',
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
    levelDescription: (name: string, amount: string) => `晋城市生态环境局2024年节能环保支出中“${name}”的构成，${amount}。`,
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
      funding: { generalBudget: '当年拨款', unitFunds: '单位资金', carryover: '上年结转' },
      derivedNote: (basis: string) => `报告没有写明这个项目属于哪个功能科目，本站按“${basis}”推定。`,
      zoomHint: (count: number) => `包含${count}项，点击或按回车键放大查看。`,
      summaryOnly: (name: string, amount: string) => `${name}：${amount}。`,
      summaryAll: (name: string, amount: string, top: string) => `${name}的${amount}全部是${top}。`,
      summaryLead: (name: string, amount: string, count: number) => `${name}共${amount}，分${count}项；其中`,
      summaryOthers: (lead: string, top: string, amount: string, base: string, share: string) => `${lead}${top}最多，${amount}，占${base}的${share}。`,
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
};
