/**
 * Splits English text that quotes Chinese (“…says 以上四项共需经费215万元…”) into runs, so the Chinese can be
 * marked lang="zh-CN". A run starts at a Han character or at a full-width form (the misprint “（0,）”).
 */
export function chineseRuns(text: string): { text: string; chinese: boolean }[] {
  return text
    .split(/([\p{Script=Han}\uff01-\uff5e][\p{Script=Han}\uff01-\uff5e\d.，。、；：“”《》〔〕]*)/u)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, chinese: /[\p{Script=Han}\uff01-\uff5e]/u.test(part) }));
}
