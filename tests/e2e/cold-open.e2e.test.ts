// Cold open in Chromium: toolbar click → first paint of the panel, for News Lens and, in the same run, for a minimal
// extension whose side panel is an empty page with one heading. Five fresh browsers each, medians compared.
// News Lens's first paint is its static shell ("Reading the page…", index.html, before any script), taken from the
// panel's own first-contentful-paint entry (same machine clock as the click); the time to the
// article's headline (script loaded, page read) is printed beside it. The target is ≤ 1.3× for the first paint; on
// this shared 2-core machine single runs swing widely, so the ratios are printed and only a gross regression fails
// (over 3× and 500 ms), e.g. a first paint that waits for the panel's code, the gazetteer or the knowledge base.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pollUntil, startFixtureServer, type FixtureServer } from './harness';

const SEED = '/pages/seed-kazakhstan/source.html';
/** COLD_OPEN_RUNS: more fresh browsers per arm on a noisy machine. */
const RUNS = Number(process.env.COLD_OPEN_RUNS) || 5;
/** COLD_OPEN_COMPARE: another build of News Lens (a copy of .output/chrome-mv3), measured as a third arm, turn about. */
const COMPARE = process.env.COLD_OPEN_COMPARE;

/** The smallest extension that opens a side panel on the toolbar click. */
function minimalExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-baseline-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Baseline',
      version: '1.0',
      permissions: ['sidePanel'],
      action: { default_title: 'Baseline' },
      background: { service_worker: 'background.js' },
      side_panel: { default_path: 'sidepanel.html' },
    }),
  );
  writeFileSync(
    join(dir, 'background.js'),
    'chrome.action.onClicked.addListener((tab) => { chrome.sidePanel.open({ tabId: tab.id }); });\n',
  );
  writeFileSync(
    join(dir, 'sidepanel.html'),
    '<!doctype html><meta charset="utf-8"><title>Baseline</title><h1 data-testid="title">Empty</h1>\n',
  );
  return dir;
}

/**
 * The panel's first contentful paint as the browser recorded it, or null before it painted, with where the time went:
 * `origin` the panel document's time origin (epoch ms, the navigation's start), `paint` the paint after it, and the
 * end of the document's load, of the parser and of DOMContentLoaded (ms after the origin). Read from the page, so
 * the test's 50 ms polling does not round it.
 */
const paintedAt = (doc: Document) => {
  const perf = doc.defaultView!.performance;
  const paint = perf.getEntriesByName('first-contentful-paint')[0];
  if (!paint || !doc.querySelector('[data-testid=shell], [data-testid=title]')) return null;
  const nav = perf.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    origin: perf.timeOrigin,
    paint: paint.startTime,
    html: nav?.responseEnd ?? 0,
    parsed: nav?.domInteractive ?? 0,
    // The module scripts have run by DOMContentLoaded: before the paint, the paint waited for them.
    scripts: nav?.domContentLoadedEventEnd ?? 0,
  };
};

type Paint = NonNullable<ReturnType<typeof paintedAt>>;

/** Click → first paint (the shell, or the baseline's heading) and click → the headline (the baseline: the same). */
async function coldOpen(
  url: string,
  extensionPath?: string,
): Promise<{ first: number; headline: number; at: Paint; marks: Record<string, number> }> {
  const session = await launchChromium(extensionPath ? { extensionPath } : {});
  try {
    await session.open(url);
    const clickedAt = Date.now();
    const clicked = performance.now();
    await session.clickToolbar();
    const panel = await session.panel();
    const at = await pollUntil(() => panel.query(paintedAt), 20000, 'first paint');
    const marks = await pollUntil(
      () =>
        panel.query((doc) => {
          if (!doc.querySelector('[data-testid=title]')) return null;
          const perf = doc.defaultView!.performance;
          const at: Record<string, number> = { headline: perf.now() };
          for (const m of perf.getEntriesByType('mark')) at[m.name.replace('news-lens:', '')] = m.startTime;
          return at;
        }),
      20000,
      'headline',
    );
    return {
      marks,
      first: at.origin + at.paint - clickedAt,
      headline: performance.now() - clicked,
      at: { ...at, origin: at.origin - clickedAt },
    };
  } finally {
    await session.close();
  }
}

/** "origin 10, html 30, parsed 110, scripts 200, paint 230": medians, ms (origin after the click, the rest after
 * the origin). */
function breakdown(runs: Paint[]): string {
  const keys = ['origin', 'html', 'parsed', 'scripts', 'paint'] as const;
  return keys.map((k) => `${k} ${median(runs.map((r) => r[k])).toFixed(0)}`).join(', ');
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

describe('chromium cold open', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('click → first paint compared with a minimal side-panel extension', async () => {
    const baseline = minimalExtension();
    const ours: number[] = [];
    const headline: number[] = [];
    const empty: number[] = [];
    const [ourParts, emptyParts, otherParts]: Paint[][] = [[], [], []];
    const other: number[] = [];
    const ourMarks: Record<string, number>[] = [];
    for (let i = 0; i < RUNS; i++) {
      if (COMPARE) {
        const run = await coldOpen(server.url(SEED), COMPARE);
        other.push(run.first);
        otherParts.push(run.at);
      }
      const bare = await coldOpen(server.url(SEED), baseline);
      empty.push(bare.first);
      emptyParts.push(bare.at);
      const run = await coldOpen(server.url(SEED));
      ours.push(run.first);
      headline.push(run.headline);
      ourParts.push(run.at);
      ourMarks.push(run.marks);
    }
    const ms = (list: number[]) => list.map((t) => t.toFixed(0)).join('/');
    const ratio = median(ours) / median(empty);
    console.log(
      `[timing] cold open: News Lens first paint ${ms(ours)} ms, headline ${ms(headline)} ms; empty panel ${ms(empty)} ms; ` +
        `median ratio first paint ${ratio.toFixed(2)}, headline ${(median(headline) / median(empty)).toFixed(2)}; load ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
    );
    console.log(
      `[timing] where it went (median ms): News Lens ${breakdown(ourParts)}; empty panel ${breakdown(emptyParts)}`,
    );
    // After the navigation's start: the panel's code running, the page read (extract.js in the tab), the frame with
    // the article's header painted (only in runs where that frame came before the test saw the headline), and the
    // headline seen by the test (which waits while the analysis runs).
    const moments = ['code', 'extract', 'extracted', 'painted', 'headline'];
    // A mark no run recorded (a fast machine shows the headline before the header's frame) is said to be missing.
    const at = moments
      .map((k) => {
        const values = ourMarks.flatMap((m) => (m[k] === undefined ? [] : [m[k]]));
        return `${k} ${values.length ? median(values).toFixed(0) : 'not recorded'}`;
      })
      .join(', ');
    console.log(`[timing] News Lens up to the headline (median ms after navigation start): ${at}`);
    if (COMPARE) {
      console.log(
        `[timing] ${COMPARE}: first paint ${ms(other)} ms, median ratio ${(median(other) / median(empty)).toFixed(2)}; ` +
          breakdown(otherParts),
      );
    }
    expect(median(ours)).toBeLessThanOrEqual(median(empty) * 3 + 500);
  }, 300_000);
});
