import { join } from 'node:path';

/**
 * The font every prerendered image is drawn with: a committed subset of Noto Sans SC (SIL Open
 * Font License, fonts/LICENSE-NotoSansSC-OFL.txt), made by scripts/make-font-subset.mjs. The images
 * never use a system font, so they look the same on every machine.
 */
export const IMAGE_FONT_FAMILY = 'Noto Sans SC';

export const IMAGE_FONT_FILES = ['NotoSansSC-Regular.subset.ttf', 'NotoSansSC-Bold.subset.ttf'];

export const imageFontPaths = (): string[] => IMAGE_FONT_FILES.map((file) => join(process.cwd(), 'fonts', file));
