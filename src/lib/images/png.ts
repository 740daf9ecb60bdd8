import { Resvg } from '@resvg/resvg-js';
import { IMAGE_FONT_FAMILY, imageFontPaths } from './font';

/** Draws an SVG to PNG with the bundled font only (no system fonts), `scale` times its size. */
export function svgToPng(svg: string, scale = 1): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: imageFontPaths(), defaultFontFamily: IMAGE_FONT_FAMILY, sansSerifFamily: IMAGE_FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
  });
  return new Uint8Array(resvg.render().asPng());
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((byte, index) => png[index] === byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export const pngResponse = (png: Uint8Array) => new Response(Buffer.from(png), { headers: { 'Content-Type': 'image/png' } });
