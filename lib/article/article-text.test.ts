// The extracted article's small text rules, one named case each (issue 18: rules only the whole-page suites touched):
// bylines as pages print them, the menu run above a story, and the element → text walk.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/node/dom';
import { cleanByline } from './byline';
import { dropLeadingChrome } from './chrome-trim';
import { randomStrings } from '../text/random-strings';
import { elementToBlocks, elementToText, joinParagraphs } from './to-text';

describe('cleanByline', () => {
  it('keeps who wrote it, dropping "By" and the agency after a comma only when it is a date', () => {
    expect(cleanByline('By MEG KINNARD, Associated Press')).toBe('MEG KINNARD, Associated Press');
    expect(cleanByline('Written by: Ana Silva')).toBe('Ana Silva');
    expect(cleanByline('  by   Rui   Costa  ')).toBe('Rui Costa');
  });

  it('drops the publication-time tail in its printed forms', () => {
    expect(cleanByline('Sputnik · Published January 12, 2022')).toBe('Sputnik');
    expect(cleanByline('Ana Silva | Updated 3 Feb 2023')).toBe('Ana Silva');
    expect(cleanByline('Ana Silva, Jan. 5, 2024')).toBe('Ana Silva');
    expect(cleanByline('Ana Silva 12 March 2024 10:00')).toBe('Ana Silva');
    expect(cleanByline('Ana Silva 2024-03-12T10:00')).toBe('Ana Silva');
    expect(cleanByline('Ana SilvaPosted yesterday')).toBe('Ana Silva');
  });

  it('refuses what cannot be a byline: empty, only punctuation or digits, or over 120 characters', () => {
    expect(cleanByline(null)).toBeNull();
    expect(cleanByline('')).toBeNull();
    expect(cleanByline('By — ')).toBeNull();
    expect(cleanByline('2024')).toBeNull();
    expect(cleanByline('A'.repeat(120))).toBe('A'.repeat(120));
    expect(cleanByline('A'.repeat(121))).toBeNull();
    expect(cleanByline('Ana Silva —')).toBe('Ana Silva');
  });

  it('"By" is dropped only where the byline starts; a run of trailing separators goes as a whole', () => {
    expect(cleanByline('Ana Silva, edited by Rui Costa')).toBe('Ana Silva, edited by Rui Costa');
    expect(cleanByline('Interview by: Ana Silva')).toBe('Interview by: Ana Silva');
    expect(cleanByline('Ana Silva, —')).toBe('Ana Silva');
    expect(cleanByline('Ana Silva | ·')).toBe('Ana Silva');
  });
});

describe('dropLeadingChrome', () => {
  const story = ['The port reopened on Monday after a week-long strike.', 'Workers returned at dawn.'];

  it('drops a leading run of three or more short unpunctuated blocks', () => {
    expect(dropLeadingChrome(['Sign In', 'Home', 'News', ...story])).toEqual(story);
    expect(dropLeadingChrome(['Sign In', 'Home', 'World news this week', 'Ports', ...story])).toEqual(story);
  });

  it('only a point at the end of a block makes it a sentence: "U.S. News" in a menu is still a menu item', () => {
    expect(dropLeadingChrome(['Sign In', 'U.S. News', 'World', ...story])).toEqual(story);
  });

  it('keeps one or two such blocks (a kicker, a section label), punctuated ones, and never drops everything', () => {
    expect(dropLeadingChrome(['Business', 'Ports', ...story])).toEqual(['Business', 'Ports', ...story]);
    const punctuated = ['Sign In', 'Home.', 'News', ...story];
    expect(dropLeadingChrome(punctuated)).toEqual(punctuated);
    expect(dropLeadingChrome(['Menu', 'Home', 'News'])).toEqual(['Menu', 'Home', 'News']);
    const fiveWords = ['one two three four five', 'Home', 'News', ...story];
    expect(dropLeadingChrome(fiveWords)).toEqual(fiveWords);
    const colon = ['Sign In', 'Home', 'Read:', ...story];
    expect(dropLeadingChrome(colon)).toEqual(colon);
  });

  it('reads a block as the split and the pattern it replaces did, on random blocks', () => {
    // The rule as first written: words by split(' '), the end by an anchored class.
    const chromeLike = (block: string) => block.split(' ').length <= 4 && !/[.!?…:"”»]$/.test(block);
    const pieces = ['Home', 'U.S.', 'News', 'a', '', '…', '”', '»', ':', '"', '!', '?', '.', 'é', '😀', 'x\u00a0y'];
    const blocks = randomStrings(pieces, [' ', '', '', '  ', '.', ':', '\n'], 4000, 11, 6);
    for (const mark of ['.', '!', '?', '…', ':', '"', '”', '»', '']) blocks.push(`More${mark}`, `a b c d${mark}`);
    // Each random block opens a menu run whose other blocks are sure: it is dropped exactly when it reads as chrome.
    for (const block of blocks) {
      const list = [block, 'Home', 'News', ...story];
      expect(dropLeadingChrome(list)).toEqual(chromeLike(block) ? story : list);
    }
  });
});

describe('elementToText', () => {
  const body = (html: string) => parseDocument(`<!doctype html><html><body>${html}</body></html>`).body;

  it('starts a paragraph at each block, collapses whitespace, strips zero-width characters and skips scripts', () => {
    const el = body(
      '<div>First\u200B  line<br>same\u00ADblock</div><p>Second <b>bold</b>\n text</p><script>var x = 1;</script>' +
        '<ul><li>one</li><li>two</li></ul><button>Share</button><span>tail</span>',
    );
    expect(elementToBlocks(el)).toEqual(['First line sameblock', 'Second bold text', 'one', 'two', 'tail']);
  });

  it('table cells are blocks of their own; empty blocks are dropped', () => {
    expect(elementToBlocks(body('<table><tr><td>a</td><td>b</td></tr></table><p> </p><p>c</p>'))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('paragraph offsets point at each block in the joined text', () => {
    const { text, paragraphs } = elementToText(body('<p>Alpha beta.</p><p>Gamma.</p>'));
    expect(text).toBe('Alpha beta.\n\nGamma.');
    expect(paragraphs).toEqual([
      { start: 0, end: 11 },
      { start: 13, end: 19 },
    ]);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Alpha beta.', 'Gamma.']);
    expect(joinParagraphs([])).toEqual({ text: '', paragraphs: [] });
  });
});

describe('elementToBlocks: which tags start a block and which are never text', () => {
  const body = (html: string) => parseDocument(`<!doctype html><html><body>${html}</body></html>`).body;

  // prettier-ignore
  it.each([
    'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody',
    'td', 'th', 'thead', 'tr', 'ul',
  ])('<%s> is a block of its own', (tag) => {
    expect(elementToBlocks(body(`x<${tag}>y</${tag}>z`))).toEqual(['x', 'y', 'z']);
  });

  it('a rule (<hr>) ends a block; a line break (<br>) is a space inside one', () => {
    expect(elementToBlocks(body('x<hr>y'))).toEqual(['x', 'y']);
    expect(elementToBlocks(body('x<br>y'))).toEqual(['x y']);
  });

  it('inline tags and comments join their text to the block around them', () => {
    expect(elementToBlocks(body('<span>a</span><em>b</em><a href="/">c</a>d<!-- note -->e'))).toEqual(['abcde']);
  });

  it.each(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'button', 'select'])(
    'text inside <%s> is not article text',
    (tag) => {
      expect(elementToBlocks(body(`<p>keep <${tag}>hidden</${tag}></p>`))).toEqual(['keep']);
    },
  );

  it('tabs, form feeds, vertical tabs, line ends and no-break spaces collapse to one space', () => {
    expect(elementToBlocks(body('<p>a\u00A0\u00A0b\t\f\vc\r\nd</p>'))).toEqual(['a b c d']);
  });

  it('a run of white space collapses whole wherever its spaces stand; a lone space and an em space stay', () => {
    expect(elementToBlocks(body('<p> a \n b  c \u00A0d\t e f\u2003g\n</p>'))).toEqual(['a b c d e f\u2003g']);
  });

  it('collapses white space exactly as replacing every run of [ \\t\\f\\v\\r\\n\\u00A0] by one space', () => {
    // Random texts of letters and white space (a fixed seed): the block is that replacement, trimmed.
    const alphabet = [' ', ' ', '  ', '\t', '\n', '\r\n', '\f', '\v', '\u00A0', '\u2003', 'x', 'yz'];
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647);
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: 1 + (next() % 12) }, () => alphabet[next() % alphabet.length]).join('');
      const expected = text.replace(/[ \t\f\v\r\n\u00A0]+/g, ' ').trim();
      const doc = parseDocument('<!doctype html><html><body><p></p></body></html>');
      doc.querySelector('p')!.textContent = text;
      expect(elementToBlocks(doc.body)).toEqual(expected ? [expected] : []);
    }
  });

  it('a whole document or a fragment is walked like an element', () => {
    const doc = parseDocument('<!doctype html><html><body><p>one</p><p>two</p></body></html>');
    expect(elementToBlocks(doc)).toEqual(['one', 'two']);
    const fragment = doc.createDocumentFragment();
    fragment.append(doc.createElement('p'), doc.createTextNode('tail'));
    (fragment.firstChild as Element).textContent = 'head';
    expect(elementToBlocks(fragment)).toEqual(['head', 'tail']);
  });
});
