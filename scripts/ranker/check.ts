// Scores the rules through scripts/ranker/data.ts, per set: the figures must equal `npm run eval`'s, or a learned
// component would train on labels the evaluation does not give. Usage: npx tsx scripts/ranker/check.ts CORPUS [train|validation]
import { loadResources } from '../node/resources';
import { judgedQuotes, rankerDocs } from './data';

const [corpus = '../shared/corpus', role = 'train'] = process.argv.slice(2);
if (role !== 'train' && role !== 'validation') throw new Error('role: train or validation');
const resources = await loadResources();
const perSet = new Map<string, { judged: number; right: number; docs: number }>();
for (const doc of rankerDocs(corpus, role)) {
  const analysed = doc.analyze(resources);
  if (!analysed) continue;
  const shown = analysed.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []));
  const tally = perSet.get(doc.set) ?? { judged: 0, right: 0, docs: 0 };
  tally.docs++;
  for (const { quote, gold } of judgedQuotes(doc, analysed.quotes)) {
    if (!gold.scored) continue;
    const q = analysed.quotes[quote];
    tally.judged++;
    if (gold.judge(q.speaker, shown, q.speakerMention)) tally.right++;
  }
  perSet.set(doc.set, tally);
}
for (const [set, { judged, right, docs }] of perSet)
  console.log(`${set.padEnd(24)} ${right}/${judged} (${docs} documents)`);
