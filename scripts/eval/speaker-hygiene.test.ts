import { describe, expect, it } from 'vitest';
import { HygieneTally, hygieneKind, strictlyNamed } from './speaker-hygiene';

describe('hygieneKind', () => {
  it('passes names and short descriptions', () => {
    for (const s of ['Maria Lopez', 'Sen. Pat Quill', 'the Harbor Authority', 'a spokeswoman for the city', 'WHO'])
      expect(hygieneKind(s, 'Maria Lopez said the harbor was full.')).toBeNull();
  });
  it('sorts garbage by kind', () => {
    expect(hygieneKind('Recalled Dana', '')).toBe('verb glued to a name');
    expect(hygieneKind('reactions in several', '')).toBe('not a source');
    expect(hygieneKind('a source close', '')).toBe('cut description');
    expect(hygieneKind('Assistant Superintendent', '')).toBe('lone title or tag');
    expect(hygieneKind('Another', '')).toBe('pronoun or possessive');
    expect(hygieneKind('WHY', '')).toBe('headline words');
    expect(hygieneKind('Quill Street', '')).toBe('place, date or dateline');
    expect(hygieneKind('Ministry Dana Quill', '')).toBe('name with a common word');
  });
  it('reads a common word at a name edge from the text', () => {
    const text = 'Top Quill aides met. The top floor was empty, they said.';
    expect(hygieneKind('Top Quill', text)).toBe('name with a common word');
    // "Bill" is capitalised inside a sentence: a name there.
    expect(hygieneKind('Bill Quill', 'The bill failed, and then Bill Quill spoke.')).toBeNull();
  });
  // review36 finding 3: names that are words too, written inside a sentence.
  it.each([
    ['Said Quill', 'On Monday, trader Said Quill told reporters the market was calm.'],
    ['Young Quill', 'On Monday, Rep. Young Quill said young voters matter.'],
    ['Mark Quill', 'Senator Mark Quill said the mark was missed.'],
  ])('passes %s, a name in its text', (shown, text) => expect(hygieneKind(shown, text)).toBeNull());
  it('counts quotes and distinct strings per kind', () => {
    const t = new HygieneTally();
    for (const s of ['Recalled Dana', 'Recalled Dana', 'Dana Quill', null]) t.add(s, '');
    expect(t.line()).toContain('2/3 shown speakers not a speaker (1 strings): verb glued to a name 2/1');
  });
});

describe('strictlyNamed', () => {
  it('needs every shown word in the gold name, titles and initials aside', () => {
    expect(strictlyNamed('Recalled Dana', ['Dana Quill'])).toBe(false);
    expect(strictlyNamed('Sen. Dana R. Quill', ['Dana Quill'])).toBe(true);
    expect(strictlyNamed('Quill', ['Dana Quill'])).toBe(true);
    expect(strictlyNamed('Tom Quill', ['Dana Quill'])).toBe(false);
    expect(strictlyNamed('the spokesman', ["the mayor's spokesman"])).toBe(true);
  });
  it('compares mis-decoded gold names by their letters', () => {
    expect(strictlyNamed('José Peña', ['JosÃ© PeÃ±a'])).toBe(true);
  });
});
