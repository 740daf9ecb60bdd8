// Finds a Chromium for the browser tests; on Debian as root installs the distribution package.
// Never downloads a browser build.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

// Flags for every Chromium this project starts: without the networking ones, Chromium keeps
// calling other hosts, which this project's machines refuse and its tests forbid.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium() {
  return CANDIDATES.find((path) => existsSync(path));
}

function isDebianRoot() {
  return existsSync('/etc/debian_version') && typeof process.getuid === 'function' && process.getuid() === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = findChromium();
  if (!found && isDebianRoot()) {
    console.log("Chromium not found: installing Debian's chromium package with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    found = findChromium();
  }
  if (!found) {
    console.error(
      'The browser tests need Chromium or Chrome, and none was found.\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  macOS: install Google Chrome, or set CHROME_PATH to a Chromium binary.\n' +
        'Set CHROME_PATH if it is installed somewhere else.',
    );
    process.exit(1);
  }
  console.log(`Using Chromium at ${found}`);
}
