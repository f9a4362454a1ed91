// What the quote-change watch's stored article copy costs: every corpus page is extracted, its copy (title, byline,
// date, text as JSON) gzip-compressed as the extension does (CompressionStream), and sizes reported against the
// budget (≤ 30 KB per article on average). Not in CI: `npx tsx scripts/article-copy-size.ts [pages dir]`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../lib/article/extract';
import { COPY_BUDGET_PER_ARTICLE, copyOf } from '../lib/notes/article-copy';
import { gzip, toBase64 } from '../services/compress';
import { parseDocument } from './node/dom';

const DIR = resolve(process.argv[2] ?? '../shared/corpus/pages');
const sizes: { file: string; raw: number; gz: number; b64: number }[] = [];
for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const article = extractArticle(parseDocument(readFileSync(join(DIR, file), 'utf8')), 'https://example.invalid/a', {
    disposable: true,
  });
  if (!article) continue;
  const json = JSON.stringify(copyOf(article));
  const packed = await gzip(json);
  sizes.push({ file, raw: new TextEncoder().encode(json).length, gz: packed.length, b64: toBase64(packed).length });
}
const mean = (k: 'raw' | 'gz' | 'b64') => sizes.reduce((s, x) => s + x[k], 0) / sizes.length / 1024;
const sorted = [...sizes].sort((a, b) => a.gz - b.gz);
const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].gz / 1024).toFixed(1);
console.log(`Articles: ${sizes.length}`);
console.log(
  `Mean per article: text+metadata ${mean('raw').toFixed(1)} KB → gzip ${mean('gz').toFixed(1)} KB → stored (base64) ${mean('b64').toFixed(1)} KB`,
);
console.log(`gzip median ${at(0.5)} KB, p90 ${at(0.9)} KB, max ${at(1)} KB (${sorted.at(-1)!.file})`);
console.log(
  `Over the per-article budget (${COPY_BUDGET_PER_ARTICLE / 1024} KB gzip): ${sizes.filter((s) => s.gz > COPY_BUDGET_PER_ARTICLE).length}`,
);
