/** Splits English text that quotes Chinese (“…says 以上四项共需经费215万元…”) into runs, so the Chinese can be marked lang="zh-CN". */
export function chineseRuns(text: string): { text: string; chinese: boolean }[] {
  return text
    .split(/([\p{Script=Han}][\p{Script=Han}\d.，。、；：“”《》（）〔〕]*)/u)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, chinese: /\p{Script=Han}/u.test(part) }));
}
