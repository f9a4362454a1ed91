// The panel's speaker list (group-quotes.ts): names found the same source are one entry, under the fuller name.
import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../../lib/types';
import { makeArticle, makeQuote } from '../../tests/factories';
import { describeSourcing, sourcingSummary, speakerViews } from './group-quotes';

const TEXT =
  '"The plant will reopen," a spokesman for the company said. "Not this year," a spokesman said. ' +
  '"We object," James P. Kennedy Jr. said. "It is settled," Kennedy said. "Ask them," the source said. ' +
  '"Ask us," the new source said.';

const quote = (text: string, speaker: string, speakerType: Quote['speakerType'] = 'person') =>
  makeQuote(text, TEXT, { speaker, speakerType });

function analysis(quotes: Quote[]): Analysis {
  return {
    article: makeArticle(TEXT, { title: 'T', dir: null, url: 'https://news.example/a', wordCount: 40 }),
    quotes,
    speakers: [],
    reported: [],
    places: [],
    entities: [],
  };
}

describe('speaker views', () => {
  const views = speakerViews(
    analysis([
      quote('The plant will reopen,', 'A spokesman for the company'),
      quote('Not this year,', 'a spokesman'),
      quote('We object,', 'James P. Kennedy Jr.'),
      quote('It is settled,', 'Kennedy'),
      quote('Ask them,', 'the source'),
      quote('Ask us,', 'the new source'),
    ]),
  );

  it('lists one source once, under its fuller name, with all its quotes', () => {
    const byName = new Map(views.map((v) => [v.name, v.quotes.map((q) => q.quote.text)]));
    expect(byName.get('A spokesman for the company')).toEqual(['The plant will reopen,', 'Not this year,']);
    expect(byName.get('James P. Kennedy Jr.')).toEqual(['We object,', 'It is settled,']);
    expect(byName.has('a spokesman')).toBe(false);
    expect(byName.has('Kennedy')).toBe(false);
  });

  it('keeps two sources apart when a word tells them apart', () => {
    expect(views.map((v) => v.name)).toEqual(expect.arrayContaining(['the source', 'the new source']));
    expect(views).toHaveLength(4);
  });

  it('counts the sources so in the sourcing line', () => {
    const a = analysis(views.flatMap((v) => v.quotes.map((q) => q.quote)));
    expect(describeSourcing(sourcingSummary(a, speakerViews(a)))).toBe('6 quotes: 6 from 4 named people.');
  });
});
