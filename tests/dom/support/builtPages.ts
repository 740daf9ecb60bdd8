/** Built pages read without a browser (linkedom), for the DOM pass that runs after the build. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { DIST_DIR } from '../../browser/support/dist';

/** The built page at `path` ("en/learn", "teach/worksheet"), parsed; says to build first when it is missing. */
export function builtPage(path: string): Document {
  const file = join(DIST_DIR, path, 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx astro build\` first`);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** Han characters. */
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Han characters, CJK punctuation (、。「」) and full-width forms (，：（）). */
export const HAN_OR_CJK_PUNCTUATION = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** A page's <main>, or an error saying it has none. */
export function mainOf(document: Document): Element {
  const main = document.querySelector('main');
  if (!main) throw new Error('no <main>');
  return main;
}

/**
 * Chinese under `root` that has no lang="zh-CN" ancestor: text a reader sees, and the aria-label,
 * title and alt a reader hears, each cut to 60 characters. Scripts, styles and templates are passed
 * over, and so is any element `skip` (a selector) matches.
 */
export function strayChinese(root: Element, { han = HAN, skip }: { han?: RegExp; skip?: string } = {}): string[] {
  const stray: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (han.test(text) && !node.parentElement?.closest('[lang="zh-CN"]')) stray.push(text.trim().slice(0, 60));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName) || (skip && element.matches(skip))) return;
    for (const attribute of ['aria-label', 'title', 'alt']) {
      const value = element.getAttribute(attribute);
      if (value && han.test(value) && !element.closest('[lang="zh-CN"]')) stray.push(`${attribute}="${value.slice(0, 60)}"`);
    }
    element.childNodes.forEach(walk);
  };
  walk(root);
  return stray;
}
