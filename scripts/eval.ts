// npm run eval -- <corpus-dir> [--only name,name] [--split dev|test] [--limit N] [--json FILE]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EVALUATORS } from './eval/index';
import { loadResources } from './node/resources';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    only: { type: 'string' },
    split: { type: 'string', default: 'test' },
    limit: { type: 'string', default: '0' },
    json: { type: 'string' },
  },
});
if (positionals.length !== 1) {
  console.error('usage: npm run eval -- <corpus-dir> [--only name,name] [--split dev|test] [--limit N] [--json FILE]');
  process.exit(2);
}
const only = values.only?.split(',').map((s) => s.trim());
const split = values.split === 'dev' ? 'dev' : 'test';
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
  });
}
if (values.json) writeFileSync(values.json, JSON.stringify(summary, null, 2));
