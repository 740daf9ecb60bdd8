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
  footer: {
    source: '数据来源：',
    sourcePublisher: '（晋城市生态环境局公开）。本站所有数字均取自该报告，每个数字都可追溯到原文行号，详见',
    methodology: '方法说明',
    and: '和',
    data: '数据下载',
    end: '。',
    published: (date: string, line: string) => `报告何时公开：报告本身没有印公开日期；所附项目绩效目标表最晚的填报日期是${date}（原文第${line}行），报告在此之后公开。本站数据版本：`,
    versionNote: '（由 <code>data/</code> 中全部 CSV 的内容算出，数据一有改动就会变化）。',
    licence: '许可：网站代码采用 MIT 许可；整理后的数据（<code>data/</code> 下的 CSV）采用 CC BY 4.0 许可，转载请注明“晋城生态环境预算2024”及原报告。原报告为政府公开信息。',
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
};
