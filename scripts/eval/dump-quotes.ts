// Dumps every predicted quote of a PolNeAR split (id, start, speaker, rule) as TSV, to compare two engine versions.
import { join } from 'node:path';
import { analyzeQuotes } from '../../lib/quotes';
import { articleFromText, readJsonl } from './corpus';

const [corpusDir, split] = process.argv.slice(2);
for (const doc of readJsonl<{ id: string; text: string }>(join(corpusDir, 'polnear', `${split}.jsonl`), 0)) {
  for (const q of analyzeQuotes(articleFromText(doc.text)).quotes) {
    console.log([doc.id, q.start, q.speaker ?? '-', q.rule ?? '', q.text.slice(0, 50)].join('\t'));
  }
}
