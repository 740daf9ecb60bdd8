/**
 * Money is kept as integer fen (0.01 元) so sums are exact.
 * 1 万元 = 10,000 元 = 1,000,000 fen.
 */
export type Fen = number;

export const FEN_PER_WAN = 1_000_000;
export const FEN_PER_YUAN = 100;

const WAN_PATTERN = /^(\d+)\.(\d{2})$/;

/** Parses a 万元 string with exactly two decimals ("23474.23"); returns null when malformed. */
export function parseWan(text: string): Fen | null {
  const match = WAN_PATTERN.exec(text);
  if (!match) return null;
  return Number(match[1]) * FEN_PER_WAN + Number(match[2]) * 10_000;
}

export function wanToFen(text: string): Fen {
  const fen = parseWan(text);
  if (fen === null) throw new Error(`not a 万元 amount with two decimals: "${text}"`);
  return fen;
}

/** A 万元 figure read as a number (7581.35, or a sheet's 49.985) as fen, exact to the fen. */
export const wanNumberToFen = (value: number): Fen => Math.round(value * FEN_PER_WAN);

/** The 万元 string with two decimals, no separators: the CSV form. */
export function fenToWanString(fen: Fen): string {
  if (!Number.isInteger(fen)) throw new Error(`fen must be an integer: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const cents = Math.round(Math.abs(fen) / 10_000);
  return `${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
