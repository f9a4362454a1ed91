import { describe, expect, it } from 'vitest';
import { anchorQuote, selectorFor } from './quote-selector';

const TEXT =
  'The minister spoke first. "We will not raise taxes this year," she said.\n\n' +
  'Critics disagreed. "We will not raise taxes this year" is what they said last year too, one added.';

describe('anchorQuote', () => {
  it('finds the exact words, and of two repeats the one whose context matches', () => {
    const second = TEXT.lastIndexOf('We will not raise taxes this year');
    const selector = selectorFor(TEXT, second, second + 'We will not raise taxes this year'.length);
    expect(anchorQuote(TEXT, selector)).toEqual({
      start: second,
      end: selector.offset + selector.exact.length,
      errors: 0,
      contextKept: true,
    });
    const first = TEXT.indexOf('We will not raise taxes this year');
    expect(anchorQuote(TEXT, selectorFor(TEXT, first, first + 20))?.start).toBe(first);
  });

  it('finds a quote edited by a few words and reports the edits', () => {
    const text = TEXT.slice(0, TEXT.indexOf('Critics'));
    const start = text.indexOf('We will not');
    const selector = selectorFor(text, start, start + 'We will not raise taxes this year,'.length);
    const edited = text.replace('We will not raise taxes this year,', 'We will not raise income taxes this year,');
    const anchor = anchorQuote(edited, selector)!;
    expect(anchor.errors).toBeGreaterThan(0);
    expect(edited.slice(anchor.start, anchor.end)).toContain('raise income taxes');
  });

  it('finds a quote that moved: same words, new context, far from the old offset', () => {
    const start = TEXT.indexOf('We will not');
    const selector = selectorFor(TEXT, start, start + 34);
    const moved = 'A new first paragraph. ' + 'Later: We will not raise taxes this year, and more.';
    const anchor = anchorQuote(moved, selector)!;
    expect(anchor).toMatchObject({ errors: 0, contextKept: false });
  });

  it('gives null when nothing close is left', () => {
    const start = TEXT.indexOf('We will not');
    expect(
      anchorQuote('Completely different article text about sports.', selectorFor(TEXT, start, start + 34)),
    ).toBeNull();
    expect(anchorQuote(TEXT, { exact: '  ', prefix: '', suffix: '', offset: 0 })).toBeNull();
  });
});
