/**
 * Splits a sheet's run-on text into paragraphs where it starts a numbered item after a full
 * stop or semicolon (“…；2、…”), so long 项目概况 read as a list. Nothing is reworded.
 */
export function sheetParagraphs(text: string): string[] {
  const cleaned = text.replace(/^"+|"+$/g, '').trim();
  return cleaned
    .split(/(?<=[。；;])\s*(?=(?:\d{1,2}|[一二三四五六七八九十]{1,2})[、.．](?!\d))/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** sheetParagraphs for an English translation: a new paragraph where a numbered item (“2.”, “(2)”) starts a sentence. */
export function sheetParagraphsEnglish(text: string): string[] {
  return (
    text
      .trim()
      // “No. 8.” in a document number is not a list item.
      .split(/(?<=[.;:])(?<!\bNo\.)\s+(?=\(?\d{1,2}[.)]\s)/)
      .map((part) => part.trim())
      .filter((part) => part.length > 0)
  );
}
