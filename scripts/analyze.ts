// npm run analyze -- <file.html | folder> [--url URL] [--json [--text]] [--out DIR]
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeHtml, DEFAULT_URL, toJson } from './node/pipeline';
import { loadResources } from './node/resources';
import { formatSummary } from './node/summary';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    json: { type: 'boolean', default: false },
    // with --json: the article body too (article.text, the text the engines read)
    text: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});

if (positionals.length !== 1) {
  console.error('usage: npm run analyze -- <file.html | folder> [--url URL] [--json [--text]] [--out DIR]');
  process.exit(2);
}

const target = positionals[0];
const files = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => join(target, f))
  : [target];
const resources = await loadResources();
if (values.out) mkdirSync(values.out, { recursive: true });

let failures = 0;
for (const file of files) {
  const name = basename(file, '.html');
  try {
    const html = readFileSync(file, 'utf8');
    const analysis = analyzeHtml(html, values.url ?? DEFAULT_URL, resources);
    const result = analysis ? toJson(analysis, values.text) : { article: null, error: 'no article found on this page' };
    if (values.out) writeFileSync(join(values.out, `${name}.json`), JSON.stringify(result, null, 2));
    else if (values.json) console.log(JSON.stringify(result, null, 2));
    else console.log(analysis ? formatSummary(analysis) : `${name}: no article found on this page`);
    if (!analysis) console.error(`${name}: no article found on this page`);
  } catch (error) {
    failures++;
    console.error(`${name}: failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failures === files.length && files.length > 0 ? 1 : 0;
