// The Wikipedia client against a fake Wikipedia on 127.0.0.1: no request leaves the machine.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../article/extract';
import { findEntities } from '../entities';
import { testKnowledgeBase } from '../entities/test-kb';
import { parseDocument } from '../../scripts/node/dom';
import { API_USER_AGENT, createWikipediaClient } from './client';
import { findStoryEvent } from './event';
import { resolveName } from './resolve';

interface Seen {
  url: string;
  agent: string | undefined;
}

const SUMMARIES: Record<string, object> = {
  Kazakhstan: {
    type: 'standard',
    title: 'Kazakhstan',
    description: 'Country in Central Asia',
    extract: 'Kazakhstan is a landlocked country.',
    content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Kazakhstan' } },
    thumbnail: { source: 'https://upload.wikimedia.org/flag.png', width: 320, height: 160 },
  },
  Almaty: {
    type: 'standard',
    title: 'Almaty',
    extract: 'Largest city.',
    thumbnail: { source: 'https://evil.example/x.png' },
  },
  Mercury: { type: 'disambiguation', title: 'Mercury', extract: 'Mercury may refer to:' },
  Berik_Uali: {
    type: 'standard',
    title: 'Berik Uali',
    description: 'Kazakh official',
    extract: 'Berik Uali is a spokesman.',
  },
};

let server: Server;
let base = '';
let seen: Seen[] = [];
let inFlight = 0;
let maxInFlight = 0;
let tooManyLeft = 0;

function answer(req: IncomingMessage): [number, object] {
  const url = new URL(req.url ?? '/', 'http://x');
  if (tooManyLeft > 0) {
    tooManyLeft--;
    return [429, {}];
  }
  const summary = /^\/api\/rest_v1\/page\/summary\/(.+)$/.exec(url.pathname);
  if (summary) {
    const body = SUMMARIES[decodeURIComponent(summary[1])];
    return body ? [200, body] : [404, {}];
  }
  if (url.pathname === '/w/rest.php/v1/search/page') {
    const q = url.searchParams.get('q');
    if (q === 'Berik Uali') return [200, { pages: [{ key: 'Berik_Uali', title: 'Berik Uali' }] }];
    if (q === 'Mercury') return [200, { pages: [{ key: 'Mercury', title: 'Mercury' }] }];
    if (q === 'Eyamba Sowers') return [200, { pages: [{ key: 'Sowers', title: 'Sowers' }] }];
    return [
      200,
      {
        pages: [
          { key: 'Kazakhstan', title: 'Kazakhstan' },
          { key: '2022_Kazakh_unrest', title: '2022 Kazakh unrest', description: 'Protests' },
        ],
      },
    ];
  }
  return [404, {}];
}

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', agent: req.headers['api-user-agent'] as string | undefined });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      const [status, body] = answer(req);
      inFlight--;
      res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '0' } : {}) });
      res.end(JSON.stringify(body));
    }, 10);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
beforeEach(() => {
  seen = [];
  maxInFlight = 0;
  tooManyLeft = 0;
});

const delays: number[] = [];
const client = () =>
  createWikipediaClient({ fetch: (u, i) => fetch(u, i), baseUrl: base, sleep: async (ms) => void delays.push(ms) });

describe('Wikipedia client', () => {
  it('reads a summary and identifies itself', async () => {
    const s = await client().summary('Kazakhstan');
    expect(s).toMatchObject({ title: 'Kazakhstan', description: 'Country in Central Asia', disambiguation: false });
    expect(s?.thumbnail?.source).toBe('https://upload.wikimedia.org/flag.png');
    expect(seen).toEqual([{ url: '/api/rest_v1/page/summary/Kazakhstan', agent: API_USER_AGENT }]);
  });

  it('drops thumbnails from other hosts and flags disambiguation pages', async () => {
    const c = client();
    expect((await c.summary('Almaty'))?.thumbnail).toBeNull();
    expect((await c.summary('Mercury'))?.disambiguation).toBe(true);
    expect(await c.summary('No such page')).toBeNull();
  });

  it('caches answers and sends one request at a time', async () => {
    const c = client();
    const [a, b, again] = await Promise.all([c.summary('Kazakhstan'), c.summary('Almaty'), c.summary('Kazakhstan')]);
    expect(a?.title).toBe('Kazakhstan');
    expect(b?.title).toBe('Almaty');
    expect(again).toEqual(a);
    expect(seen).toHaveLength(2);
    expect(maxInFlight).toBe(1);
  });

  it('backs off and retries on 429', async () => {
    tooManyLeft = 2;
    delays.length = 0;
    expect((await client().summary('Kazakhstan'))?.title).toBe('Kazakhstan');
    expect(seen).toHaveLength(3);
    expect(delays).toEqual([1000, 2000]);
  });

  it('gives up after the retries and does not cache the failure', async () => {
    tooManyLeft = 10;
    const c = createWikipediaClient({
      fetch: (u, i) => fetch(u, i),
      baseUrl: base,
      sleep: async () => {},
      maxRetries: 1,
    });
    await expect(c.summary('Kazakhstan')).rejects.toThrow(/429/);
    tooManyLeft = 0;
    expect((await c.summary('Kazakhstan'))?.title).toBe('Kazakhstan');
  });
});

describe('story event search', () => {
  it("finds the reference article's event from its year, country and kind of event", async () => {
    const html = readFileSync(resolve(__dirname, '../../tests/fixtures/pages/seed-kazakhstan/source.html'), 'utf8');
    const article = extractArticle(parseDocument(html), 'https://example.test/seed')!;
    const entities = findEntities(article, testKnowledgeBase(), { quotes: [], speakers: [], places: [] });
    const hit = await findStoryEvent(client(), article, entities);
    expect(hit?.title).toBe('2022_Kazakh_unrest');
    const query = new URL(seen[0].url, base).searchParams.get('q');
    expect(query).toBe('2022 Kazakhstan unrest');
  });
});

describe('online linking of unknown names', () => {
  it.each([
    ['exact title', 'Berik Uali', 'Berik_Uali'],
    ['disambiguation page', 'Mercury', null],
    ['only a partial match', 'Eyamba Sowers', null],
  ])('%s', async (_label, name, expected) => {
    expect(await resolveName(client(), name)).toBe(expected);
  });
});
