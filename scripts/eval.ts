// npm run eval -- <corpus-dir> [--only name,name] [--split dev|train|test] [--limit N] [--json FILE] [--held-out]
// The split defaults to dev: the test split is scored only to report, never while developing.
// --held-out also prints the odd halves of the halved dev sets (place roles, quotes-dev-b): the lead's end-of-stop report only.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EVALUATORS } from './eval/index';
import { loadResources } from './node/resources';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    only: { type: 'string' },
    split: { type: 'string', default: 'dev' },
    limit: { type: 'string', default: '0' },
    json: { type: 'string' },
    'held-out': { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  console.error(
    'usage: npm run eval -- <corpus-dir> [--only name,name] [--split dev|train|test] [--limit N] [--json FILE] [--held-out]',
  );
  process.exit(2);
}
const only = values.only?.split(',').map((s) => s.trim());
const SPLITS = ['dev', 'train', 'test'] as const;
const split = SPLITS.find((s) => s === values.split);
if (!split) {
  console.error(`unknown split ${values.split}: dev, train or test`);
  process.exit(2);
}
// The test split is held out: scored once, for the report at the end of a stop.
if (split === 'test' && !values['held-out']) {
  console.error('the test split is held out: add --held-out (for the end-of-stop report only)');
  process.exit(2);
}
const resources = await loadResources();
const summary: Record<string, Record<string, number>> = {};
for (const evaluator of EVALUATORS) {
  if (only && !only.includes(evaluator.name)) continue;
  console.log(`\n=== ${evaluator.name} ===`);
  summary[evaluator.name] = await evaluator.run({
    corpusDir: positionals[0],
    split,
    limit: Number(values.limit) || 0,
    resources,
    heldOut: values['held-out'],
  });
}
if (values.json) writeFileSync(values.json, JSON.stringify(summary, null, 2));
