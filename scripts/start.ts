/**
 * `npm start` (after `wxt build`): where a display exists, opens Chromium with the built
 * extension on a bundled sample plan page served locally under a gov.cn host name; without a
 * display, prints where the build is and how to load it by hand in Chrome and Firefox.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  EXTENSION_DIR,
  findChromium,
  hostResolverFlag,
  ROOT,
  startFixtureServer,
} from './lib/local-web';

const SAMPLE_PATH = '/corpus/zj-2021-goals.html';
const SAMPLE_HOST = 'www.zj.gov.cn';

function instructions(): string {
  const chrome = relative(process.cwd(), EXTENSION_DIR) || EXTENSION_DIR;
  return [
    `The extension is built in ${EXTENSION_DIR}`,
    '',
    'Load it in Chrome / Chromium / Edge:',
    '  1. open chrome://extensions and switch on "Developer mode"',
    `  2. "Load unpacked" → choose ${chrome}`,
    '  3. visit any *.gov.cn plan page, or press the toolbar button on another page',
    '',
    'Load it in Firefox:',
    '  1. npm run build:firefox',
    '  2. open about:debugging#/runtime/this-firefox → "Load Temporary Add-on…"',
    `  3. choose ${join(relative(process.cwd(), ROOT) || '.', '.output', 'firefox-mv2', 'manifest.json')}`,
  ].join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('No build found: run `npm run build` (npm start does it for you).');
  }
  const hasDisplay =
    process.platform === 'darwin' ||
    process.platform === 'win32' ||
    Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!hasDisplay || process.env.CI) {
    console.log('No display found, so no browser window is opened.\n');
    console.log(instructions());
    return;
  }
  const server = await startFixtureServer();
  const url = `http://${SAMPLE_HOST}${SAMPLE_PATH}`;
  const args = [
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'plan-goal-reader-'))}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    hostResolverFlag(server.port),
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ];
  console.log(`Opening Chromium on ${url} (served from test/fixtures). Close the window to stop.`);
  const child = spawn(findChromium(), args, { stdio: 'ignore' });
  await new Promise<void>((done) => child.on('exit', () => done()));
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error('\n' + instructions());
  process.exitCode = 1;
});
