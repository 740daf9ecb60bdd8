/** “2020年11月1日” from “2020-11-01”. */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: "${iso}"`);
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** The months' English names, January first. */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** “1 November 2020” from “2020-11-01”. */
export function formatIsoDateEnglish(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a YYYY-MM-DD date: "${iso}"`);
  return `${Number(match[3])} ${ENGLISH_MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}
