// Astro integration: every build starts from a clean slate. A build whose output folder is outside the
// project writes its server chunks to .astro/ and deletes them only when it succeeds; a failed build
// leaves them (manifest_*.mjs with absolute paths and a per-build key, chunks/, pages/, copied public
// files), and the next build into another folder published them. Astro rewrites the rest of .astro/
// (its generated types) right after this hook.
import { rmSync } from 'node:fs';

export function cleanStaleBuildState(root) {
  rmSync(new URL('.astro/', root), { recursive: true, force: true });
}

export default function freshBuild() {
  return {
    name: 'fresh-build',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'build') cleanStaleBuildState(config.root);
      },
    },
  };
}
