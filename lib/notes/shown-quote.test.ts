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

  it('drops every joining mark it lists, in every script, with the spaces around it', () => {
    for (const mark of [',', '،', '，', ':', '：', ';', '；']) {
      expect(shownQuote(`We will win${mark}`), mark).toBe('We will win');
      expect(shownQuote(`We will win ${mark} `), mark).toBe('We will win');
    }
    expect(shownQuote('Wait, what,;')).toBe('Wait, what');
    expect(shownQuote('a,b')).toBe('a,b');
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

  it('closes each opening mark with its own pair, reading past a space before the words', () => {
    const pairs = [
      ['“', '”'],
      ['„', '“'],
      ['»', '«'],
      ['‘', '’'],
      ['‚', '‘'],
      ['「', '」'],
      ['『', '』'],
      ['‹', '›'],
    ];
    for (const [open, close] of pairs) {
      expect(quoteMarks(`He said ${open}yes`, 9), open).toEqual([open, close]);
      expect(quoteMarks(`He said ${open} yes`, 10), open).toEqual([open, close]);
    }
    expect(quoteMarks('«oui', 1)).toEqual(['«\u00a0', '\u00a0»']);
  });

  it('uses curly English marks when no mark opens the span', () => {
    expect(quoteMarks('no marks here', 3)).toEqual(['“', '”']);
  });
});
