#!/usr/bin/env node
// Validates every page of the built site with html-validate (.htmlvalidate.json): zero errors.
// Usage: node scripts/validate-html.mjs [distDir]
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';

const distDir = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
  .sort();

const validator = new HtmlValidate(new FileSystemConfigLoader());
const reports = [];
let errors = 0;
let warnings = 0;
for (const file of files) {
  // Validate against the repo's config, whatever folder the build was written to.
  const report = await validator.validateString(
    (await import('node:fs')).readFileSync(file, 'utf8'),
    join(process.cwd(), 'dist-page.html'),
  );
  for (const result of report.results) result.filePath = file;
  errors += report.errorCount;
  warnings += report.warningCount;
  if (!report.valid || report.warningCount) reports.push(...report.results);
}
const text = formatterFactory('text');
if (reports.length) console.log(text(reports));
console.log(`validate-html: ${files.length} pages, ${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
