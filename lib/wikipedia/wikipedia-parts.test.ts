// The Wikipedia code piece by piece, without a server: the response checks, the story-event query, the exact-title
// rule of online linking and the client's requests (a fake fetch records them). Each case pins one behaviour the
// whole-flow tests in client.test.ts do not look at (found by `npm run mutation -- lib/wikipedia`).
import { describe, expect, it } from 'vitest';
import type { Article, Entity } from '../types';
import { API_USER_AGENT, createWikipediaClient, type SearchHit, type WikipediaClient } from './client';
import { eventQuery, pickEvent } from './event';
import { resolveName } from './resolve';
import { parseSearch, parseSummary } from './responses';

describe('summary answers, checked field by field', () => {
  it('refuses an answer that is not an object or has no title', () => {
    expect(parseSummary(null)).toBeNull();
    expect(parseSummary('Kazakhstan')).toBeNull();
    expect(parseSummary({ title: '' })).toBeNull();
    expect(parseSummary({ title: 7 })).toBeNull();
  });

  it('fills what is missing: title with underscores, empty extract, the page URL built from the title', () => {
    expect(parseSummary({ title: 'Côte d’Ivoire', description: 5 })).toEqual({
      title: 'Côte_d’Ivoire',
      displayTitle: 'Côte d’Ivoire',
      description: null,
      extract: '',
      url: 'https://en.wikipedia.org/wiki/C%C3%B4te_d%E2%80%99Ivoire',
      thumbnail: null,
      disambiguation: false,
    });
  });

  it('takes the page URL and extract the answer gives', () => {
    const s = parseSummary({
      title: 'Almaty',
      extract: 'Largest city.',
      content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Almaty?from=answer' } },
    });
    expect(s?.url).toBe('https://en.wikipedia.org/wiki/Almaty?from=answer');
    expect(s?.extract).toBe('Largest city.');
    expect(parseSummary({ title: 'Almaty', content_urls: { desktop: 'x' } })?.url).toBe(
      'https://en.wikipedia.org/wiki/Almaty',
    );
  });

  it('keeps only https thumbnails from upload.wikimedia.org, with their size (0 when not a number)', () => {
    const thumb = (thumbnail: unknown) => parseSummary({ title: 'X', thumbnail })?.thumbnail;
    expect(thumb({ source: 'https://upload.wikimedia.org/a.png', width: '320', height: 160 })).toEqual({
      source: 'https://upload.wikimedia.org/a.png',
      width: 320,
      height: 160,
    });
    expect(thumb({ source: 'https://upload.wikimedia.org/a.png', width: 'wide' })).toEqual({
      source: 'https://upload.wikimedia.org/a.png',
      width: 0,
      height: 0,
    });
    expect(thumb({ source: 'http://upload.wikimedia.org/a.png' })).toBeNull();
    expect(thumb({ source: 'not a url' })).toBeNull();
    expect(thumb({ source: ['https://upload.wikimedia.org/a.png'] })).toBeNull();
    expect(thumb(undefined)).toBeNull();
  });
});

describe('search answers', () => {
  it('gives no hits for an answer without a list of pages', () => {
    expect(parseSearch(null)).toEqual([]);
    expect(parseSearch({ pages: 'Kazakhstan' })).toEqual([]);
  });

  it('reads each page by its key, else its title with underscores; skips entries with neither', () => {
    const hits = parseSearch({
      pages: [
        null,
        'Kazakhstan',
        { key: 'Almaty', title: 'Almaty city', description: 'City' },
        { title: 'Berik Uali', description: 3 },
        { description: 'no title' },
      ],
    });
    expect(hits).toEqual([
      { title: 'Almaty', description: 'City' },
      { title: 'Berik_Uali', description: null },
    ]);
  });
});

const article = (text: string, publishedTime: string | null = null): Article => ({
  title: 'T',
  byline: null,
  siteName: null,
  publishedTime,
  lang: 'en',
  dir: 'ltr',
  url: 'https://example.test/a',
  excerpt: null,
  text,
  paragraphs: [],
  wordCount: 0,
  readingMinutes: 1,
});
const entity = (name: string, type: Entity['type']): Entity => ({
  name,
  type,
  wikipedia: null,
  aliases: [],
  mentions: [],
  salience: 1,
});
const chile = [entity('Gabriel Boric', 'person'), entity('Chile', 'country')];

describe('the story-event query', () => {
  it('is "<year> <country> <kind>": the publication year, the first country, the kind the text names most', () => {
    const text = 'The unrest went on. Protests grew; protests spread to the ports.';
    expect(eventQuery(article(text, '2019-10-20T10:00:00Z'), chile)).toEqual({
      query: '2019 Chile protests',
      year: '2019',
    });
    expect(eventQuery(article('Protests, then unrest, then more unrest.', '2019-10-20'), chile)?.query).toBe(
      '2019 Chile unrest',
    );
  });

  it('takes the year from the text when the page gives no date, only a whole four-digit year', () => {
    expect(eventQuery(article('Since October 2019 the protests went on.'), chile)?.year).toBe('2019');
    expect(eventQuery(article('The protests of 201 days.'), chile)).toBeNull();
    expect(eventQuery(article('Protests in 2019.', '2021-01-01'), chile)?.year).toBe('2021');
  });

  it('needs all three: no year, no country or no kind of event gives no query', () => {
    expect(eventQuery(article('The protests went on.'), chile)).toBeNull();
    expect(eventQuery(article('The protests went on.', '2019-10-20'), [entity('Gabriel Boric', 'person')])).toBeNull();
    expect(eventQuery(article('A warning about warfare.', '2019-10-20'), chile)).toBeNull();
  });

  it('picks the first hit titled with the year', () => {
    const hits: SearchHit[] = [
      { title: 'Chile', description: null },
      { title: '20192_Chile', description: null },
      { title: '2019_Chilean_protests', description: null },
    ];
    expect(pickEvent(hits, '2019')?.title).toBe('2019_Chilean_protests');
    expect(pickEvent(hits, '2020')).toBeNull();
  });
});

/** A client answering from fixed lists (what the search finds, which summaries exist). */
function fakeClient(hits: SearchHit[], disambiguation: string[] = []): WikipediaClient {
  return {
    search: async () => hits,
    summary: async (title) =>
      parseSummary({ title, type: disambiguation.includes(title) ? 'disambiguation' : 'standard' }),
  };
}

describe('online linking: only a hit titled exactly as the name', () => {
  it('matches regardless of case, spaces, underscores and surrounding white space', async () => {
    const hits = [{ title: 'Berik_Uali', description: null }];
    expect(await resolveName(fakeClient(hits), ' berik  uali ')).toBe('Berik_Uali');
  });

  it('keeps word boundaries and refuses other titles even when their page exists', async () => {
    expect(await resolveName(fakeClient([{ title: 'Beri_Kuali', description: null }]), 'Berik Uali')).toBeNull();
    expect(await resolveName(fakeClient([{ title: 'Uali', description: null }]), 'Berik Uali')).toBeNull();
    expect(await resolveName(fakeClient([{ title: 'Mercury', description: null }], ['Mercury']), 'Mercury')).toBeNull();
  });
});

describe('the client’s requests', () => {
  /** A fetch that records each request and answers from a list (the last answer repeats). */
  function recorder(answers: (() => Response)[]) {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const fetch = async (url: string, init: { headers: Record<string, string> }) => {
      calls.push({ url, headers: init.headers });
      return answers[Math.min(calls.length, answers.length) - 1]();
    };
    return { calls, fetch };
  }
  const ok = () => new Response(JSON.stringify({ title: 'Berik Uali' }), { status: 200 });
  const tooMany = (retryAfter?: string) => () =>
    new Response('{}', { status: 429, headers: retryAfter ? { 'retry-after': retryAfter } : {} });

  it('asks en.wikipedia.org by default, for JSON, naming News Lens, with the title in URL form', async () => {
    const { calls, fetch } = recorder([ok]);
    await createWikipediaClient({ fetch, sleep: async () => {} }).summary('Berik Uali');
    expect(calls).toEqual([
      {
        url: 'https://en.wikipedia.org/api/rest_v1/page/summary/Berik_Uali',
        headers: { 'Api-User-Agent': API_USER_AGENT, Accept: 'application/json' },
      },
    ]);
    expect(API_USER_AGENT).toMatch(/^NewsLens\/\S+ \(.+\)$/);
  });

  it('drops a trailing slash of the base URL', async () => {
    const { calls, fetch } = recorder([ok]);
    await createWikipediaClient({ fetch, baseUrl: 'http://127.0.0.1:9/', sleep: async () => {} }).summary('A');
    expect(calls[0].url).toBe('http://127.0.0.1:9/api/rest_v1/page/summary/A');
  });

  it('waits as long as Retry-After says (seconds), else 1 s, 2 s …; retries at most maxRetries times', async () => {
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    const first = recorder([tooMany('3'), tooMany('soon'), ok]);
    await createWikipediaClient({ fetch: first.fetch, sleep }).summary('A');
    expect(delays).toEqual([3000, 2000]);
    const always = recorder([tooMany()]);
    await expect(createWikipediaClient({ fetch: always.fetch, sleep, maxRetries: 2 }).summary('B')).rejects.toThrow(
      /429/,
    );
    expect(always.calls).toHaveLength(3);
  });
});
