// Rule ids and confidence on attributed quotes: the rule that chose the speaker, and its measured trust.
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { APPOSITION_RULES, nameBefore } from './apposition';
import { FALLBACK_RULES } from './fallbacks';
import { NEAR_RULES } from './near';
import { confidenceOf } from './rules';
import { makeArticle as articleOf } from '../../tests/factories';

const ruled = (paragraphs: string[]) => {
  const a = articleOf(paragraphs);
  return attributeQuotes(a, detectQuotes(a)).quotes.map((q) => [q.speaker, q.rule, q.confidence]);
};

describe('attribution rules', () => {
  it.each([
    [
      'closing-source-name',
      ['“We will rebuild the bridge,” Maria Lopez said.'],
      ['Maria Lopez', 'closing-source-name', 'high'],
    ],
    [
      'cue-before-name',
      ['Maria Lopez said: “We will rebuild the bridge by June.”'],
      ['Maria Lopez', 'cue-before-name', 'high'],
    ],
    [
      'cue-after-pronoun',
      ['Maria Lopez spoke last.', '“We will rebuild the bridge by June,” she said.'],
      ['Maria Lopez', 'cue-after-pronoun', 'medium'],
    ],
  ])('%s', (_n, paragraphs, expected) => expect(ruled(paragraphs as string[])).toEqual([expected]));

  // Every rule in the tables, on its own example: the last quote's speaker and the rule that gave it (a near rule
  // names the kind of mention it read after its id: "cue-after-name").
  it.each(FALLBACK_RULES.map((r) => [r.id, r.example] as const))('fallback: %s', (id, example) => {
    expect(ruled(example.paragraphs).at(-1)!.slice(0, 2)).toEqual([example.speaker, id]);
  });
  it.each(NEAR_RULES.map((r) => [r.id, r.example] as const))('near: %s', (id, example) => {
    const [speaker, rule] = ruled(example.paragraphs).at(-1)!;
    expect([speaker, String(rule).replace(/-(?:name|pronoun|role|organization|group|anonymous)$/, '')]).toEqual([
      example.speaker,
      id,
    ]);
  });

  it.each(APPOSITION_RULES.map((r) => [r.id, r.example] as const))('apposition: %s', (_id, example) => {
    expect(ruled(example.paragraphs).at(-1)![0]).toEqual(example.speaker);
  });
  // The name must open its clause and the description must close with a comma.
  it.each([
    ['Ada Brill, a senior adviser to the mayor, said so.', 'Ada Brill'],
    ['“No,” said Ada Brill (D-Md.), chair of the committee, on Monday.', 'Ada Brill'],
    ['He worked for Ada Brill, a senior adviser to the mayor, who said so.', null],
    ['Ada Brill, a senior adviser to the mayor said so.', null],
  ])('apposition-name-before: %s', (text, name) => {
    const at = text.search(/\b(?:a senior|chair)\b/);
    const end = text.search(/ (?:to the mayor|of the committee)/) + (text.includes('mayor') ? 13 : 17);
    const description = { kind: 'role' as const, start: at, end, text: text.slice(at, end), role: null, head: null };
    expect(nameBefore(text, description)?.text ?? null).toBe(name);
  });

  // “Okay,” I said. / “Okay,” she said.: a pronoun after the short quote is left to the pronoun rules (fallbacks.ts).
  it.each([
    ['I', ['Maria Lopez spoke first.', '“Okay,” I said. “Safety for the whole town, everybody.”']],
    ['she', ['Tom Baker thanked Maria Lopez.', '“Okay,” she said. “Safety for the whole town, everybody.”']],
  ])('previous-short-quote: no pronoun source ("%s")', (_p, paragraphs) => {
    expect(ruled(paragraphs as string[])).toEqual([[null, undefined, undefined]]);
  });

  it('a quote with no speaker has no rule and no confidence', () => {
    expect(ruled(['“The bridge will fall into the river soon.”'])).toEqual([[null, undefined, undefined]]);
  });
  it('nor has one whose source beside it resolved to no one', () => {
    const paragraphs = [
      'The bridge fell down last year.',
      '“We will rebuild the bridge by June and open it,” they said.',
    ];
    expect(ruled(paragraphs)).toEqual([[null, undefined, undefined]]);
  });

  it('an unlisted rule is medium', () => expect(confidenceOf('no-such-rule')).toBe('medium'));
});

describe('echoed-heading', () => {
  it('gives a subheading the speaker of the later quote it repeats, not the subject before it', () => {
    const quotes = ruled([
      'Tom Baker, the mayor, spoke first.',
      '“We write with urgency”',
      '“Flu season has begun, so we write with urgency,” the doctors said.',
    ]);
    expect(quotes[0].slice(0, 2)).toEqual(['the doctors', 'echoed-heading']);
  });
  it('leaves a heading that repeats no quote, and a whole quoted sentence, to the other rules', () => {
    const rules = [
      ['“We will rebuild the bridge by June,” Maria Lopez said.', '“Safe roads for all”'],
      ['“We will rebuild the bridge by June,” Maria Lopez said.', '“We will rebuild the bridge.”'],
    ].map((paragraphs) => ruled(paragraphs).at(-1)![1]);
    expect(rules).not.toContain('echoed-heading');
  });
  it('leaves a chant repeated whole inside a longer quote to the crowd (review28 finding 20)', () => {
    const quotes = ruled([
      'Residents were angry after the vote.',
      '“Shame on you”',
      'Mayor Tom Baker tried to calm the crowd. “Shame on you for shouting,” Baker said.',
    ]);
    expect(quotes[0][1]).not.toBe('echoed-heading');
  });
});

describe('previous-quote-colon', () => {
  const last = (paragraphs: string[]) => ruled(paragraphs).at(-1)!.slice(0, 2);
  it('goes on with the last speaker only from the paragraph right before', () => {
    const farther = [
      '“We will rebuild it,” Maria Lopez said.',
      'The council met.',
      'The reason was simple: “It carries trains.”',
    ];
    expect(last(farther)).not.toEqual(['Maria Lopez', 'previous-quote-colon']);
  });
  it('makes no guess when the lead-in has a cue whose source went unread', () => {
    const cued = ['“We will rebuild it,” Maria Lopez said.', 'The next day, her page posted: “It carries trains.”'];
    expect(last(cued)).toEqual([null, undefined]);
  });
  it('leaves words a crowd or a banner carries after the colon to them (review28 finding 25)', () => {
    const said = '“We will rebuild the bridge,” Maria Lopez said.';
    expect(last([said, 'The crowd outside had one demand: “Resign now or face the voters.”'])[1]).not.toBe(
      'previous-quote-colon',
    );
    expect(last([said, 'The banner above the stage carried a simple message: “No bridge, no vote.”'])[1]).not.toBe(
      'previous-quote-colon',
    );
    expect(last([said, 'The reason was simple: “It carries the trains.”'])).toEqual([
      'Maria Lopez',
      'previous-quote-colon',
    ]);
  });
});

describe('person-in-sentence', () => {
  const quote = '“We will rebuild the bridge by June!”';
  it('takes the last person named before the quote who may be its source, not an object', () => {
    const paragraphs = [
      'Maria Lopez spoke first.',
      `When Tom Baker took Lopez through the plan — ${quote} — it ended.`,
    ];
    expect(ruled(paragraphs)).toEqual([['Tom Baker', 'person-in-sentence', 'low']]);
  });
  it('takes no lone name after a lower-case word (a relative clause, a verb): no guess then', () => {
    const paragraphs = [
      'Maria Lopez spoke first.',
      `The balloons, which Lopez bought in March, came down — ${quote} — at noon.`,
    ];
    expect(ruled(paragraphs)).toEqual([[null, undefined, undefined]]);
  });
  it('looks no further back than the quote’s sentence, which the quote does not open', () => {
    const paragraphs = [
      'Maria Lopez spoke first. The balloons came down at noon — “We will rebuild the bridge by June!”',
    ];
    expect(ruled(paragraphs)).toEqual([[null, undefined, undefined]]);
  });
});

describe('pronoun-in-sentence', () => {
  const quote = '“We will rebuild the bridge by June!”';
  const lastOf = (words: string) =>
    ruled(['Maria Lopez spoke last.', `When ${words} finally left — ${quote} — the balloons came down.`]).at(-1);
  it('reads no pronoun inside quoted words, nor "they" or "it"', () => {
    for (const words of ['the “she said so” crowd', 'they', 'it'])
      expect(lastOf(words)).toEqual([null, undefined, undefined]);
  });
  it('reads "he" or "she" outside them', () => {
    expect(lastOf('she')).toEqual(['Maria Lopez', 'pronoun-in-sentence', 'low']);
  });
});

describe('person-in-sentence and pronoun-in-sentence: a voice of its own around the quote (review29 findings 4, 7)', () => {
  const chant = '“Four more years! Four more years!”';
  it.each([
    // A crowd opening its clause between the name and the quote, or right after the quote.
    [`When Tom Baker walked in, the crowd — ${chant} — erupted.`],
    [`As Tom Baker threw the last pass — ${chant} — the fans rose.`],
    // A person named by a noun, with a verb of their own before the quote.
    ['Tom Baker was shot on Monday. After he fell, witnesses heard a woman scream: “Call an ambulance right now!”'],
    [`Tom Baker spoke last. When he took the stage, the crowd — ${chant} — went wild.`],
  ])('%s: no guess', (paragraph) => expect(ruled([paragraph]).at(-1)).toEqual([null, undefined, undefined]));
  it('still takes the person when the words around the quote are things ("the balloons came down")', () => {
    expect(ruled([`When Tom Baker walked in — ${chant} — the balloons came down.`])).toEqual([
      ['Tom Baker', 'person-in-sentence', 'low'],
    ]);
  });
});
