// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Analysis, Place } from '../../lib/types';
import type { PanelActions } from '../panel-contract';
import { Overview } from './Overview';
import { makeArticle, makeQuote } from '../../tests/factories';

const TEXT = '"We will win," Ana Diaz said in Lyon. The team was founded in Paris.';
const place = (name: string, role: Place['role']): Place => ({
  name,
  role,
  lat: 45,
  lon: 4,
  country: 'FR',
  mentions: [{ start: TEXT.indexOf(name), end: TEXT.indexOf(name) + name.length }],
  sentence: null,
});

function analysis(overrides: { lang?: string | null; words?: number; speaker?: string | null; event?: boolean }) {
  const { lang = 'en', words = 1000, speaker = 'Ana Diaz', event = true } = overrides;
  const quote = makeQuote('We will win,', TEXT, { speaker, speakerType: speaker ? 'person' : 'unknown' });
  return {
    article: makeArticle(TEXT, { lang, wordCount: words, url: 'https://news.example/a' }),
    quotes: [quote],
    speakers: [],
    reported: [],
    places: [place('Lyon', event ? 'event' : 'mention'), place('Paris', 'mention')],
    entities: [],
  } satisfies Analysis;
}

function show(a: Analysis) {
  const root = document.createElement('div');
  const actions: PanelActions = { highlight: vi.fn(), clearHighlights: vi.fn(), openUrl: vi.fn(), togglePin: vi.fn() };
  act(() => render(<Overview analysis={a} actions={actions} pinnedQuoteKeys={new Set()} />, root));
  return root;
}

describe('Overview', () => {
  it('shows the first quote without the comma that joined it to "said"', () => {
    expect(show(analysis({})).querySelector('.ov-quote')?.textContent).toBe('“We will win”');
  });

  it('in another language: one "English only" banner, no sourcing bar, no "only mentioned" claim', () => {
    const root = show(analysis({ lang: 'fr-FR', speaker: null, event: false }));
    expect(root.querySelector('[data-testid=english-only]')?.textContent).toMatch(/^English only: .*French article/);
    expect(root.querySelector('[data-testid=sourcing-bar]')).toBeNull();
    expect(root.querySelector('[data-testid=overview-sourcing]')?.textContent).toBe('1 quote; speakers: English only.');
    expect(root.textContent).toContain('Place names: Lyon, Paris (English only)');
    expect(root.textContent).not.toMatch(/only mentioned|Unattributed/);
  });

  it('a long English page with no named source and no event place gets the "not a news report" hint', () => {
    expect(show(analysis({ speaker: null, event: false })).querySelector('[data-testid=not-news]')).not.toBeNull();
    // A named source, an event place, or a short page (a brief often quotes no one): no hint.
    expect(show(analysis({ event: false })).querySelector('[data-testid=not-news]')).toBeNull();
    expect(show(analysis({ speaker: null })).querySelector('[data-testid=not-news]')).toBeNull();
    expect(
      show(analysis({ speaker: null, event: false, words: 300 })).querySelector('[data-testid=not-news]'),
    ).toBeNull();
    // In another language the English-only banner says it already.
    const french = show(analysis({ lang: 'fr', speaker: null, event: false }));
    expect(french.querySelector('[data-testid=not-news]')).toBeNull();
  });
});
