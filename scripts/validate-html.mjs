#!/usr/bin/env node
// Validates every page of the built site with html-validate (.htmlvalidate.json): zero errors.
// Usage: node scripts/validate-html.mjs [distDir]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';

const distDir = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();

const validator = new HtmlValidate(new FileSystemConfigLoader());
const reports = [];
const cspProblems = [];
let errors = 0;
let warnings = 0;
for (const file of files) {
  // Validate against the repo's config, whatever folder the build was written to.
  const html = readFileSync(file, 'utf8');
  const report = await validator.validateString(html, join(process.cwd(), 'dist-page.html'));
  // The Content-Security-Policy forbids inline script: check the pages never need one.
  if (!/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'[;"]/.test(html))
    cspProblems.push(`${file}: no Content-Security-Policy meta with script-src 'self'`);
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    if (!/\bsrc=/.test(match[1]) && !/type="application\/(ld\+)?json"/.test(match[1]))
      cspProblems.push(`${file}: inline <script${match[1]}>`);
  }
  for (const match of html.matchAll(/\s(on[a-z]+)="/g)) cspProblems.push(`${file}: inline event handler ${match[1]}`);
  for (const result of report.results) result.filePath = file;
  errors += report.errorCount;
  warnings += report.warningCount;
  if (!report.valid || report.warningCount) reports.push(...report.results);
}
const text = formatterFactory('text');
if (reports.length) console.log(text(reports));
for (const line of cspProblems) console.log(`CSP: ${line}`);
console.log(`validate-html: ${files.length} pages, ${errors} errors, ${warnings} warnings, ${cspProblems.length} CSP problems`);
process.exit(errors || cspProblems.length ? 1 : 0);
