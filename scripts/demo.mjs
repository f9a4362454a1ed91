// `npm run demo [-- --firefox]`: builds the extension, serves the bundled demo article on 127.0.0.1 and opens it in
// Chromium (default) or Firefox ESR with News Lens loaded, then clicks the toolbar button so the sidebar shows it.
// Without a display it says so, runs headless instead and prints where the screenshot went.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
process.chdir(root);
const firefox = process.argv.includes('--firefox');
const name = firefox ? 'firefox' : 'chromium';
const DEMO_PAGE = '/pages/seed-kazakhstan/source.html';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed`);
    process.exit(1);
  }
}

function ensureBrowser() {
  const path = firefox ? '/usr/bin/firefox-esr' : '/usr/lib/chromium/chromium';
  if (existsSync(path)) return;
  const pkg = firefox ? 'firefox-esr' : 'chromium';
  console.log(`${pkg} is not installed; installing it with apt-get…`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args);
  apt(['update', '-q']);
  process.env.DEBIAN_FRONTEND = 'noninteractive';
  apt(['install', '-y', '-q', pkg]);
}

ensureBrowser();
console.log(`Building the ${firefox ? 'Firefox' : 'Chrome'} extension…`);
const build = ['npx', 'wxt', 'build', ...(firefox ? ['-b', 'firefox', '--mv3'] : [])];
// .output/ may be shared with other builds on this machine: hold the same lock scripts/test-all.sh takes.
const hasFlock = spawnSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' }).status === 0;
if (hasFlock) run('flock', ['/tmp/build.lock', ...build]);
else run(build[0], build.slice(1));

register(); // lets this script reuse the TypeScript e2e harness
const { launch, startFixtureServer } = await import('../tests/e2e/harness/index.ts');

const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (!hasDisplay) {
  console.log('\nNo display found (DISPLAY / WAYLAND_DISPLAY are unset), so no browser window can be shown.');
  console.log('Running the demo headless instead and saving a screenshot of the sidebar.\n');
}

const server = await startFixtureServer();
const session = await launch(name, { headless: !hasDisplay });
const url = server.url(DEMO_PAGE);
await session.open(url);
await session.clickToolbar(); // the same real toolbar click the e2e tests use
const panel = await session.panel();
await panel.waitFor('[data-testid=title]');
console.log(`Demo article: ${url}`);

if (!hasDisplay) {
  // The header shows first and the analysis a moment later: the picture waits for the Overview's sourcing bar.
  await panel.waitFor('[data-testid=sourcing-bar]');
  mkdirSync('test-results', { recursive: true });
  const shot = resolve('test-results', `demo-${name}.png`);
  await panel.screenshot(shot);
  console.log(`Sidebar screenshot: ${shot}`);
  await session.close();
  await server.close();
} else {
  if (firefox) {
    // The harness's helper tab (used to read the sidebar) is not part of the demo.
    for (const p of await session.browser.pages())
      if (p.url().startsWith('moz-extension:')) await p.close().catch(() => {});
  }
  console.log(
    `${name} is open with News Lens in the sidebar. Click the toolbar button on any page to read it. Close the browser to stop.`,
  );
  session.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void session.close().then(() => process.exit(0)));
}
