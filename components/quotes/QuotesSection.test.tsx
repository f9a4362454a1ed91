// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { quoteKey } from '../../lib/notes/model';
import type { Analysis, Quote } from '../../lib/types';
import type { PanelActions } from '../panel-contract';
import { QuotesSection } from './QuotesSection';
import { makeArticle, makeQuote } from '../../tests/factories';

const TEXT =
  'Intro. "We confirm he arrived," Berik Uali said. "Order is restored," he said. Relatives called it "a crime against us all." "No comment here," someone said.';

const quote = (
  text: string,
  speaker: string | null,
  speakerType: Quote['speakerType'],
  partial = false,
  role: string | null = null,
) => makeQuote(text, TEXT, { speaker, speakerType, partial, speakerRole: role });

const quotes = [
  quote('We confirm he arrived,', 'Berik Uali', 'person', false, 'spokesman'),
  quote('Order is restored,', 'Berik Uali', 'person'),
  quote('a crime against us all.', 'relatives of the officers', 'group', true),
  quote('No comment here,', null, 'unknown'),
];
const analysis: Analysis = {
  article: makeArticle(TEXT, { title: 'T', dir: null, url: 'https://news.example/a', wordCount: 30 }),
  quotes,
  speakers: [],
  reported: [
    {
      text: 'the situation was stable',
      start: 0,
      end: 5,
      speaker: 'Berik Uali',
      speakerType: 'person',
      speakerMention: null,
      cue: 'said',
    },
  ],
  places: [],
  entities: [{ name: 'Berik Uali', type: 'person', wikipedia: 'Berik_Uali', aliases: [], mentions: [], salience: 1 }],
};

function setup(pinned: Quote[] = []) {
  const actions: PanelActions = { highlight: vi.fn(), clearHighlights: vi.fn(), openUrl: vi.fn(), togglePin: vi.fn() };
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() =>
    render(
      <QuotesSection
        analysis={analysis}
        actions={actions}
        pinnedQuoteKeys={new Set(pinned.map((q) => quoteKey(analysis.article.url, q)))}
      />,
      root,
    ),
  );
  return { root, actions };
}

const key = (el: Element, k: string) =>
  act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

describe('QuotesSection', () => {
  beforeEach(() => document.body.replaceChildren());

  it('groups quotes by speaker: people first, then groups, then unknown, with role, count and marks', () => {
    const { root } = setup();
    const names = [...root.querySelectorAll('[data-testid=speaker-name]')].map((e) => e.textContent);
    expect(names).toEqual(['Berik Uali', 'relatives of the officers', 'Unattributed (1)']);
    const first = root.querySelector('[data-testid=speaker]')!;
    expect(first.textContent).toContain('spokesman');
    expect(first.textContent).toContain('2 quotes');
    expect(first.textContent).toContain('1 paraphrased statement');
    expect(root.querySelector('[data-partial] .quote-text')?.getAttribute('data-tags')).toBe('fragment');
    expect(root.querySelector('[data-testid=sourcing]')?.textContent).toBe(
      '4 quotes: 2 from 1 named person, 1 from 1 unnamed group, 1 with no named source.',
    );
  });

  it('unattributed quotes go where their number puts them, before sources quoted less', () => {
    const { root, actions } = setup();
    // Two more unattributed quotes (their own words: the panel does not read the text here).
    const more = ['Nobody knows,', 'Nobody cares,'].map((t) => makeQuote(t, t));
    const many = { ...analysis, quotes: [...quotes, ...more] };
    act(() => render(<QuotesSection analysis={many} actions={actions} pinnedQuoteKeys={new Set()} />, root));
    const names = [...root.querySelectorAll('[data-testid=speaker-name]')].map((e) => e.textContent);
    expect(names).toEqual(['Unattributed (3)', 'Berik Uali', 'relatives of the officers']);
  });

  it('a sourcing bar part narrows the list to that kind of source; the focus stop follows; "Show all" undoes it', () => {
    const { root, actions } = setup();
    actions.filterQuotes = vi.fn();
    act(() => render(<QuotesSection analysis={analysis} actions={actions} pinnedQuoteKeys={new Set()} />, root));
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=source-groups]')!.click());
    expect(actions.filterQuotes).toHaveBeenCalledWith('groups');
    act(() =>
      render(
        <QuotesSection analysis={analysis} actions={actions} pinnedQuoteKeys={new Set()} quoteFilter="groups" />,
        root,
      ),
    );
    expect([...root.querySelectorAll('[data-testid=speaker-name]')].map((e) => e.textContent)).toEqual([
      'relatives of the officers',
    ]);
    expect(root.querySelector('[data-testid=source-groups]')!.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('.quote-text')!.getAttribute('tabindex')).toBe('0');
    expect(root.querySelector('[data-testid=sourcing]')!.textContent).toMatch(/^4 quotes/);
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=source-groups]')!.click());
    expect(actions.filterQuotes).toHaveBeenLastCalledWith(null);
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=show-all-quotes]')!.click());
    expect(actions.filterQuotes).toHaveBeenCalledTimes(3);
  });

  it('a source that is only paraphrased says so instead of "0 quotes"', () => {
    const { root, actions } = setup();
    const paraphrased = {
      ...analysis,
      reported: [...analysis.reported, { ...analysis.reported[0], speaker: 'Daniyar Akhmetov', start: 6, end: 10 }],
    };
    act(() => render(<QuotesSection analysis={paraphrased} actions={actions} pinnedQuoteKeys={new Set()} />, root));
    const group = [...root.querySelectorAll('[data-testid=speaker]')].find((g) =>
      g.textContent?.includes('Daniyar Akhmetov'),
    )!;
    expect(group.querySelector('[data-testid=speaker-count]')?.textContent).toBe('paraphrased only');
    expect(group.textContent).not.toMatch(/0 quotes/);
    expect(group.querySelector('.quote-list')).toBeNull();
  });

  it('clicking a quote highlights exactly its words in the page', () => {
    const { root, actions } = setup();
    act(() => root.querySelectorAll<HTMLButtonElement>('.quote-text')[1].click());
    expect(actions.highlight).toHaveBeenCalledWith(
      [
        {
          exact: 'Order is restored,',
          prefix: expect.stringMatching(/Uali said\. "$/),
          suffix: expect.stringMatching(/^" he said/),
          position: expect.any(Number),
        },
      ],
      'q:1',
    );
  });

  it('arrow keys move focus between quotes (one tab stop) and P pins the focused quote', () => {
    const { root, actions } = setup();
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.quote-text')];
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1]);
    buttons[0].focus();
    key(buttons[0], 'ArrowDown');
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(buttons[2]);
    key(document.activeElement!, 'p');
    expect(actions.togglePin).toHaveBeenCalledWith(quotes[2]);
    key(document.activeElement!, 'End');
    expect(document.activeElement).toBe(buttons[3]);
  });

  it('shows pinned state, highlights pinned quotes in the page, and links a speaker to background', () => {
    const { root, actions } = setup([quotes[1]]);
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=show-pinned]')!.click());
    expect(actions.highlight).toHaveBeenCalledWith([expect.objectContaining({ exact: 'Order is restored,' })]);
    expect([...root.querySelectorAll('[data-testid=pin]')].map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'false',
      'true',
      'false',
      'false',
    ]);
    act(() => root.querySelector<HTMLAnchorElement>('.speaker-background')!.click());
    expect(actions.openUrl).toHaveBeenCalledWith('https://en.wikipedia.org/wiki/Berik_Uali');
  });

  it('shows a quote without the comma that joined it to "he said", and highlights the page’s exact words', () => {
    const { root, actions } = setup();
    const first = root.querySelector<HTMLButtonElement>('.quote-text')!;
    expect(first.textContent).toBe('“We confirm he arrived”');
    act(() => first.click());
    expect(vi.mocked(actions.highlight).mock.calls[0][0][0].exact).toBe('We confirm he arrived,');
  });

  it('keeps the article’s own quotation marks', () => {
    const text = 'Le ministre a parlé de « la prévention du terrorisme » hier.';
    const french: Analysis = {
      ...analysis,
      article: makeArticle(text, { lang: 'fr', url: 'https://news.example/fr' }),
      quotes: [makeQuote('la prévention du terrorisme', text, { speaker: null, speakerType: 'unknown' })],
      reported: [],
    };
    const root = document.createElement('div');
    act(() => render(<QuotesSection analysis={french} actions={setup().actions} pinnedQuoteKeys={new Set()} />, root));
    expect(root.querySelector('.quote-text')?.textContent).toBe('«\u00a0la prévention du terrorisme\u00a0»');
  });

  it('says why speakers are missing in an article that is not in English', () => {
    const root = document.createElement('div');
    const french = {
      ...analysis,
      article: { ...analysis.article, lang: 'fr' },
      quotes: quotes.map((q) => ({ ...q, speaker: null, speakerType: 'unknown' as const })),
    };
    act(() => render(<QuotesSection analysis={french} actions={setup().actions} pinnedQuoteKeys={new Set()} />, root));
    const said = root.querySelector('[data-testid=english-only]')?.textContent;
    expect(said).toContain('Speakers: English only.');
    expect(said).toContain('This article is in French');
    // No sourcing bar that would call every quote "Unattributed": the article may well name its speakers.
    expect(root.querySelector('[data-testid=sourcing-bar]')).toBeNull();
    expect(root.textContent).not.toMatch(/Unattributed|no named source/);
    act(() =>
      render(<QuotesSection analysis={analysis} actions={setup().actions} pinnedQuoteKeys={new Set()} />, root),
    );
    expect(root.querySelector('[data-testid=english-only]')).toBeNull();
    expect(root.querySelector('[data-testid=sourcing-bar]')).not.toBeNull();
  });

  it('says so when the article has no quotes', () => {
    const root = document.createElement('div');
    act(() =>
      render(
        <QuotesSection
          analysis={{ ...analysis, quotes: [], reported: [] }}
          actions={setup().actions}
          pinnedQuoteKeys={new Set()}
        />,
        root,
      ),
    );
    expect(root.textContent).toBe('No direct quotes found in this article.');
  });
  it('a speaker given only by low-confidence rules reads "probably", sorts last among people, and says to check', () => {
    const root = document.createElement('div');
    const unsure = {
      ...analysis,
      quotes: [...quotes, { ...quote('No comment here,', 'Sam Doe', 'person'), confidence: 'low' as const }],
    };
    const mixed = { ...unsure, quotes: [...unsure.quotes, { ...quotes[1], confidence: 'low' as const }] };
    act(() => render(<QuotesSection analysis={unsure} actions={setup().actions} pinnedQuoteKeys={new Set()} />, root));
    const groups = [...root.querySelectorAll('[data-testid=speaker]')];
    const sam = groups.find((g) => g.textContent?.includes('Sam Doe'))!;
    expect(sam.querySelector('.probably')?.textContent).toBe('probably');
    expect(sam.textContent).toContain('isn’t sure who said these');
    expect(groups.indexOf(sam)).toBe(1); // after Berik Uali, before the group
    act(() => render(<QuotesSection analysis={mixed} actions={setup().actions} pinnedQuoteKeys={new Set()} />, root));
    const tags = [...root.querySelectorAll('.quote-text')].map((b) => b.getAttribute('data-tags'));
    expect(tags.filter((t) => t === 'speaker unclear')).toHaveLength(1);
  });

  it('a low-confidence attribution shows the words the speaker was read from', () => {
    const root = document.createElement('div');
    const he = TEXT.indexOf('he said');
    const unclear = { ...quotes[1], confidence: 'low' as const, speakerMention: { start: he, end: he + 2 } };
    const after = { ...analysis, quotes: [quotes[0], unclear] };
    act(() => render(<QuotesSection analysis={after} actions={setup().actions} pinnedQuoteKeys={new Set()} />, root));
    expect(root.querySelector('[data-testid=clue]')!.textContent).toBe('Speaker read from: …" he said');
    const uali = TEXT.indexOf('Berik Uali');
    const before = {
      ...quotes[2],
      speaker: 'Berik Uali',
      speakerType: 'person' as const,
      confidence: 'low' as const,
      speakerMention: { start: uali, end: uali + 10 },
    };
    act(() =>
      render(
        <QuotesSection
          analysis={{ ...analysis, quotes: [quotes[0], before] }}
          actions={setup().actions}
          pinnedQuoteKeys={new Set()}
        />,
        root,
      ),
    );
    expect(root.querySelector('[data-testid=clue]')!.textContent).toBe(
      'Speaker read from: Berik Uali said. "Order is restored," he said. Relatives called it "…',
    );
  });
});
