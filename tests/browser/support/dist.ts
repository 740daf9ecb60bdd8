import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site under test; DIST_DIR lets a build in another folder be tested. */
export const DIST_DIR = process.env.DIST_DIR ?? 'dist';

/** Every HTML page in the build, as its site-relative path ("/flow/", "/404.html"), sorted. */
export function builtPagePaths(distDir = DIST_DIR): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => `/${relative(distDir, join(entry.parentPath, entry.name)).split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
