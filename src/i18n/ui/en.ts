import type { ClientStrings, UiStrings } from './index';

/** English UI strings: the same shape as zh.ts (see there). */
export const en: UiStrings = {
  site: {
    title: 'Jincheng Environment Budget 2024',
    skipToContent: 'Skip to content',
    languageName: 'English',
    switchTo: '中文',
    switchToLabel: '阅读本页中文版',
  },
  nav: {
    label: 'Main navigation',
    menu: 'Menu',
    items: {
      '/treemap/': 'Where it goes',
      '/flow/': 'Money flow',
      '/branches/': 'County branches',
      '/projects/': 'Projects',
      '/data/': 'Data',
      '/glossary/': 'Glossary',
      '/teach/': 'Teach',
      '/methodology/': 'Methods',
    },
  },
  footer: {
    source: 'Source: ',
    sourcePublisher: ', published by the Jincheng Municipal Ecology and Environment Bureau. Every figure on this site comes from that report and can be traced to its line in the source; see ',
    methodology: 'methodology',
    and: ' and ',
    data: 'data downloads',
    end: '.',
    published: (date: string, line: string) => `When the report was published: the report prints no publication date; the latest date on its project performance-target tables is ${date} (source line ${line}), so it was published after that. Data version: `,
    versionNote: ' (computed from the contents of every CSV in <code>data/</code>; it changes whenever the data change).',
    licence: 'Licence: the site\'s code is MIT-licensed; the compiled data (the CSVs in <code>data/</code>) are CC BY 4.0 — please credit “Jincheng Environment Budget 2024” and the original report. The report itself is public government information.',
  },
  share: {
    title: 'Share this page',
    copy: 'Copy link',
    address: 'Address of this page',
    selectToCopy: 'Select the address above to copy it.',
    qrCaption: 'Scan to open this page on a phone',
    qrAlt: (url: string) => `QR code of this page's address: ${url}`,
  },
  search: {
    formLabel: 'Search the site',
    inputLabel: 'Search the site',
    placeholder: 'Search, e.g. wetland, water',
    button: 'Search',
    pageTitle: 'Search',
    pageDescription: 'Search the English edition of Jincheng Environment Budget 2024: projects, budget classes, terms and notes.',
    resultsFormLabel: 'Search results page',
    keywords: 'Search terms',
    results: 'Search results',
    noscriptBefore: 'Search needs JavaScript enabled in your browser. You can also start from the sections below; every project is in the ',
    noscriptLink: 'project list',
    noscriptAfter: ':',
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you are looking for does not exist.',
    before: 'The link may be wrong, or the page has moved. Start again from the ',
    home: 'English home page',
    after: ' or one of the sections below:',
  },
};

/** English strings of the client scripts: the same shape as zhClient. */
export const enClient: ClientStrings = {
  search: {
    empty: 'Type a word to search for, e.g. wetland, water, carry-over.',
    searching: 'Searching…',
    none: (query: string) => `Nothing found for “${query}”.`,
    some: (query: string, total: number) => `“${query}”: ${total} ${total === 1 ? 'page' : 'pages'} found.`,
    many: (query: string, total: number, shown: number) => `“${query}”: ${total} pages found; showing the first ${shown}.`,
    failed: 'Search is not available at the moment; please try again later.',
  },
  share: {
    copied: 'Link copied; paste it into a message or an email.',
    notCopied: 'Press and hold, or select the address above, to copy it.',
  },
};
