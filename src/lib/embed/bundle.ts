/**
 * Bundles a TypeScript entry into one classic script (an IIFE) at build time. Classic scripts load
 * from any origin without CORS, also into a sandboxed frame whose origin is opaque, where module
 * scripts are refused.
 */
import { build, type BuildOptions } from 'esbuild';
import { at } from '../checked';

/** A TypeScript or JavaScript file bundled into one classic script. */
export const classicScript = (entry: string): Promise<string> => classicBundle({ entryPoints: [entry] }, entry);

/** Any esbuild input (`entryPoints` or `stdin`) bundled into one classic script; `what` names it in errors. */
export async function classicBundle(input: Pick<BuildOptions, 'entryPoints' | 'stdin'>, what: string): Promise<string> {
  const result = await build({
    ...input,
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  return at(result.outputFiles, 0, `the classic script esbuild wrote for ${what}`).text;
}
