export { LANGS, HTML_LANG, OG_LOCALE, langOf, localePath, type Lang } from './lang';
export { ui } from './ui/index';
