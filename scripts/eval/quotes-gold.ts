// Quotes on the project's gold pages (../shared/corpus/gold) and on the quotes development sets B (news pages,
// scripts/eval/data/quotes-dev-b) and C (news texts of the geo sets, scripts/eval/data/quotes-dev-c): quote P/R/F1,
// speaker accuracy on the name the panel shows (name rule; a null speaker is never right), attribution F1, per page
// and overall; precision per rule.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../../lib/analyze';
import type { Analysis } from '../../lib/types';
import { analyzeHtml } from '../node/pipeline';
import { articleFromText, goldPages, readJsonl } from './corpus';
import { matchQuotes, pct, prf, quoteTokens, speakerMatchesName } from './quote-scoring';
import { addRuleColumn, printRuleTable, RuleTally } from './rule-table';
import { HygieneTally, strictlyNamed } from './speaker-hygiene';
import type { EvalOptions, Evaluator } from './types';

export interface GoldQuote {
  text: string;
  speaker: string | null;
  aliases?: string[];
  partial: boolean;
}

/** One annotated document: its id, its gold quotes and how to analyse it (a page through extraction, or a text). */
export interface QuoteDoc {
  id: string;
  gold: { quotes: GoldQuote[] };
  analyze(resources: EvalOptions['resources']): Analysis | null;
}

export function pageDocs(corpusDir: string, folder?: string): QuoteDoc[] {
  return goldPages<{ quotes: GoldQuote[] }>(corpusDir, folder).map((page) => ({
    id: page.id,
    gold: page.gold,
    analyze: (resources) => analyzeHtml(page.html, page.url, resources),
  }));
}

/** The news texts the text sets name, by id, read once per corpus for all of them (six sets read the same files). */
const textsByCorpus = new Map<string, Map<string, string>>();
function newsTexts(corpusDir: string): Map<string, string> {
  let texts = textsByCorpus.get(corpusDir);
  if (texts) return texts;
  texts = new Map<string, string>();
  for (const set of ['lgl', 'geovirus', 'geowebnews'])
    for (const row of readJsonl<{ id: string; text: string }>(join(corpusDir, 'geo', `${set}.jsonl`)))
      texts.set(String(row.id), row.text);
  for (const set of ['msnbc', 'ace2004'])
    for (const row of readJsonl<{ id: string; text: string }>(join(corpusDir, 'el', `${set}.jsonl`)))
      texts.set(`${set}-${row.id}`, row.text);
  textsByCorpus.set(corpusDir, texts);
  return texts;
}

/**
 * Gold files naming a news text by its id, in file order: a text of ../shared/corpus/geo/<set>.jsonl ("lgl-…",
 * "geovirus-…", "gwn-…", as the set writes it) or of ../shared/corpus/el/<set>.jsonl, prefixed with the set's name
 * ("msnbc-16442287", "ace2004-20001115_AFP_ARB.0093.eng").
 */
export function geoTextDocs(corpusDir: string, folder: string): QuoteDoc[] {
  const texts = newsTexts(corpusDir);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(folder, f), 'utf8')) as { id: string; quotes: GoldQuote[] };
      const text = texts.get(gold.id);
      if (text === undefined) throw new Error(`${f}: no text ${gold.id} in ${corpusDir}/geo or ${corpusDir}/el`);
      return { id: gold.id, gold, analyze: (resources) => analyzeArticle(articleFromText(text), resources) };
    });
}

const errorsToShow = Number(process.env.QUOTE_ERRORS ?? 0);

/** Counts over a set of pages, summed page by page. */
class QuoteTally {
  gold = 0;
  pred = 0;
  matched = 0;
  speakerGold = 0;
  speakerRight = 0;
  /** Right by the strict test too (speaker-hygiene.ts): every shown word a word of the gold name or an alias. */
  strictRight = 0;
  readonly rules = new RuleTally();
  readonly hygiene = new HygieneTally();

  figures() {
    const q = prf(this.matched, this.pred, this.gold);
    // A prediction counts for attribution only when its quote matches and its speaker is right.
    const att = prf(this.speakerRight, this.pred, this.gold);
    const acc = this.speakerGold ? this.speakerRight / this.speakerGold : 0;
    return { quoteF1: q.f1, quoteP: q.p, quoteR: q.r, speakerAccuracy: acc, attributionF1: att.f1 };
  }

  /** This tally plus another (rule counts not included). */
  plus(other: QuoteTally): QuoteTally {
    const sum = new QuoteTally();
    for (const k of ['gold', 'pred', 'matched', 'speakerGold', 'speakerRight', 'strictRight'] as const)
      sum[k] = this[k] + other[k];
    return sum;
  }

  line(label: string): string {
    const f = this.figures();
    return `${label} P ${pct(f.quoteP)} R ${pct(f.quoteR)} F1 ${pct(f.quoteF1)}; speaker accuracy ${pct(f.speakerAccuracy)} (${this.speakerRight}/${this.speakerGold}); attribution F1 ${pct(f.attributionF1)}`;
  }

  /** The strict speaker figure and the shown-speaker hygiene of the readable pages, below the official line. */
  readableLines(): string[] {
    const strict = this.speakerGold ? this.strictRight / this.speakerGold : 0;
    const lines = [
      `  speaker STRICT ${pct(strict)} (${this.strictRight}/${this.speakerGold}; every shown word, titles aside, a word of the gold name or an alias; not the official figure)`,
      `  ${this.hygiene.line()}`,
    ];
    return errorsToShow ? [...lines, ...this.hygiene.listing()] : lines;
  }
}

/** Scores one page into `tally`; lists its errors (QUOTE_ERRORS) only when `readable`. Returns the page's row. */
function scorePage(page: QuoteDoc, tally: QuoteTally, resources: EvalOptions['resources'], readable: boolean) {
  const analysis = page.analyze(resources);
  const goldQuotes = page.gold.quotes.filter((q) => quoteTokens(q.text).length >= 3);
  const predicted = (analysis?.quotes ?? []).filter((q) => quoteTokens(q.text).length >= 3);
  const pairs = matchQuotes(
    goldQuotes.map((q) => q.text),
    predicted.map((q) => q.text),
  );
  const show = readable && errorsToShow > 0;
  if (readable) for (const p of predicted) tally.hygiene.add(p.speaker, analysis?.article.text ?? '');
  let pageSpeakers = 0,
    pageRight = 0;
  for (const [gi, pi] of pairs) {
    const g = goldQuotes[gi];
    if (!g.speaker) continue;
    pageSpeakers++;
    const right = speakerMatchesName(predicted[pi].speaker, g.speaker, g.aliases);
    if (readable) tally.rules.add(predicted[pi], right);
    if (right) pageRight++;
    if (right && readable && strictlyNamed(predicted[pi].speaker, [g.speaker, ...(g.aliases ?? [])]))
      tally.strictRight++;
    else if (right && show)
      console.log(`  ≠ strict “${g.text.slice(0, 40)}” gold=${g.speaker} shown=${predicted[pi].speaker}`);
    else if (show) console.log(`  ✗ “${g.text.slice(0, 50)}” gold=${g.speaker} predicted=${predicted[pi].speaker}`);
  }
  if (show) {
    const matchedGold = new Set(pairs.map(([g]) => g));
    goldQuotes.forEach((g, i) => !matchedGold.has(i) && console.log(`  missed “${g.text.slice(0, 70)}”`));
    const matchedPred = new Set(pairs.map(([, p]) => p));
    predicted.forEach((p, i) => !matchedPred.has(i) && console.log(`  extra “${p.text.slice(0, 70)}”`));
  }
  tally.gold += goldQuotes.length;
  tally.pred += predicted.length;
  tally.matched += pairs.length;
  tally.speakerGold += pageSpeakers;
  tally.speakerRight += pageRight;
  const q = prf(pairs.length, predicted.length, goldQuotes.length);
  return `${page.id.padEnd(26)}${String(goldQuotes.length).padStart(4)}${String(predicted.length).padStart(6)}${pct(q.p)}${pct(q.r)}${pct(q.f1)}  ${pageRight}/${pageSpeakers}`;
}

const HEADER = 'page'.padEnd(26) + 'gold  pred     P      R     F1   speaker';

export const quotesGoldEvaluator: Evaluator = {
  name: 'quotes',
  async run({ corpusDir, resources }: EvalOptions) {
    const tally = new QuoteTally();
    console.log(HEADER);
    for (const page of pageDocs(corpusDir)) console.log(scorePage(page, tally, resources, true));
    console.log(tally.line('overall quotes'));
    tally.readableLines().forEach((l) => console.log(l));
    printRuleTable(tally.rules, 'dev gold');
    addRuleColumn('dev gold', tally.rules);
    const { quoteF1, speakerAccuracy, attributionF1 } = tally.figures();
    return { quoteF1, speakerAccuracy, attributionF1 };
  },
};

/**
 * A quotes development set in halves by sorted file order, as the place sets: the even half's documents, errors and
 * rule counts may be read; the odd half is a check that a rule fitted on the even half holds on documents nobody
 * read, so it prints only with --held-out, as one line.
 */
function halvedQuoteSet(name: string, docsOf: (corpusDir: string, folder: string) => QuoteDoc[]): Evaluator {
  return {
    name,
    async run({ corpusDir, resources, heldOut }: EvalOptions) {
      const folder = join(import.meta.dirname, 'data', name);
      if (!existsSync(folder)) return {};
      const docs = docsOf(corpusDir, folder);
      const halves = [new QuoteTally(), new QuoteTally()];
      console.log(`${name} set (${docs.length} documents, scripts/eval/data/${name}; even half shown)`);
      console.log(HEADER);
      docs.forEach((doc, i) => {
        const even = i % 2 === 0;
        if (!even && !heldOut) return;
        const row = scorePage(doc, halves[i % 2], resources, even);
        if (even) console.log(row);
      });
      console.log(halves[0].line('even pages quotes'));
      halves[0].readableLines().forEach((l) => console.log(l));
      printRuleTable(halves[0].rules, `${name} even`);
      addRuleColumn(`${name} even`, halves[0].rules);
      const out: Record<string, number> = {};
      for (const [k, v] of Object.entries(halves[0].figures())) out[`even.${k}`] = v;
      if (heldOut) {
        console.log(halves[1].line('odd pages quotes (held out: aggregate only)'));
        console.log(halves[0].plus(halves[1]).line('all pages quotes'));
        for (const [k, v] of Object.entries(halves[1].figures())) out[`odd.${k}`] = v;
      }
      return out;
    },
  };
}

/** Quotes development set B: 24 general-news pages annotated from their texts alone (its README). */
export const quotesDevBEvaluator = halvedQuoteSet('quotes-dev-b', pageDocs);

/** Quotes development set C: local and general news texts of the LGL and GeoVirus sets' even (readable) halves,
 * annotated from the texts alone (its README). The texts have no paragraph breaks. */
export const quotesDevCEvaluator = halvedQuoteSet('quotes-dev-c', geoTextDocs);

/** Quotes development set D: international news texts of the GeoWebNews set's even (readable) half, annotated from
 * the texts alone (its README). */
export const quotesDevDEvaluator = halvedQuoteSet('quotes-dev-d', geoTextDocs);

/** Quotes development set E: 16 more GeoWebNews even-half texts, labelled by the rulings of set D (its README). */
export const quotesDevEEvaluator = halvedQuoteSet('quotes-dev-e', geoTextDocs);

/** Quotes development set F: 30 more LGL and GeoVirus even-half texts (local news), made in stop 34 as a fresh sample
 * before more rules for everyday prose (its README). */
export const quotesDevFEvaluator = halvedQuoteSet('quotes-dev-f', geoTextDocs);

/** Quotes development set G: 30 more LGL, GeoVirus and GeoWebNews even-half texts, drawn after set F (its README). */
export const quotesDevGEvaluator = halvedQuoteSet('quotes-dev-g', geoTextDocs);

/** Quotes development set H: general news texts of the MSNBC and ACE 2004 entity-linking sets and 7 more geo even-half
 * texts (its README). */
export const quotesDevHEvaluator = halvedQuoteSet('quotes-dev-h', geoTextDocs);

/** Quotes development set I: 30 more LGL, GeoVirus and GeoWebNews even-half texts, drawn in stop 35 as a fresh check
 * that no one had read while that stop's rules were written (its README). */
export const quotesDevIEvaluator = halvedQuoteSet('quotes-dev-i', geoTextDocs);

/** Quotes development set J: the 33 LGL, GeoVirus and GeoWebNews even-half texts left after set I, drawn in stop 36
 * (its README). */
export const quotesDevJEvaluator = halvedQuoteSet('quotes-dev-j', geoTextDocs);
