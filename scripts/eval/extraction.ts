// Extraction evaluation: token-bag P/R/F1 of the article text against every corpus page's `.expected.txt`, ours
// (extractArticle) beside plain Readability (`textContent`, default options) in the same run; per page family;
// the pages where ours is worse. Pages are read from <corpus>/pages.
import { Readability } from '@mozilla/readability';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../lib/article/extract';
import { parseDocument } from '../node/dom';
import { tokenF1, type TokenScore } from './token-f1';
import type { EvalOptions, Evaluator } from './types';

const URL = 'https://example.invalid/article';
/** A page where ours trails Readability by more than this is listed (and counted against the bar). */
const WORSE_BY = 0.05;

export interface PageScores {
  id: string;
  ours: TokenScore;
  readability: TokenScore;
  ms: number;
}

function safely(run: () => string): string {
  try {
    return run();
  } catch {
    return ''; // a page the DOM cannot load scores 0, as an extension that shows nothing would
  }
}

export function scorePage(id: string, html: string, expected: string): PageScores {
  const started = performance.now();
  const ours = safely(() => extractArticle(parseDocument(html), URL, { disposable: true })?.text ?? '');
  const ms = performance.now() - started;
  const plain = safely(() => new Readability(parseDocument(html)).parse()?.textContent ?? '');
  return { id, ours: tokenF1(ours, expected), readability: tokenF1(plain, expected), ms };
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const f3 = (x: number) => x.toFixed(3);

export function meanScore(rows: TokenScore[]): TokenScore {
  return { p: mean(rows.map((s) => s.p)), r: mean(rows.map((s) => s.r)), f1: mean(rows.map((s) => s.f1)) };
}

/** `aeb-0123…` → `aeb`: the corpus source a page comes from. */
export const familyOf = (id: string) => id.split('-')[0];

function line(label: string, rows: PageScores[]): string {
  const ours = meanScore(rows.map((r) => r.ours));
  const rdb = meanScore(rows.map((r) => r.readability));
  const head = `${label.padEnd(10)}${String(rows.length).padStart(5)}`;
  return `${head}   ours P ${f3(ours.p)} R ${f3(ours.r)} F1 ${f3(ours.f1)}   readability P ${f3(rdb.p)} R ${f3(rdb.r)} F1 ${f3(rdb.f1)}`;
}

export const extractionEvaluator: Evaluator = {
  name: 'extraction',
  async run({ corpusDir, limit }: EvalOptions) {
    const dir = join(corpusDir, 'pages');
    const expected = readdirSync(dir).filter((f) => f.endsWith('.expected.txt'));
    let ids = expected.map((f) => f.replace(/\.expected\.txt$/, '')).sort();
    if (limit > 0) ids = ids.slice(0, limit);
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    const rows = ids.map((id) => scorePage(id, read(`${id}.html`), read(`${id}.expected.txt`)));
    console.log(`token-bag F1 against .expected.txt (mean over pages; ${rows.length} pages)`);
    console.log(line('all', rows));
    for (const family of [...new Set(rows.map((r) => familyOf(r.id)))].sort()) {
      console.log(
        line(
          family,
          rows.filter((r) => familyOf(r.id) === family),
        ),
      );
    }
    const gap = (r: PageScores) => r.ours.f1 - r.readability.f1;
    const worse = rows.filter((r) => gap(r) < 0).sort((a, b) => gap(a) - gap(b));
    const better = rows.filter((r) => r.ours.f1 > r.readability.f1).length;
    console.log(
      `ours better on ${better} pages, worse on ${worse.length}; worse by more than ${WORSE_BY}: ` +
        `${worse.filter((r) => r.readability.f1 - r.ours.f1 > WORSE_BY).length}`,
    );
    for (const r of worse.slice(0, 15)) {
      console.log(
        `  ${r.id.padEnd(28)} ours ${f3(r.ours.f1)} (P ${f3(r.ours.p)} R ${f3(r.ours.r)})  readability ` +
          `${f3(r.readability.f1)}  ${(r.ours.f1 - r.readability.f1).toFixed(3)}`,
      );
    }
    // The pages furthest from their expected text, whatever Readability does on them: where extraction is still weak.
    const lowest = [...rows].sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, 5);
    console.log('lowest F1 (ours):');
    for (const r of lowest) {
      console.log(
        `  ${r.id.padEnd(28)} ours ${f3(r.ours.f1)} (P ${f3(r.ours.p)} R ${f3(r.ours.r)})  readability ` +
          `${f3(r.readability.f1)} (P ${f3(r.readability.p)} R ${f3(r.readability.r)})`,
      );
    }
    const ours = meanScore(rows.map((r) => r.ours));
    const rdb = meanScore(rows.map((r) => r.readability));
    const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
    console.log(`extraction time per page (parse + extract): median ${ms[Math.floor(ms.length / 2)]?.toFixed(1)} ms`);
    return {
      pages: rows.length,
      p: ours.p,
      r: ours.r,
      f1: ours.f1,
      readabilityP: rdb.p,
      readabilityR: rdb.r,
      readabilityF1: rdb.f1,
      worsePages: worse.filter((r) => r.readability.f1 - r.ours.f1 > WORSE_BY).length,
    };
  },
};
