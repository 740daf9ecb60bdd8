/**
 * After the build, makes the embed pages work in a frame sandboxed without allow-same-origin, whose
 * origin is opaque: the browser then fetches module scripts, and runs fetch(), with CORS, which a
 * static host does not allow. Classic scripts load from any origin. So:
 * - each embed page's module scripts become one classic script (an IIFE, `defer`, so it runs when
 *   the modules would have);
 * - every file a chart fetches on demand (what its data-*-url attributes point to: zoom levels,
 *   details, drawings) gets a classic-script twin, <file>.js, that hands its text to
 *   src/components/embed/opaqueFetch.ts.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defined } from '../checked';
import { classicBundle } from './bundle';

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
/** Where a chart fetches from: data-levels-url="/treemap/levels/function/", data-panel-url="/flow/panel.json", … */
const FETCHED_URL = /\sdata-[a-z-]+-url="([^"]+)"/g;

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info) return [];
  if (info.isFile()) return path.endsWith('.js') ? [] : [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => filesUnder(join(path, entry.name))));
  return nested.flat();
}

/** <file>.js, which passes the file's text to the loader waiting for this script's own URL. */
async function writeTwin(file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  await writeFile(
    `${file}.js`,
    `window.__jinchengResource&&window.__jinchengResource(document.currentScript.src,${JSON.stringify(text).replace(/</g, '\\u003c')});\n`,
  );
}

export function classicEmbedScripts(): AstroIntegration {
  let base = '/';
  return {
    name: 'classic-embed-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const written = new Set<string>();
        const fetched = new Set<string>();
        // The Chinese embeds and their English twins (/en/embed/).
        const pages = (
          await Promise.all(
            ['embed', 'en/embed'].map(async (dir) => {
              const embedDir = join(distDir, dir);
              const entries = await readdir(embedDir, { withFileTypes: true }).catch(() => []);
              return entries.filter((entry) => entry.isDirectory()).map((entry) => join(embedDir, entry.name, 'index.html'));
            }),
          )
        ).flat();
        for (const page of pages) {
          const html = await readFile(page, 'utf8').catch(() => null);
          if (html === null) continue;
          // Both patterns capture the address in their first group.
          const address = (match: RegExpMatchArray) => defined(match[1], `${page}: the address in "${match[0]}"`);
          for (const url of [...html.matchAll(FETCHED_URL)].map(address)) if (url.startsWith(base)) fetched.add(url.slice(base.length));
          const sources = [...html.matchAll(MODULE_SCRIPT)].map(address);
          if (sources.length === 0) continue;
          const files = sources.map((src) => {
            if (!src.startsWith(base)) throw new Error(`${page}: script ${src} is outside base ${base}`);
            return join(distDir, src.slice(base.length));
          });
          const contents = files.map((file) => `import ${JSON.stringify(file)};`).join('\n');
          const code = await classicBundle({ stdin: { contents, resolveDir: distDir, loader: 'js' } }, files.join(', '));
          const name = `_astro/embed.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
          if (!written.has(name)) await writeFile(join(distDir, name), code);
          written.add(name);
          let first = true;
          const rewritten = html.replace(MODULE_SCRIPT, () => {
            const tag = first ? `<script defer src="${base}${name}"></script>` : '';
            first = false;
            return tag;
          });
          await writeFile(page, rewritten);
        }
        const twins = (await Promise.all([...fetched].map((path) => filesUnder(join(distDir, path))))).flat();
        await Promise.all(twins.map(writeTwin));
        logger.info(`embed pages: ${written.size} classic script bundle(s), ${twins.length} script twins of fetched files`);
      },
    },
  };
}
