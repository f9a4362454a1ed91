// Page kinds that attack the text: huge, junk, quote-mark soup, scripts and invisible characters.
import { page, type PageBuilder } from './markup-kinds';
import { articleParagraphs, escapeText, personName, placeName, quoteParagraph, sentence, words } from './text-material';

const plainArticle: PageBuilder = (rng) =>
  page(`<article><h1>${escapeText(sentence(rng))}</h1>${articleParagraphs(rng, rng.int(4, 40))}</article>`);

const hugeText: PageBuilder = (rng, { hugeBytes }) => {
  const parts: string[] = [];
  let size = 0;
  while (size < hugeBytes) {
    const p = `<p>${escapeText(rng.chance(0.4) ? quoteParagraph(rng) : `${sentence(rng)} ${sentence(rng)}`)}</p>`;
    parts.push(p);
    size += p.length;
  }
  return page(`<article>${parts.join('\n')}</article>`);
};

const hugeParagraph: PageBuilder = (rng, { hugeBytes }) => {
  const unit = escapeText(`${quoteParagraph(rng)} `);
  return page(
    `<article><p>${unit.repeat(Math.ceil(hugeBytes / 4 / unit.length))}</p>${articleParagraphs(rng, 5)}</article>`,
  );
};

const longToken: PageBuilder = (rng, { hugeBytes }) => {
  const token = rng.pick(['a', 'A', '.', '-', "'", '“', 'Ab']).repeat(Math.floor(hugeBytes / 10));
  return page(
    `<article>${articleParagraphs(rng, 5)}<p>${escapeText(token)}</p><p>${escapeText(`"${token}," said ${personName(rng)}.`)}</p></article>`,
  );
};

const binaryJunk: PageBuilder = (rng) => {
  const codes: number[] = [];
  for (let i = 0; i < rng.int(1000, 200000); i++) codes.push(rng.chance(0.7) ? rng.int(0, 255) : rng.int(0, 0xffff));
  let junk = '';
  for (let i = 0; i < codes.length; i += 4096) junk += String.fromCharCode(...codes.slice(i, i + 4096));
  return rng.chance(0.5) ? junk : page(`<p>${junk}</p>${articleParagraphs(rng, 3)}<p>${junk}`);
};

const onlyQuotes: PageBuilder = (rng) => {
  const ps = Array.from({ length: rng.int(5, 200) }, () => `<p>“${escapeText(words(rng, rng.int(3, 40)))}”</p>`);
  return page(`<article>${ps.join('')}</article>`);
};

const unbalancedQuotes: PageBuilder = (rng, { hugeBytes }) => {
  const marks = ['"', '“', '”', '„', '‘', '’', '«', '»', '‹', '›', '「', '」', "'"];
  const ps: string[] = [];
  for (let i = 0; i < rng.int(10, 60); i++) {
    const shape = rng.int(0, 3);
    if (shape === 0) ps.push(`${rng.pick(marks)}${words(rng, rng.int(50, 2000))}`);
    else if (shape === 1) ps.push(rng.pick(marks).repeat(rng.int(100, Math.max(200, Math.floor(hugeBytes / 200)))));
    else if (shape === 2)
      ps.push(Array.from({ length: 500 }, () => `${rng.pick(marks)}${words(rng, 2)}`).join(' said '));
    else ps.push(`${quoteParagraph(rng)} “${words(rng, 30)} ${personName(rng)} said “${words(rng, 30)}`);
  }
  return page(`<article>${ps.map((p) => `<p>${escapeText(p)}</p>`).join('')}</article>`);
};

const RTL_SNIPPETS = [
  'قال الرئيس “إن الوضع مستقر” في الرياض.',
  'אמר ראש הממשלה: "המצב יציב" בירושלים.',
  '«بیانیه» در تهران',
];
const OTHER_SCRIPTS = [
  'Президент сказал: «Всё спокойно».',
  '首相は「問題ない」と述べた。',
  'अध्यक्ष ने कहा, "सब ठीक है।"',
  'Ο υπουργός είπε: «Όλα καλά».',
];
const BIDI = ['\u202E', '\u202B', '\u2067', '\u200F', '\u061C', '\u202C', '\u2069'];

const rtlMixed: PageBuilder = (rng) => {
  const ps = Array.from({ length: rng.int(5, 60) }, () =>
    [rng.pick(RTL_SNIPPETS), rng.pick(BIDI), quoteParagraph(rng), rng.pick(OTHER_SCRIPTS), rng.pick(BIDI)].join(' '),
  );
  const dir = rng.pick(['rtl', 'ltr', 'auto']);
  return page(
    `<article dir="${dir}">${ps.map((p) => `<p>${escapeText(p)}</p>`).join('')}</article>`,
    '<title>خبر</title>',
    `lang="ar" dir="${dir}"`,
  );
};

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u180E'];

const zeroWidth: PageBuilder = (rng) => {
  const sprinkle = (text: string) => [...text].map((ch) => (rng.chance(0.3) ? ch + rng.pick(ZERO_WIDTH) : ch)).join('');
  const ps = Array.from({ length: rng.int(5, 40) }, () => `<p>${escapeText(sprinkle(quoteParagraph(rng)))}</p>`);
  const wall = rng.pick(ZERO_WIDTH).repeat(rng.int(1000, 100000));
  return page(`<article>${ps.join('')}<p>${wall}</p><p>“${wall}” said ${wall}</p></article>`);
};

const unicodeStress: PageBuilder = (rng) => {
  const zalgo = (text: string) => [...text].map((ch) => ch + '\u0301\u0316\u0344'.repeat(rng.int(0, 30))).join('');
  // prettier-ignore
  const bits = [
    '\uD800', '\uDFFF', '\u0000', '\u0007', '😀👩‍👩‍👧‍👦', '𝕿𝖍𝖊 𝕻𝖗𝖊𝖘𝖎𝖉𝖊𝖓𝖙', '\uFFFD',
    '\r\r\n\u2028\u2029',
  ];
  const ps = Array.from(
    { length: rng.int(5, 40) },
    () => `<p>${escapeText(`${rng.pick(bits)}${zalgo(quoteParagraph(rng))}${rng.pick(bits)}`)}</p>`,
  );
  return page(`<article>${ps.join('')}</article>`);
};

const manyParagraphs: PageBuilder = (rng, { manyParagraphs }) =>
  page(`<article>${articleParagraphs(rng, rng.int(Math.floor(manyParagraphs / 2), manyParagraphs))}</article>`);

const nameSoup: PageBuilder = (rng) => {
  const ps = Array.from({ length: rng.int(20, 200) }, () =>
    Array.from({ length: 20 }, () =>
      rng.pick([personName(rng), placeName(rng), 'said', 'He', 'She', 'told', '“', '”', 'the President']),
    ).join(' '),
  );
  return page(`<article>${ps.map((p) => `<p>${escapeText(p)}.</p>`).join('')}</article>`);
};

const hostileText: PageBuilder = (rng) => {
  // prettier-ignore
  const evil = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', '=HYPERLINK("http://x")', '+cmd|" /C calc"!A0', '@SUM(1+1)', '-2+3', '{{constructor.constructor("alert(1)")()}}', '__proto__'];
  const ps = Array.from({ length: rng.int(5, 30) }, () => {
    const e = rng.pick(evil);
    return `<p>“${escapeText(e)} ${escapeText(words(rng, 6))},” said ${escapeText(rng.pick([e, personName(rng)]))}. <a href="javascript:alert(1)">${escapeText(e)}</a></p>`;
  });
  return page(
    `<article><h1>${escapeText(rng.pick(evil))}</h1>${ps.join('')}</article>`,
    `<title>${escapeText(rng.pick(evil))}</title>`,
  );
};

const emptyish: PageBuilder = (rng) =>
  rng.pick([
    '',
    ' ',
    '<!DOCTYPE html>',
    '<html>',
    '<html><body></body></html>',
    'just some text',
    '<p>',
    '\u0000',
    page(''),
    page('<article></article>'),
  ]);

export const TEXT_KINDS: Record<string, PageBuilder> = {
  'plain-article': plainArticle,
  'huge-text': hugeText,
  'huge-paragraph': hugeParagraph,
  'long-token': longToken,
  'binary-junk': binaryJunk,
  'only-quotes': onlyQuotes,
  'unbalanced-quotes': unbalancedQuotes,
  'rtl-mixed-scripts': rtlMixed,
  'zero-width': zeroWidth,
  'unicode-stress': unicodeStress,
  'many-paragraphs': manyParagraphs,
  'name-soup': nameSoup,
  'hostile-text': hostileText,
  'empty-ish': emptyish,
};
