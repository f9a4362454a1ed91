// scripts/test-all.sh itself (what `npm test` runs), end to end: a copy of the script and of its summary step runs
// in a scratch project whose two vitest runs are real vitest runs over small scenario folders. Only the builds are
// stubbed (an `npx` first on PATH answers `wxt build` and passes `vitest` and `tsx` to the real ones). Each CI gap
// of issue 18 must end in a non-zero failed count and a non-zero exit status.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '..');
const BIN = join(REPO, 'node_modules', '.bin');

/** A vitest project in `dir` with the given test files (globals on: the scratch folder has no node_modules). */
function project(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'vitest.config.mjs'),
    "export default { test: { globals: true, include: ['**/*.test.mjs'] } };\n",
  );
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const PASSING = {
  'a.test.mjs': "it('adds', () => expect(1 + 1).toBe(2));\nit('joins', () => expect('a' + 'b').toBe('ab'));\n",
};
/** Stand-in for a golden test: its expected file is read, and a missing one fails (as golden-pages.test.ts does). */
const GOLDEN = {
  'golden.test.mjs': `import { existsSync } from 'node:fs';
it('matches expected.json', () => expect(existsSync(new URL('./expected.json', import.meta.url))).toBe(true));\n`,
};
/** Stand-in for the timing test's corpus part: skipped when ../shared is absent. */
const NEEDS_SHARED = {
  'corpus.test.mjs':
    "import { existsSync } from 'node:fs';\nit.skipIf(!existsSync('/nonexistent/shared'))('reads the corpus', () => {});\n",
};

/** Runs the copied test-all.sh with `unit` and `e2e` as its two vitest projects. */
function testAll(unit: string, e2e: string, build = 0) {
  const root = mkdtempSync(join(tmpdir(), 'test-all-'));
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'bin'));
  copyFileSync(join(REPO, 'scripts/test-all.sh'), join(root, 'scripts/test-all.sh'));
  copyFileSync(join(REPO, 'scripts/test-summary.ts'), join(root, 'scripts/test-summary.ts'));
  // The fake npx: builds answer `build`; a vitest run goes to the e2e or unit scenario (by its -c argument), with its
  // JSON report where test-all.sh asked for it.
  writeFileSync(
    join(root, 'bin/npx'),
    `#!/usr/bin/env bash
case "$1" in
  wxt) exit ${build} ;;
  tsx) shift; exec "${BIN}/tsx" "$@" ;;
  vitest)
    shift; project="${unit}"; args=()
    for a in "$@"; do
      case "$a" in
        vitest.e2e.config.ts) project="${e2e}" ;;
        -c) ;;
        --outputFile=*) args+=("--outputFile=$PWD/\${a#--outputFile=}") ;;
        *) args+=("$a") ;;
      esac
    done
    exec "${BIN}/vitest" "\${args[@]}" --root "$project" --config "$project/vitest.config.mjs" ;;
esac
exit 127
`,
  );
  chmodSync(join(root, 'bin/npx'), 0o755);
  const env = {
    ...process.env,
    PATH: `${join(root, 'bin')}:${process.env.PATH}`,
    NEWS_LENS_BROWSERS_READY: '1',
    CI: '',
  };
  const run = spawnSync('bash', [join(root, 'scripts/test-all.sh')], { encoding: 'utf8', env });
  const lines = run.stdout.trim().split('\n');
  return { status: run.status, summary: lines.at(-1), above: lines.slice(-4, -1).join('\n'), stderr: run.stderr };
}

describe('scripts/test-all.sh', { timeout: 180_000 }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'test-all-scenarios-'));
  const green = project(join(scratch, 'green'), PASSING);

  it('all green: "N passed, 0 failed" and exit 0', () => {
    const run = testAll(green, project(join(scratch, 'green-e2e'), { 'b.test.mjs': "it('opens', () => {});\n" }));
    expect(run.summary).toBe('3 passed, 0 failed');
    expect(run.status).toBe(0);
  });

  it('a runner whose test files were removed counts as failed', () => {
    const run = testAll(green, project(join(scratch, 'removed'), {}));
    expect(run.summary).toBe('2 passed, 1 failed');
    expect(run.above).toContain('e2e: no tests found');
    expect(run.status).toBe(1);
  });

  it('a deleted golden file fails its test', () => {
    const run = testAll(project(join(scratch, 'golden'), { ...PASSING, ...GOLDEN }), green);
    expect(run.summary).toBe('4 passed, 1 failed');
    expect(run.status).toBe(1);
  });

  it('a suite skipped because ../shared is absent counts as failed, and the line says which', () => {
    const run = testAll(green, project(join(scratch, 'shared'), { ...PASSING, ...NEEDS_SHARED }));
    expect(run.summary).toBe('4 passed, 1 failed');
    expect(run.above).toMatch(/skipped.*reads the corpus/);
    expect(run.status).toBe(1);
  });

  it('a failed build counts as failed even when every test passes', () => {
    const run = testAll(green, green, 1);
    expect(run.summary).toMatch(/^4 passed, [1-9]\d* failed$/);
    expect(run.status).toBe(1);
  });
});
