// The documents a learned quote component may train on and be validated on, analysed and judged exactly as
// `npm run eval` does (stop 36, issue 17). Training: PolNeAR train half A (even line index of train.jsonl, its
// referents only), PolNeAR train NYT half A, the even halves of quotes-dev-b..j. Validation (never trained on):
// PolNeAR dev, dev NYT, the dev gold pages (`quotes`). Test, train half B and the odd halves are never loaded here:
// every filter is by index, and asserted.
import { join } from 'node:path';
import { readNames } from '../../lib/names';
import { analyzeQuotes } from '../../lib/quotes';
import { readText } from '../../lib/text';
import type { AnalysisResources } from '../../lib/analyze';
import type { Article, Quote } from '../../lib/types';
import { articleFromText, readJsonl } from '../eval/corpus';
import { nytDocs, type PolnearDoc } from '../eval/polnear';
import { judgeSpeaker, loadReferents, sourceKind, type Referent } from '../eval/polnear-speakers';
import { geoTextDocs, pageDocs, type QuoteDoc } from '../eval/quotes-gold';
import { matchQuotes, quoteTokens, speakerMatchesName } from '../eval/quote-scoring';

export const TRAINING_SETS = [
  'polnear-train-A',
  'polnear-nyt-train-A',
  ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((s) => `quotes-dev-${s}-even`),
] as const;
export const VALIDATION_SETS = ['polnear-dev', 'polnear-nyt-dev', 'quotes'] as const;
export type SetName = (typeof TRAINING_SETS)[number] | (typeof VALIDATION_SETS)[number];

/** One gold quote (≥ 3 words), with the eval's own judgement of a shown name. */
export interface GoldSpeakerQuote {
  text: string;
  /** Whether the quote has a gold speaker: the eval scores only those (the others are matched, never judged). */
  scored: boolean;
  /** PolNeAR's source kind as the eval counts it (name / pronoun / nominal); 'page' for the quotes sets. */
  kind: 'name' | 'pronoun' | 'nominal' | 'page';
  /** The gold source as written (PolNeAR) or the gold speaker's name (quotes sets). */
  source: string;
  /**
   * Whether the eval counts `shown` right for this quote. `others`: the other speakers shown in the document
   * (PolNeAR's first-word rule); `mention`: the shown speaker's mention span, used only where PolNeAR has no
   * referent for a pronoun/nominal source (the eval's mention rule).
   */
  judge(shown: string | null, others?: readonly string[], mention?: { start: number; end: number } | null): boolean;
}

export interface RankerDoc {
  /**
   * The group of grouped cross-validation ("polnear-train:<id>", "quotes-dev-c-even:<id>"): one article's copies
   * share it (train A's raw New York Times text and its restored copy in NYT A), so no fold trains on a copy of a
   * document it scores.
   */
  key: string;
  id: string;
  set: SetName;
  role: 'train' | 'validation';
  /** Runs the eval's own pipeline for this document (same article, text layer and names as the eval). */
  analyze(resources: AnalysisResources): { article: Article; quotes: Quote[] } | null;
  /** Gold quotes of ≥ 3 words, in the eval's order (those with `scored` false have no speaker). */
  gold: GoldSpeakerQuote[];
}

/** The gold quote each predicted quote is matched to (the eval's matching: ≥ 3 words, token F1 ≥ 0.5, greedy). */
export function judgedQuotes(doc: RankerDoc, quotes: Quote[]): { quote: number; gold: GoldSpeakerQuote }[] {
  const predicted = quotes.map((q, i) => ({ q, i })).filter(({ q }) => quoteTokens(q.text).length >= 3);
  const pairs = matchQuotes(
    doc.gold.map((g) => g.text),
    predicted.map(({ q }) => q.text),
  );
  return pairs.map(([g, p]) => ({ quote: predicted[p].i, gold: doc.gold[g] }));
}

function polnearDocs(corpusDir: string, split: 'train' | 'dev', nyt: boolean, set: SetName): RankerDoc[] {
  const referents = loadReferents(nyt ? `${split}-nyt` : split);
  const all: (PolnearDoc & { index: number })[] = nyt
    ? nytDocs(corpusDir, split, 0)
    : readJsonl<PolnearDoc>(join(corpusDir, 'polnear', `${split}.jsonl`)).map((d, index) => ({ ...d, index }));
  // Train: half A only (even line index of train.jsonl); half B is held out.
  const docs = split === 'train' ? all.filter((d) => d.index % 2 === 0) : all;
  if (split === 'train' && docs.some((d) => d.index % 2 !== 0)) throw new Error('train half B loaded');
  return docs.map((doc) => {
    // Only this (half A or dev) article's referent entries are read.
    const refs = referents?.get(doc.id);
    const gold: GoldSpeakerQuote[] = [];
    doc.quotes.forEach((q, index) => {
      if (quoteTokens(q.text).length < 3) return;
      const source = doc.speakers.find((s) => s.quote_index === index);
      // A gold quote without a source is matched (it can take a predicted quote) but has no speaker to judge.
      const referent: Referent | undefined = source && refs?.get(`${source.start}:${source.end}`);
      gold.push({
        text: q.text,
        kind: source ? sourceKind(source, referent) : 'name',
        source: source?.text ?? '',
        judge: (shown, others = [], mention = null) =>
          !!source && judgeSpeaker({ speaker: shown, speakerMention: mention }, source, referent, others).right,
        scored: !!source,
      });
    });
    return {
      key: `polnear-${split}:${doc.id}`,
      id: doc.id,
      set,
      role: split === 'train' ? 'train' : 'validation',
      gold,
      analyze: (resources) => {
        // As scripts/eval/polnear.ts runs it.
        const article = articleFromText(doc.text);
        const layer = readText(article);
        const names = readNames(layer, { kb: resources.knowledgeBase, gazetteer: resources.gazetteer });
        return { article, quotes: analyzeQuotes(article, layer, names).quotes };
      },
    };
  });
}

function quoteSetDocs(docs: QuoteDoc[], set: SetName, role: RankerDoc['role'], evenOnly: boolean): RankerDoc[] {
  // Halved sets: the even half (by sorted file order, as the eval halves them) only.
  const kept = docs.map((doc, index) => ({ doc, index })).filter(({ index }) => !evenOnly || index % 2 === 0);
  if (evenOnly && kept.some(({ index }) => index % 2 !== 0)) throw new Error(`${set}: an odd-half document loaded`);
  return kept.map(({ doc }) => ({
    key: `${set}:${doc.id}`,
    id: doc.id,
    set,
    role,
    gold: doc.gold.quotes
      .filter((q) => quoteTokens(q.text).length >= 3)
      .map((q) => ({
        text: q.text,
        kind: 'page' as const,
        source: q.speaker ?? '',
        judge: (shown: string | null) => !!q.speaker && speakerMatchesName(shown, q.speaker, q.aliases),
        scored: !!q.speaker,
      })),
    analyze: (resources) => {
      const a = doc.analyze(resources);
      return a && { article: a.article, quotes: a.quotes };
    },
  }));
}

/** The training documents (role 'train') or the validation documents (role 'validation'). */
export function rankerDocs(corpusDir: string, role: RankerDoc['role']): RankerDoc[] {
  if (role === 'validation')
    return [
      ...polnearDocs(corpusDir, 'dev', false, 'polnear-dev'),
      ...polnearDocs(corpusDir, 'dev', true, 'polnear-nyt-dev'),
      ...quoteSetDocs(pageDocs(corpusDir), 'quotes', 'validation', false),
    ];
  const data = join(import.meta.dirname, '..', 'eval', 'data');
  const halves = ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].flatMap((s) => {
    const name = `quotes-dev-${s}`;
    const folder = join(data, name);
    const docs = s === 'b' ? pageDocs(corpusDir, folder) : geoTextDocs(corpusDir, folder);
    return quoteSetDocs(docs, `${name}-even` as SetName, 'train', true);
  });
  return [
    ...polnearDocs(corpusDir, 'train', false, 'polnear-train-A'),
    ...polnearDocs(corpusDir, 'train', true, 'polnear-nyt-train-A'),
    ...halves,
  ];
}
