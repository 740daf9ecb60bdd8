import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defined } from '../checked';

/**
 * The design tokens of src/styles/global.css, the one home of the site's colours, for code that
 * runs without a page: the image renderer (it knows no custom properties) and the palette tests.
 */
const GLOBAL_CSS = 'src/styles/global.css';

/** The custom properties of the first :root block of a stylesheet (the light tokens; the embeds' dark theme is a later block). */
export function parseTokens(css: string, file = GLOBAL_CSS): Map<string, string> {
  const root = /:root\s*{([^}]*)}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1];
  if (!root) throw new Error(`${file}: no :root block with the colour tokens`);
  return new Map(
    [...root.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((match) => [
      defined(match[1], 'a custom property name in global.css'),
      defined(match[2], 'a custom property value in global.css').trim(),
    ]),
  );
}

let cached: Map<string, string> | undefined;

export function colourTokens(): Map<string, string> {
  cached ??= parseTokens(readFileSync(join(process.cwd(), GLOBAL_CSS), 'utf8'));
  return cached;
}

/** Replaces every var(--…) with the token’s value; a token may name another (--fn-unsplit: var(--neutral)). */
export function resolveTokens(text: string, tokens = colourTokens()): string {
  const resolveOnce = (input: string) =>
    input.replace(/var\(--([\w-]+)\)/g, (_match, name: string) => {
      const value = tokens.get(name);
      if (value === undefined) throw new Error(`unknown colour token --${name} (${GLOBAL_CSS})`);
      return value;
    });
  let resolved = resolveOnce(text);
  for (let depth = 0; depth < 4 && resolved.includes('var(--'); depth += 1) resolved = resolveOnce(resolved);
  return resolved;
}

/** The value of one token, references resolved: resolveToken('source-mixed') is the neutral grey. */
export function resolveToken(name: string, tokens = colourTokens()): string {
  return resolveTokens(`var(--${name})`, tokens);
}
