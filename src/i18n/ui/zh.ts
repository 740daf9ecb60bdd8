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
};
