import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: Map<string, string> | undefined;

/** The colour tokens of src/styles/global.css (:root), the one home of the site's colours. */
export function colourTokens(): Map<string, string> {
  if (!cached) {
    const css = readFileSync(join(process.cwd(), 'src/styles/global.css'), 'utf8');
    const root = /:root\s*{([^}]*)}/.exec(css)?.[1];
    if (!root) throw new Error('src/styles/global.css: no :root block with the colour tokens');
    cached = new Map([...root.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
  }
  return cached;
}

/** Replaces every var(--token) with its value: the image renderer knows no custom properties. */
export function resolveTokens(text: string): string {
  const tokens = colourTokens();
  // A token may name another (--fn-unsplit: var(--neutral)), so resolve until none is left.
  const resolveOnce = (input: string) =>
    input.replace(/var\(--([\w-]+)\)/g, (_match, name: string) => {
      const value = tokens.get(name);
      if (value === undefined) throw new Error(`image: unknown colour token --${name} (src/styles/global.css)`);
      return value;
    });
  let resolved = resolveOnce(text);
  for (let depth = 0; depth < 4 && resolved.includes('var(--'); depth += 1) resolved = resolveOnce(resolved);
  return resolved;
}
