// Page kinds that attack the markup: broken, deep, huge or strange HTML around a plausible article.
import type { Rng } from './prng';
import { articleParagraphs, escapeAttr, escapeText, quoteParagraph, sentence } from './text-material';

export interface Limits {
  /** Bytes of text for the "huge" kinds (10 MB in the full run). */
  hugeBytes: number;
  /** Nesting depth for the "deep" kinds (50,000 in the full run). */
  depth: number;
  /** Paragraph count for "many paragraphs" (thousands in the full run). */
  manyParagraphs: number;
}

export type PageBuilder = (rng: Rng, limits: Limits) => string;

export function page(body: string, head = '<title>Generated page</title>', htmlAttrs = 'lang="en"'): string {
  return `<!DOCTYPE html><html ${htmlAttrs}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

function article(rng: Rng, paragraphs: number): string {
  return `<article><h1>${escapeText(sentence(rng))}</h1>${articleParagraphs(rng, paragraphs)}</article>`;
}

const unclosedTags: PageBuilder = (rng) => {
  const tags = ['p', 'div', 'b', 'i', 'span', 'a href="/x"', 'table', 'td', 'li', 'ul', 'blockquote', 'article'];
  const parts: string[] = [];
  for (let i = 0; i < rng.int(20, 200); i++) {
    parts.push(`<${rng.pick(tags)}>${escapeText(rng.chance(0.5) ? quoteParagraph(rng) : sentence(rng))}`);
    if (rng.chance(0.2)) parts.push(`</${rng.pick(tags).split(' ')[0]}>`);
    if (rng.chance(0.05)) parts.push('<p <div <<>> </ <a href="');
  }
  // Sometimes cut the document off mid-tag, as a truncated download would.
  const html = page(parts.join(''));
  return rng.chance(0.5) ? html.slice(0, rng.int(Math.floor(html.length / 2), html.length)) : html;
};

const deepNesting: PageBuilder = (rng, { depth }) => {
  const tag = rng.pick(['div', 'section', 'blockquote', 'div class="wrap"']);
  const close = tag.split(' ')[0];
  const inner = article(rng, rng.int(5, 15));
  return page(`<${tag}>`.repeat(depth) + inner + `</${close}>`.repeat(rng.chance(0.5) ? depth : 0));
};

const deepInlineNesting: PageBuilder = (rng, { depth }) => {
  const tag = rng.pick(['span', 'b', 'i', 'em', 'a href="#"', 'font']);
  const text = escapeText(quoteParagraph(rng));
  return page(`${article(rng, 6)}<p>${`<${tag}>${rng.pick(['', 'x ', '“'])}`.repeat(depth)}${text}</p>`);
};

const hugeAttributes: PageBuilder = (rng, { hugeBytes }) => {
  const value = escapeAttr('x"><script>alert(1)</script>'.repeat(Math.floor(hugeBytes / 10 / 28)));
  const many = Array.from({ length: rng.int(100, 3000) }, (_, i) => `data-a${i}="${i}"`).join(' ');
  return page(`<div class="${value}" ${many} style="${value}">${article(rng, 10)}</div><img alt="${value}">`);
};

const scriptLaden: PageBuilder = (rng) => {
  const scripts: string[] = [];
  for (let i = 0; i < rng.int(50, 500); i++) {
    const body = rng.pick([
      'document.write("<p>“injected quote,” said Nobody.</p>")',
      'var s = "</div><p>" + "“x”"; // </p>',
      `window.__DATA__ = ${JSON.stringify({ text: quoteParagraph(rng) })};`,
      'if (a < b && c > d) { /* <!-- */ }',
    ]);
    scripts.push(`<script>${body}</script>`, `<p>${escapeText(sentence(rng))}</p>`);
  }
  return page(`<article>${scripts.join('')}</article><script>${'x'.repeat(100000)}</script>`);
};

const commentsAndForeign: PageBuilder = (rng) => {
  // prettier-ignore
  const bits = [
    '<!-- unclosed comment', '<![CDATA[ “not a quote,” said CDATA ]]>', '<template><p>“hidden,” said T.</p></template>',
    '<svg><text>“svg quote,” said Svg</text><foreignObject><p>inside</p></foreignObject></svg>',
    '<math><mi>x</mi><mtext>“math”</mtext></math>', '<noscript><p>“noscript,” said N.</p></noscript>',
    '<iframe srcdoc="<p>“iframe,” said I.</p>"></iframe>', '<frameset><frame src="x"></frameset>', '<plaintext>',
    '<xmp><p>literal</p></xmp>', '<textarea><p>“ta”</p>', '<select><option>',
  ];
  const parts: string[] = [];
  for (let i = 0; i < 12; i++) parts.push(articleParagraphs(rng, 2), rng.pick(bits));
  return page(parts.join(''));
};

const tableSoup: PageBuilder = (rng) => {
  const rows: string[] = [];
  for (let r = 0; r < rng.int(50, 400); r++) {
    const cells = Array.from(
      { length: rng.int(1, 20) },
      () => `<td>${escapeText(quoteParagraph(rng))}<table><tr><td>x`,
    );
    rows.push(`<tr>${cells.join('')}`);
  }
  return page(`<table>${rows.join('')}</table>${article(rng, 5)}`);
};

const brokenMetadata: PageBuilder = (rng) => {
  const junk = rng.pick([
    'javascript:alert(1)',
    'http://[::1',
    '::::',
    '',
    '%',
    'data:text/html,<script>alert(1)</script>',
  ]);
  const huge = escapeAttr('Title '.repeat(rng.int(1, 50000)));
  const head = [
    `<title>${huge}</title>`,
    `<link rel="canonical" href="${escapeAttr(junk)}">`,
    `<base href="${escapeAttr(junk)}">`,
    `<meta property="og:title" content="${huge}">`,
    `<meta name="author" content="<img src=x onerror=alert(1)>">`,
    `<meta property="article:published_time" content="${rng.pick(['not a date', '99999-99-99', ''])}">`,
  ].join('');
  const attrs = `lang="${escapeAttr(rng.pick(['', 'xx-INVALID', 'en"', 'ar']))}" dir="${rng.pick(['rtl', 'sideways', ''])}"`;
  return page(article(rng, rng.int(3, 20)), head, attrs);
};

const malformedJsonLd: PageBuilder = (rng) => {
  const bodies = [
    '{"@type": "NewsArticle", "headline": "Broken',
    '[[[[[[[[[[[[[[[[[[[[',
    '{"@graph": [null, 1, "x", {"@type": []}]}',
    '{"@type":"NewsArticle","author":{"name":{"name":{"name":42}}},"datePublished":{}}',
    '{"@type":"NewsArticle","headline":"<img src=x onerror=alert(1)>","author":[null,{"@type":"Person"}]}',
    `{"a":${'['.repeat(20000)}${']'.repeat(20000)}}`,
    '<!-- "not json" -->',
    'undefined',
    '"\\ud800"',
  ];
  const scripts = Array.from(
    { length: rng.int(1, 5) },
    () => `<script type="application/ld+json">${rng.pick(bodies)}</script>`,
  );
  return page(article(rng, rng.int(4, 12)), `<title>${escapeText(sentence(rng))}</title>${scripts.join('')}`);
};

export const MARKUP_KINDS: Record<string, PageBuilder> = {
  'unclosed-tags': unclosedTags,
  'deep-nesting': deepNesting,
  'deep-inline-nesting': deepInlineNesting,
  'huge-attributes': hugeAttributes,
  'script-laden': scriptLaden,
  'comments-and-foreign': commentsAndForeign,
  'table-soup': tableSoup,
  'broken-metadata': brokenMetadata,
  'malformed-json-ld': malformedJsonLd,
};
