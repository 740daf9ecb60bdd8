import QRCode from 'qrcode';
import { escapeXml } from '../../components/flow/renderFlowSvg';

/**
 * A QR code of a page's address as inline SVG, made at build time (readers in China open links
 * from QR codes in WeChat). Error correction M survives a slightly blurred photo of a screen.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return svg.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeXml(label)}" class="share-qr-code"`);
}

/** The modules of the same code, for tests: the library's own reading of what it encodes. */
export function qrData(url: string) {
  return QRCode.create(url, { errorCorrectionLevel: 'M' });
}
