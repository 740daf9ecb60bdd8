export { LANGS, HTML_LANG, OG_LOCALE, langOf, localePath, twinPath, type Lang } from './lang';
export { ui, type UiStrings } from './ui/index';
