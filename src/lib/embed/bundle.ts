/**
 * Bundles a TypeScript entry into one classic script (an IIFE) at build time. Classic scripts load
 * from any origin without CORS, also into a sandboxed frame whose origin is opaque, where module
 * scripts are refused.
 */
import { build } from 'esbuild';
import { at } from '../checked';

export async function classicScript(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  return at(result.outputFiles, 0, 'embed.js: the file esbuild wrote').text;
}
