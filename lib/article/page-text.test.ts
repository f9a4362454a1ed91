// page-text: finding article passages again in a live page (jsdom here) and marking them.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clearMarks, locate, markPassages, MARK_ATTR, nearestPassage } from './page-text';

const page = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`).window.document;
const marked = (doc: Document) => Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`)).map((m) => m.textContent);

describe('locate', () => {
  const text = 'He said no. Then she said no. Later they said no again.';

  it('without context, the first occurrence; -1 when absent or empty', () => {
    expect(locate(text, { exact: 'said no', prefix: '', suffix: '' })).toBe(3);
    expect(locate(text, { exact: 'said yes', prefix: '', suffix: '' })).toBe(-1);
    expect(locate(text, { exact: '   ', prefix: '', suffix: '' })).toBe(-1);
  });

  it('the occurrence whose prefix and suffix match wins over earlier ones', () => {
    expect(locate(text, { exact: 'said no', prefix: 'Then she ', suffix: '. Later' })).toBe(
      text.indexOf('said no', 12),
    );
    expect(locate(text, { exact: 'said no', prefix: 'they ', suffix: ' again' })).toBe(text.lastIndexOf('said no'));
  });

  it('one matching side beats none; a full match beats one side', () => {
    // Only the suffix fits the third occurrence; nothing fits the others.
    expect(locate(text, { exact: 'said no', prefix: 'nobody ', suffix: ' again' })).toBe(text.lastIndexOf('said no'));
    const twice = 'a said no b. c said no d. c said no b.';
    expect(locate(twice, { exact: 'said no', prefix: 'c ', suffix: ' b' })).toBe(twice.lastIndexOf('said no'));
  });

  it('context near the start of the text is read from the start; the earlier of two one-sided matches wins', () => {
    const text = 'He said no. She said no again.';
    expect(locate(text, { exact: 'said no', prefix: 'He ', suffix: ' again' })).toBe(3);
  });

  it('runs of white space in the target count as one space', () => {
    expect(locate('one two three', { exact: 'two\n   three', prefix: 'one\t', suffix: '' })).toBe(4);
  });
});

describe('markPassages and clearMarks', () => {
  it('marks a passage that spans elements, one mark per text node, and returns the first mark', () => {
    const doc = page('<p>“We will <b>not</b> leave,” she said.</p>');
    const { found, first } = markPassages(doc, [{ exact: 'We will not leave', prefix: '“', suffix: ',”' }]);
    expect(found).toBe(1);
    expect(marked(doc)).toEqual(['We will ', 'not', ' leave']);
    expect(first?.textContent).toBe('We will ');
    expect(doc.body.textContent).toBe('“We will not leave,” she said.');
  });

  it('matches across collapsed white space and ignores script and style text', () => {
    const doc = page(
      '<p>The  minister\n   said</p><script>var s = "minister said";</script><style>.x{}</style><p>more</p>',
    );
    expect(markPassages(doc, [{ exact: 'minister said', prefix: '', suffix: '' }]).found).toBe(1);
    expect(marked(doc).join('')).toBe('minister\n   said');
    expect(doc.querySelector('script')!.textContent).toBe('var s = "minister said";');
  });

  it.each(['textarea', 'noscript', 'select', 'style', 'script'])('text inside <%s> is never marked', (tag) => {
    const doc = page(`<p>intro</p><${tag}>secret words</${tag}><p>end</p>`);
    expect(markPassages(doc, [{ exact: 'secret words', prefix: '', suffix: '' }]).found).toBe(0);
  });

  it('a mark is highlighted and carries the attribute that finds it again', () => {
    const doc = page('<p>  lead   space here</p>');
    const { first } = markPassages(doc, [{ exact: 'lead space', prefix: '', suffix: '' }]);
    expect(first?.hasAttribute(MARK_ATTR)).toBe(true);
    expect(first?.style.background).not.toBe('');
    expect(first?.textContent).toBe('lead   space');
  });

  it('custom elements named like skipped tags are page text; the <title> is not', () => {
    const doc = page('<p>intro</p><style-note>styled words</style-note><x-script>scripted words</x-script>');
    expect(markPassages(doc, [{ exact: 'styled words', prefix: '', suffix: '' }]).found).toBe(1);
    expect(markPassages(doc, [{ exact: 'scripted words', prefix: '', suffix: '' }]).found).toBe(1);
    const titled = new JSDOM('<!doctype html><html><head><title>Only here</title></head><body><p>x</p></body></html>');
    expect(markPassages(titled.window.document, [{ exact: 'Only here', prefix: '', suffix: '' }]).found).toBe(0);
  });

  it('a one-letter text node inside a passage gets its own mark; spaces around the target are not marked', () => {
    const doc = page('<p>x <b>a</b> y</p>');
    expect(markPassages(doc, [{ exact: 'x a y', prefix: '', suffix: '' }]).found).toBe(1);
    expect(marked(doc)).toEqual(['x ', 'a', ' y']);
    const spaced = page('<p>he said no again</p>');
    markPassages(spaced, [{ exact: '  said no ', prefix: '', suffix: '' }]);
    expect(marked(spaced)).toEqual(['said no']);
  });

  it('counts only the targets it found, and replaces earlier marks', () => {
    const doc = page('<p>alpha beta gamma</p>');
    markPassages(doc, [{ exact: 'alpha', prefix: '', suffix: '' }]);
    const { found } = markPassages(doc, [
      { exact: 'gamma', prefix: '', suffix: '' },
      { exact: 'delta', prefix: '', suffix: '' },
    ]);
    expect(found).toBe(1);
    expect(marked(doc)).toEqual(['gamma']);
    expect(markPassages(doc, []).first).toBeNull();
  });

  it('marks two targets in the same text node (the second after the first split it)', () => {
    const doc = page('<p>one two three four</p>');
    expect(
      markPassages(doc, [
        { exact: 'two', prefix: '', suffix: '' },
        { exact: 'four', prefix: '', suffix: '' },
      ]).found,
    ).toBe(2);
    expect(marked(doc)).toEqual(['two', 'four']);
  });

  it('clearMarks restores the page: same text, text nodes merged, page marks left alone', () => {
    const doc = page('<p>keep <mark>theirs</mark> and mine here</p>');
    const before = doc.body.innerHTML;
    markPassages(doc, [{ exact: 'mine here', prefix: '', suffix: '' }]);
    expect(doc.body.innerHTML).not.toBe(before);
    clearMarks(doc);
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector('p')!.childNodes.length).toBe(3);
  });
});

describe('nearestPassage', () => {
  const said = 'He also met the relatives, offered his condolences and handed out awards';
  it('finds the edited passage a reworded quote became, and says nothing when the quote is gone', () => {
    const doc = page(
      `<p>Intro.</p><p>“He also met the relatives, offered his condolences and presented state awards,” Uali said.</p>`,
    );
    expect(markPassages(doc, [{ exact: said, prefix: '“', suffix: ',”' }]).found).toBe(0);
    const near = nearestPassage(doc, { exact: said, prefix: '“', suffix: ',” Uali', position: 0.2 })!;
    expect(near.exact).toMatch(/^He also met the relatives, offered his condolences and presented state award/);
    expect(markPassages(doc, [near]).found).toBe(1);
    expect(
      nearestPassage(page('<p>The government declared a day of national mourning.</p>'), {
        exact: said,
        prefix: '',
        suffix: '',
      }),
    ).toBeNull();
  });

  it('between two equally close repeats, the context picks, and marking the answer marks that repeat', () => {
    const doc = page('<p>first: we will stay here now. Later, second: we will stay here now.</p>');
    const near = nearestPassage(doc, { exact: 'we will stay here today', prefix: 'second: ', suffix: '' })!;
    expect(near.prefix.endsWith('second: ')).toBe(true);
    markPassages(doc, [near]);
    expect(doc.querySelector(`mark[${MARK_ATTR}]`)!.previousSibling?.textContent?.endsWith('second: ')).toBe(true);
  });

  it('the answer carries up to 32 characters of the page either side, none from before the text starts', () => {
    const doc = page(
      '  \n <p>Opening words: we will stay here now. And then a long tail of other words follows it.</p>',
    );
    const near = nearestPassage(doc, { exact: 'we will stay here today', prefix: '', suffix: '' })!;
    expect(near.exact).toMatch(/^we will stay here/);
    expect(near.prefix).toBe('Opening words: ');
    expect(near.suffix).toHaveLength(32);
    const text = 'Opening words: we will stay here now. And then a long tail of other words follows it.';
    expect(text.startsWith(`${near.prefix}${near.exact}${near.suffix}`)).toBe(true);
  });

  it('with no context either side, the old position picks between repeats', () => {
    const doc = page('<p>we will stay here now. Filler text in between the two. we will stay here now.</p>');
    const target = { exact: 'we will stay here today', prefix: '', suffix: '' };
    expect(nearestPassage(doc, { ...target, position: 0 })!.prefix).toBe('');
    expect(nearestPassage(doc, { ...target, position: 0.9 })!.prefix).toMatch(/in between the two\. $/);
  });
});
