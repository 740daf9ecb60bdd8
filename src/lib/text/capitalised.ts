/** English text with its first letter upper-case, after any opening quote or bracket: “water” → “Water”. */
export const capitalised = (text: string) =>
  text.replace(/^([“‘"'(]*)(\p{L})/u, (_, before: string, letter: string) => before + letter.toUpperCase());
