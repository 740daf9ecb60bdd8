#!/usr/bin/env node
// Runs a command (default `npm test`) while a second build of this site runs beside it in a loop,
// as on a CI machine shared with another job: issue 14's "≤ 20 minutes with a second build beside".
// The second build runs in a copy of the committed files (git archive HEAD) in a temporary folder,
// with node_modules linked but Astro's and Vite's caches its own, so it shares nothing with the
// command but the CPU. Prints the command's wall time and how many builds ran beside it.
// Usage: node scripts/bench/build-beside.mjs [command …]   e.g. node scripts/bench/build-beside.mjs npm test
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const command = process.argv.length > 2 ? process.argv.slice(2) : ['npm', 'test'];
const copy = mkdtempSync(join(tmpdir(), 'build-beside-'));
const archive = spawnSync('sh', ['-c', `git archive HEAD | tar -x -C '${copy}'`], { stdio: 'inherit' });
if (archive.status !== 0) throw new Error('git archive failed');
mkdirSync(join(copy, 'node_modules'));
for (const name of readdirSync('node_modules')) {
  if (['.astro', '.vite', '.cache'].includes(name)) continue;
  symlinkSync(resolve('node_modules', name), join(copy, 'node_modules', name));
}

let builds = 0;
let failures = 0;
let lastError = '';
let stopping = false;
let builder;
function buildAgain() {
  if (stopping) return;
  let output = '';
  builder = spawn('npm', ['run', '--silent', 'build'], { cwd: copy, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  builder.stderr.on('data', (chunk) => (output = `${output}${chunk}`.slice(-2000)));
  builder.on('exit', (code, signal) => {
    if (code === 0) builds += 1;
    else if (!stopping) {
      failures += 1;
      lastError = output || `exit ${code ?? signal}`;
    }
    buildAgain();
  });
}
buildAgain();

const started = Date.now();
const child = spawn(command[0], command.slice(1), { stdio: 'inherit' });
const code = await new Promise((done) => child.on('exit', done));
const seconds = (Date.now() - started) / 1000;
stopping = true;
try {
  process.kill(-builder.pid);
} catch {
  // the last build had just ended
}
rmSync(copy, { recursive: true, force: true });
if (failures) console.log(`\nthe build beside failed ${failures} time(s); the last said:\n${lastError}`);
console.log(
  `\n${command.join(' ')}: ${(seconds / 60).toFixed(1)} min (${seconds.toFixed(0)} s) with a second build beside it (${builds} full builds finished meanwhile); exit code ${code}`,
);
process.exit(code ?? 1);
