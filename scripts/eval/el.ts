// The `el` section: the whole pipeline on the public news entity-linking sets (../shared/corpus/el, README there),
// scored end-to-end at mention level (el-scoring.ts) and as per-document title sets, with an error table.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../lib/analyze';
import type { KnowledgeBase } from '../../lib/entities';
import type { Article } from '../../lib/types';
import { readJsonl } from './corpus';
import {
  canonicalTitle,
  scoreDocument,
  titleSetCounts,
  type DocScore,
  type GoldMention,
  type MissKind,
  type PredictedMention,
} from './el-scoring';
import { prf } from './links';
import type { EvalOptions, Evaluator } from './types';

interface ElDoc {
  id: string;
  text: string;
  mentions: GoldMention[];
}

/** The sets scored end-to-end (RSS-500 annotates two mentions a sentence and IITB common nouns: not comparable). */
const SETS = [
  ['msnbc', 'msnbc.jsonl'],
  ['ace2004', 'ace2004.jsonl'],
  ['aquaint', 'aquaint.jsonl'],
  ['reuters128', 'n3-reuters128.jsonl'],
] as const;

/** These texts break paragraphs with one newline (a headline line, then a paragraph per line). */
function articleOf(text: string): Article {
  const paragraphs = [...text.matchAll(/[^\n]+/g)].flatMap((m) => {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    return body ? [{ start: m.index + lead, end: m.index + lead + body.length }] : [];
  });
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const base = { title: '', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: null, excerpt: null };
  return {
    ...base,
    url: 'https://example.invalid/',
    text,
    paragraphs,
    wordCount,
    readingMinutes: Math.ceil(wordCount / 230),
  };
}

/** Every title the knowledge base could give, in canonical form. */
function kbTitles(kb: KnowledgeBase | null): Set<string> {
  if (!kb) return new Set();
  const titles = [
    ...kb.entries.map((e) => e.title),
    ...kb.titles,
    ...kb.teams.map((t) => t[0]),
    ...kb.regions.values(),
  ];
  for (const cities of kb.citiesByCell.values()) for (const c of cities) titles.push(c[2]);
  for (const entries of kb.contextNames.values()) for (const e of entries) titles.push(e.title);
  return new Set(titles.map(canonicalTitle));
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const KINDS: MissKind[] = ['notInKb', 'notRecognised', 'otherSpan', 'wrongTitle'];

function add(total: DocScore, s: DocScore): void {
  total.tp += s.tp;
  total.fp += s.fp;
  total.fn += s.fn;
  for (const k of KINDS) total.misses[k] += s.misses[k];
  total.missed.push(...s.missed);
  total.wrong.push(...s.wrong);
}

const emptyScore = (): DocScore => ({
  tp: 0,
  fp: 0,
  fn: 0,
  misses: { notInKb: 0, wrongTitle: 0, otherSpan: 0, notRecognised: 0 },
  missed: [],
  wrong: [],
});

function scoreSet(docs: ElDoc[], resources: EvalOptions['resources'], inKb: (t: string) => boolean) {
  const mention = emptyScore();
  const sets = { tp: 0, fp: 0, fn: 0 };
  for (const doc of docs) {
    const { entities } = analyzeArticle(articleOf(doc.text), resources);
    const predicted: PredictedMention[] = entities.flatMap((e) =>
      e.wikipedia ? e.mentions.map((m) => ({ ...m, title: e.wikipedia! })) : [],
    );
    add(mention, scoreDocument(doc.mentions, predicted, inKb));
    const t = titleSetCounts(doc.mentions, predicted);
    sets.tp += t.tp;
    sets.fp += t.fp;
    sets.fn += t.fn;
  }
  return { mention, sets };
}

/** The most frequent missed gold titles of a kind, for the developer's eye (EL sets are public dev material). */
function topMissed(score: DocScore, kind: MissKind, n: number): string {
  const counts = new Map<string, number>();
  for (const m of score.missed) if (m.kind === kind) counts.set(m.gold, (counts.get(m.gold) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([t, c]) => `${t}×${c}`)
    .join(' ');
}

async function run({ corpusDir, limit, resources }: EvalOptions): Promise<Record<string, number>> {
  const dir = join(corpusDir, 'el');
  if (!existsSync(dir)) {
    console.log(`no ${dir}: skipped`);
    return {};
  }
  const known = kbTitles(resources.knowledgeBase);
  const inKb = (t: string) => known.has(t);
  const out: Record<string, number> = {};
  const verbose = process.env.EL_VERBOSE === '1';
  console.log(
    `${'set'.padEnd(11)} gold  pred    P      R      F1   | titles/doc P  R      F1   | missed: notInKb notRecog otherSpan wrongTitle`,
  );
  for (const [name, file] of SETS) {
    const docs = readJsonl<ElDoc>(join(dir, file), limit);
    const { mention, sets } = scoreSet(docs, resources, inKb);
    const m = prf(mention);
    const t = prf(sets);
    const misses = KINDS.map((k) => String(mention.misses[k]).padStart(k.length + 1)).join('');
    const cols = `${pct(m.p)}  ${pct(m.r)}  ${pct(m.f1)}   |   ${pct(t.p)}  ${pct(t.r)}  ${pct(t.f1)}   |        ${misses}`;
    console.log(
      `${name.padEnd(11)} ${String(mention.tp + mention.fn).padStart(4)}  ${String(mention.tp + mention.fp).padStart(4)}  ${cols}`,
    );
    if (verbose) for (const k of KINDS) console.log(`    ${k}: ${topMissed(mention, k, 25)}`);
    Object.assign(out, { [`${name}P`]: m.p, [`${name}R`]: m.r, [`${name}F1`]: m.f1, [`${name}TitleF1`]: t.f1 });
  }
  console.log(
    'published end-to-end micro-F1 (ELEVANT, NIL ignored): MSNBC REL 73.2, ReFinED 72.1, GENRE 68.5, WAT 63.4, Spotlight 39.3;',
  );
  console.log(
    '  Reuters-128 ReFinED 56.4, REL 49.4, WAT 45.9, Spotlight 28.3 (none published end-to-end for ACE2004, AQUAINT)',
  );
  return out;
}

export const elEvaluator: Evaluator = { name: 'el', run };
