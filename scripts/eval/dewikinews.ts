// German WikiNews (../shared/corpus/dewikinews-quotes): „…“ / «…» / »…« detection P/R/F1 and, by the
// mention rule, speaker accuracy (the attributor's cues are English, so that row is informational).
import { join } from 'node:path';
import { analyzeQuotes } from '../../lib/quotes';
import { readNames } from '../../lib/names';
import { readText } from '../../lib/text';
import { articleFromText, readJsonl } from './corpus';
import { matchQuotes, pct, prf, quoteTokens, speakerMatchesMention } from './quote-scoring';
import type { EvalOptions, Evaluator } from './types';

interface Span {
  start: number;
  end: number;
  text: string;
}
interface WikinewsDoc {
  id: string;
  text: string;
  quotes: (Span & { partial: boolean })[];
  speakers: (Span & { quote_index: number; mention_type: string })[];
}

const errorsToShow = Number(process.env.QUOTE_ERRORS ?? 0);

export const dewikinewsEvaluator: Evaluator = {
  name: 'dewikinews',
  async run({ corpusDir, split, limit, resources }: EvalOptions) {
    const docs = readJsonl<WikinewsDoc>(join(corpusDir, 'dewikinews-quotes', `${split}.jsonl`), limit);
    let gold = 0,
      pred = 0,
      matched = 0,
      speakerGold = 0,
      speakerRight = 0,
      shown = 0;
    for (const doc of docs) {
      const article = articleFromText(doc.text);
      // As the panel's pipeline runs it (lib/analyze.ts): the text layer and the name table first.
      const layer = readText(article);
      const names = readNames(layer, { kb: resources.knowledgeBase, gazetteer: resources.gazetteer });
      const quotes = analyzeQuotes(article, layer, names).quotes;
      const goldQuotes = doc.quotes.map((q, index) => ({ ...q, index })).filter((q) => quoteTokens(q.text).length >= 3);
      const predicted = quotes.filter((q) => quoteTokens(q.text).length >= 3);
      gold += goldQuotes.length;
      pred += predicted.length;
      const pairs = matchQuotes(
        goldQuotes.map((q) => q.text),
        predicted.map((q) => q.text),
      );
      matched += pairs.length;
      const hit = new Set(pairs.map(([, pi]) => pi));
      predicted.forEach((p, pi) => {
        if (!hit.has(pi) && shown++ < errorsToShow) console.log(`  + ${doc.id}: not gold „${p.text.slice(0, 70)}“`);
      });
      for (const [gi, pi] of pairs) {
        const source = doc.speakers.find((s) => s.quote_index === goldQuotes[gi].index);
        if (!source) continue;
        speakerGold++;
        if (speakerMatchesMention(predicted[pi], source)) speakerRight++;
      }
    }
    const q = prf(matched, pred, gold);
    const acc = speakerGold ? speakerRight / speakerGold : 0;
    console.log(
      `German WikiNews ${split}: ${docs.length} articles, ${gold} gold quotes (≥ 3 words), ${pred} predicted`,
    );
    console.log(`  quotes        P ${pct(q.p)}  R ${pct(q.r)}  F1 ${pct(q.f1)}`);
    console.log(`  speaker acc   ${pct(acc)}  (${speakerRight}/${speakerGold}, mention rule; English cues only)`);
    return { quoteF1: q.f1, quoteP: q.p, quoteR: q.r, speakerAccuracy: acc };
  },
};
