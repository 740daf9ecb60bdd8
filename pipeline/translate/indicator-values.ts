/**
 * English for the numeric indicator values, `[comparator]number unit` ("≥48次" → "≥48 times").
 * Counter words that only classify the noun already named by the indicator (个, 家, 张 …) give a bare
 * number; measures keep their unit. 万元 amounts keep the report's figure ("× 10,000 yuan"), as the
 * site's tables do; other 万 units are multiplied out.
 */
const UNITS: Record<string, { one: string; many: string; times?: number }> = {
  '%': { one: '%', many: '%' },
  'm3/d': { one: ' m³/day', many: ' m³/day' },
  平方米: { one: ' m²', many: ' m²' },
  平米: { one: ' m²', many: ' m²' },
  立方米: { one: ' m³', many: ' m³' },
  米: { one: ' m', many: ' m' },
  亩: { one: ' mu', many: ' mu' },
  吨: { one: ' tonne', many: ' tonnes' },
  万吨: { one: ' tonnes', many: ' tonnes', times: 10_000 },
  度: { one: ' kWh', many: ' kWh' },
  万度: { one: ' kWh', many: ' kWh', times: 10_000 },
  万张: { one: '', many: '', times: 10_000 },
  元: { one: ' yuan', many: ' yuan' },
  万元: { one: ' × 10,000 yuan', many: ' × 10,000 yuan' },
  '万元/个': { one: ' × 10,000 yuan each', many: ' × 10,000 yuan each' },
  '万元/天/人': { one: ' × 10,000 yuan per person per day', many: ' × 10,000 yuan per person per day' },
  '元/人/年': { one: ' yuan per person per year', many: ' yuan per person per year' },
  '元/台': { one: ' yuan per unit', many: ' yuan per unit' },
  '元/月': { one: ' yuan a month', many: ' yuan a month' },
  '元/月/人': { one: ' yuan per person per month', many: ' yuan per person per month' },
  人: { one: ' person', many: ' people' },
  次: { one: ' time', many: ' times' },
  '次/天': { one: ' time a day', many: ' times a day' },
  '次/月': { one: ' time a month', many: ' times a month' },
  '次/季度': { one: ' time a quarter', many: ' times a quarter' },
  '家/季度': { one: ' a quarter', many: ' a quarter' },
  次项: { one: ' (times/items)', many: ' (times/items)' },
  台: { one: ' unit', many: ' units' },
  '台（套）': { one: ' unit (set)', many: ' units (sets)' },
  套: { one: ' set', many: ' sets' },
  '个（盒、套）': { one: ' item (box, set)', many: ' items (boxes, sets)' },
  项: { one: ' item', many: ' items' },
  类: { one: ' category', many: ' categories' },
  辆: { one: ' vehicle', many: ' vehicles' },
  天: { one: ' day', many: ' days' },
  秒: { one: ' second', many: ' seconds' },
  处: { one: ' site', many: ' sites' },
  个: { one: '', many: '' },
  家: { one: '', many: '' },
  张: { one: '', many: '' },
  条: { one: '', many: '' },
  座: { one: '', many: '' },
  部: { one: '', many: '' },
  本: { one: '', many: '' },
  份: { one: '', many: '' },
  册: { one: '', many: '' },
  包: { one: '', many: '' },
};

const UNIT_PATTERN = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .map((unit) => unit.replace(/[/()（）]/g, '\\$&'))
  .join('|');
const NUMERIC = new RegExp(`^([≥≤]?)(\\d+(?:\\.\\d+)?)(${UNIT_PATTERN})$`);

/** "8924.29" → "8,924.29": English thousands separators, decimals as printed. */
function withSeparators(number: string): string {
  const [whole, fraction] = number.split('.');
  return whole!.replace(/\B(?=(\d{3})+$)/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
}

export function translateIndicatorValue(value: string): string | undefined {
  const match = NUMERIC.exec(value);
  if (!match) return undefined;
  const [, comparator, number, unitZh] = match as unknown as [string, string, string, string];
  const unit = UNITS[unitZh]!;
  const printed = unit.times ? String(Number(number) * unit.times) : number;
  return `${comparator}${withSeparators(printed)}${Number(number) === 1 && !unit.times ? unit.one : unit.many}`;
}
