// Quotes on the project's gold pages (../shared/corpus/gold): quote P/R/F1, speaker accuracy on the name the panel
// shows (name rule; a null speaker is never right), attribution F1, per page and overall; precision per rule.
import { analyzeHtml } from '../node/pipeline';
import { goldPages } from './corpus';
import { matchQuotes, pct, prf, quoteTokens, speakerMatchesName } from './quote-scoring';
import { addRuleColumn, printRuleTable, RuleTally } from './rule-table';
import type { EvalOptions, Evaluator } from './types';

interface GoldQuote {
  text: string;
  speaker: string | null;
  aliases?: string[];
  partial: boolean;
}

const errorsToShow = Number(process.env.QUOTE_ERRORS ?? 0);

export const quotesGoldEvaluator: Evaluator = {
  name: 'quotes',
  async run({ corpusDir, resources }: EvalOptions) {
    let gold = 0,
      pred = 0,
      matched = 0,
      speakerGold = 0,
      speakerRight = 0,
      attributed = 0;
    const rules = new RuleTally();
    console.log('page'.padEnd(26) + 'gold  pred     P      R     F1   speaker');
    for (const page of goldPages<{ quotes: GoldQuote[] }>(corpusDir)) {
      const analysis = analyzeHtml(page.html, page.url, resources);
      const goldQuotes = page.gold.quotes.filter((q) => quoteTokens(q.text).length >= 3);
      const predicted = (analysis?.quotes ?? []).filter((q) => quoteTokens(q.text).length >= 3);
      const pairs = matchQuotes(
        goldQuotes.map((q) => q.text),
        predicted.map((q) => q.text),
      );
      let pageSpeakers = 0,
        pageRight = 0;
      for (const [gi, pi] of pairs) {
        const g = goldQuotes[gi];
        if (!g.speaker) continue;
        pageSpeakers++;
        const right = speakerMatchesName(predicted[pi].speaker, g.speaker, g.aliases);
        rules.add(predicted[pi], right);
        if (right) pageRight++;
        else if (errorsToShow)
          console.log(`  ✗ “${g.text.slice(0, 50)}” gold=${g.speaker} predicted=${predicted[pi].speaker}`);
      }
      if (errorsToShow) {
        const matchedGold = new Set(pairs.map(([g]) => g));
        goldQuotes.forEach((g, i) => !matchedGold.has(i) && console.log(`  missed “${g.text.slice(0, 70)}”`));
        const matchedPred = new Set(pairs.map(([, p]) => p));
        predicted.forEach((p, i) => !matchedPred.has(i) && console.log(`  extra “${p.text.slice(0, 70)}”`));
      }
      gold += goldQuotes.length;
      pred += predicted.length;
      matched += pairs.length;
      speakerGold += pageSpeakers;
      speakerRight += pageRight;
      attributed += pageRight;
      const q = prf(pairs.length, predicted.length, goldQuotes.length);
      console.log(
        `${page.id.padEnd(26)}${String(goldQuotes.length).padStart(4)}${String(predicted.length).padStart(6)}${pct(q.p)}${pct(q.r)}${pct(q.f1)}  ${pageRight}/${pageSpeakers}`,
      );
    }
    const q = prf(matched, pred, gold);
    const att = prf(attributed, pred, gold);
    const acc = speakerGold ? speakerRight / speakerGold : 0;
    console.log(
      `overall quotes P ${pct(q.p)} R ${pct(q.r)} F1 ${pct(q.f1)}; speaker accuracy ${pct(acc)} (${speakerRight}/${speakerGold}); attribution F1 ${pct(att.f1)}`,
    );
    printRuleTable(rules, 'dev gold');
    addRuleColumn('dev gold', rules);
    return { quoteF1: q.f1, speakerAccuracy: acc, attributionF1: att.f1 };
  },
};
