import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../types';
import { noteFromQuote } from './model';
import { checkNote, compareArticles, wordDiff } from './watch';

const P1 = 'Officials met on Monday.';
const P2 = '"The bridge will reopen in March after repairs," the mayor, Ana Silva, said.';
const P3 = '"Nobody was hurt in the collapse," said fire chief Tom Reed.';
const AT = new Date('2026-12-01T10:00:00Z');

function analysisOf(paragraphs: string[], speakers: Record<string, string | null> = {}): Analysis {
  const text = paragraphs.join('\n\n');
  const quotes: Quote[] = [...text.matchAll(/"([^"]+)"/g)].map((m) => {
    const start = m.index! + 1;
    return {
      text: m[1],
      start,
      end: start + m[1].length,
      paragraph: 0,
      partial: false,
      multiParagraph: false,
      speaker: speakers[m[1]] ?? (m[1].includes('bridge') ? 'Ana Silva' : 'Tom Reed'),
      speakerType: 'person',
      speakerRole: null,
      speakerMention: null,
    };
  });
  const article = {
    title: 'Bridge to reopen',
    byline: null,
    siteName: 'Example',
    publishedTime: null,
    lang: 'en',
    dir: null,
    url: 'https://news.example/bridge',
    excerpt: null,
    text,
    paragraphs: [],
    wordCount: 30,
    readingMinutes: 1,
  } satisfies Analysis['article'];
  return { article, quotes, speakers: [], reported: [], places: [], entities: [] };
}

const original = analysisOf([P1, P2, P3]);
const pin = (i: number) => noteFromQuote(original, original.quotes[i], AT, `n${i}`);

describe('quote-change watch', () => {
  it('unchanged when the article still has the quote in its place', () => {
    expect(checkNote(pin(0), analysisOf([P1, P2, P3]), AT).fate).toBe('unchanged');
  });

  it('moved when the words are there but among other sentences', () => {
    const moved = analysisOf([
      P3,
      'A new paragraph was added here.',
      'Later the mayor added: "The bridge will reopen in March after repairs," and left.',
    ]);
    expect(checkNote(pin(0), moved, AT).fate).toBe('moved');
  });

  it('edited, with a word diff, when a few words changed', () => {
    const edited = analysisOf([P1, P2.replace('in March', 'in late April'), P3]);
    const check = checkNote(pin(0), edited, AT);
    expect(check.fate).toBe('edited');
    expect(check.now).toBe('The bridge will reopen in late April after repairs,');
    expect(check.diff?.filter((d) => d.change === 'removed').map((d) => d.value.trim())).toContain('March');
    expect(
      check.diff
        ?.filter((d) => d.change === 'added')
        .map((d) => d.value.trim())
        .join(' '),
    ).toContain('late April');
  });

  it('a change of punctuation or spacing alone is no edit', () => {
    const now = analysisOf([P1, P2.replace('repairs,"', 'repairs"'), P3]);
    expect(checkNote(pin(0), now, AT).fate).toBe('unchanged');
  });

  it('reattributed when the same words are now given to someone else', () => {
    const now = analysisOf([P1, P2, P3], { 'Nobody was hurt in the collapse,': 'Maria Lopez' });
    expect(checkNote(pin(1), now, AT)).toMatchObject({ fate: 'reattributed', speakerNow: 'Maria Lopez' });
    const sameSurname = analysisOf([P1, P2, P3], { 'Nobody was hurt in the collapse,': 'Reed' });
    expect(checkNote(pin(1), sameSurname, AT).fate).toBe('unchanged');
  });

  it('removed when nothing close is left', () => {
    expect(checkNote(pin(1), analysisOf([P1, P2]), AT).fate).toBe('removed');
  });

  it('summarises the article: title edited, paragraphs added and removed', () => {
    const changes = compareArticles(
      { title: 'Bridge to reopen', text: [P1, P2, P3].join('\n\n') },
      {
        title: 'Bridge to reopen in April',
        text: [P1, P2, 'New.', 'Newer.'].join('\n\n'),
      },
    );
    expect(changes).toEqual({
      title: { before: 'Bridge to reopen', after: 'Bridge to reopen in April' },
      paragraphsAdded: 2,
      paragraphsRemoved: 1,
    });
  });

  it('diffs words, not characters, and ignores re-flowed white space', () => {
    expect(wordDiff('a  b c', 'a b\nc')).toEqual([{ value: 'a b c', change: 'same' }]);
  });

  it('records when it checked', () => {
    expect(checkNote(pin(0), original, AT).at).toBe('2026-12-01T10:00:00.000Z');
    expect(checkNote(pin(1), analysisOf([P1, P2]), AT)).toEqual({ at: '2026-12-01T10:00:00.000Z', fate: 'removed' });
  });

  it('a word split or joined ("reopen" → "re-open") is an edit; letter case alone is not', () => {
    expect(checkNote(pin(0), analysisOf([P1, P2.replace('reopen', 're-open'), P3]), AT).fate).toBe('edited');
    const upper = analysisOf([P1, P2.replace('The bridge', 'THE BRIDGE'), P3], {
      'THE BRIDGE will reopen in March after repairs,': 'Ana Silva',
    });
    expect(checkNote(pin(0), upper, AT).fate).not.toBe('edited');
  });

  it('a speaker counts as changed only when both are known: same surname in other case or spacing is the same person', () => {
    const unknownBefore = { ...pin(1), speaker: null };
    expect(
      checkNote(unknownBefore, analysisOf([P1, P2, P3], { 'Nobody was hurt in the collapse,': 'Maria Lopez' }), AT)
        .fate,
    ).toBe('unchanged');
    expect(checkNote(pin(1), analysisOf([P1, P2, P3], { 'Nobody was hurt in the collapse,': null }), AT).fate).toBe(
      'unchanged',
    );
    for (const same of ['REED', 'Chief Reed ', 'Tom  Reed']) {
      expect(checkNote(pin(1), analysisOf([P1, P2, P3], { 'Nobody was hurt in the collapse,': same }), AT).fate).toBe(
        'unchanged',
      );
    }
  });

  it('an unchanged article has no title change and no paragraph added or removed, re-flowed or not', () => {
    const text = [P1, P2, P3].join('\n\n');
    const none = { title: null, paragraphsAdded: 0, paragraphsRemoved: 0 };
    expect(compareArticles({ title: 'Bridge  to reopen', text }, { title: 'Bridge to reopen', text })).toEqual(none);
    const reflowed = `${P1}\n\n${P2.replace('will reopen', 'will\nreopen').replace('in March', 'in  March')}\n\n\n\n${P3}\n\n`;
    expect(compareArticles({ title: 'T', text }, { title: 'T', text: reflowed })).toEqual(none);
  });

  it('an edit inside a much longer quote shows the words at the pin, not the whole longer quote', () => {
    const longer = P2.replace(
      'in March after repairs,',
      'in late April after repairs, and the road above it will follow once the council has approved the budget,',
    );
    const check = checkNote(pin(0), analysisOf([P1, longer, P3]), AT);
    expect(check.fate).toBe('edited');
    expect(check.now).toContain('late April');
    expect(check.now).not.toContain('council');
  });

  it("an edit whose quote grew a little shows the engine's whole quote", () => {
    const grown = P2.replace('in March after repairs,', 'in late April after repairs, officials hope,');
    const check = checkNote(pin(0), analysisOf([P1, grown, P3]), AT);
    expect(check.fate).toBe('edited');
    expect(check.now).toBe('The bridge will reopen in late April after repairs, officials hope,');
  });

  it('every pinned word still there word for word is no edit, even inside a longer quote', () => {
    const around = P2.replace('after repairs,', 'after repairs, officials hope,');
    expect(checkNote(pin(0), analysisOf([P1, around, P3]), AT).fate).not.toBe('edited');
  });
});
