import { describe, expect, it } from 'vitest';
import { quoteMarks, shownQuote } from './shown-quote';

describe('shownQuote', () => {
  it('drops the comma or colon that joins a quote to its sentence, not the sentence’s own end', () => {
    expect(shownQuote('We will win,')).toBe('We will win');
    expect(shownQuote('The reasons are these: ')).toBe('The reasons are these');
    expect(shownQuote('Is it over?')).toBe('Is it over?');
    expect(shownQuote('It is over.')).toBe('It is over.');
    expect(shownQuote('We were going to —')).toBe('We were going to —');
  });

  it('joins paragraphs with a space', () => {
    expect(shownQuote('First part.\n\nSecond part,')).toBe('First part. Second part');
  });
});

describe('quoteMarks', () => {
  it('keeps the marks the article used', () => {
    const french = 'Il a dit « la prévention du terrorisme » hier.';
    expect(quoteMarks(french, french.indexOf('la prévention'))).toEqual(['«\u00a0', '\u00a0»']);
    const german = 'Er sagte: „Wir schaffen das“.';
    expect(quoteMarks(german, german.indexOf('Wir'))).toEqual(['„', '“']);
    const english = 'He said "we will win," and left.';
    expect(quoteMarks(english, english.indexOf('we'))).toEqual(['“', '”']);
  });

  it('uses curly English marks when no mark opens the span', () => {
    expect(quoteMarks('no marks here', 3)).toEqual(['“', '”']);
  });
});
