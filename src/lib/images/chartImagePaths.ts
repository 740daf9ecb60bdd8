import { localePath, type Lang } from '../../i18n/lang';

/** Where the build writes each chart's image (site-absolute, without the base): beside its embed. */
export const chartImagePath = (slug: string, lang: Lang = 'zh') => localePath(lang, `/embed/${slug}/image.png`);
/** A treemap 款 level's image. */
export const levelImagePath = (slug: string, nodeId: string, lang: Lang = 'zh') => localePath(lang, `/embed/${slug}/levels/${nodeId}.png`);

/** Images are drawn at twice their layout size, sharp on phones and retina screens. */
export const CHART_IMAGE_SCALE = 2;
