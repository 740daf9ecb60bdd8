// Makes the committed font subset that the build draws share cards and chart images with
// (fonts/NotoSansSC-*.subset.ttf): Noto Sans SC, cut down to every character in data/ and src/,
// all of printable ASCII and common CJK punctuation. Run it after adding text with new characters:
//   node scripts/make-font-subset.mjs
// tests/unit/image-font.test.ts fails when an image needs a character the subset lacks.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SOURCE_DIR = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
const WEIGHTS = [
  { file: '400Regular/NotoSansSC_400Regular.ttf', out: 'NotoSansSC-Regular.subset.ttf' },
  { file: '700Bold/NotoSansSC_700Bold.ttf', out: 'NotoSansSC-Bold.subset.ttf' },
];

async function filesUnder(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(csv|txt|ts|astro|mdx|md)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const characters = new Set();
for (let code = 0x20; code < 0x7f; code += 1) characters.add(String.fromCodePoint(code));
for (const char of '，。、；：？！“”‘’（）《》【】—…·～％×÷−–→›‹＋●○■□▲▼') characters.add(char);
for (const dir of ['data', 'src']) {
  for (const file of await filesUnder(path.join(root, dir))) {
    for (const char of await readFile(file, 'utf8')) if (char.codePointAt(0) >= 0xa0) characters.add(char);
  }
}
const text = [...characters].sort().join('');

for (const weight of WEIGHTS) {
  const source = await readFile(path.join(SOURCE_DIR, weight.file));
  const subset = await subsetFont(source, text, { targetFormat: 'truetype' });
  await writeFile(path.join(root, 'fonts', weight.out), subset);
  console.log(`fonts/${weight.out}: ${characters.size} characters, ${(subset.length / 1024).toFixed(0)} KB`);
}
