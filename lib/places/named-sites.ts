// Sites news names by a name of their own, with no head noun and no town: the rooms and wings of the White House
// ("a meeting in the Oval Office"), seats of power after a preposition of place ("a meeting at the White House").
// Each list names the town its sites lie in; the resolver places them there.
import { SEATS_OF_POWER_BY_CAPITAL, WHITE_HOUSE_PARTS, WHITE_HOUSE_SHARED_NAMES } from '../lexicon/en/sites';
import { SEAT_OF_POWER_PREPOSITIONS } from '../lexicon/en/events';
import { AnyCase, alternation } from '../lexicon/build';
import type { Token } from '../text/tokens';
import { entry, lookup, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import { spanCandidate } from './span-candidate';

/** A story about the president or his house, where "the West Wing" is not a television series. */
const PRESIDENCY = /\b(?:White House|[Pp]resident)\b/;

/** Any story: a seat of power is read by the words before it (SEAT_BEFORE). */
const ANY_STORY = /(?:)/;

/** "at the White House", "inside the Kremlin": where someone is or something happens (lexicon). */
const SEAT_BEFORE = new RegExp(`\\b(?:${alternation(SEAT_OF_POWER_PREPOSITIONS)})\\s+(?:the\\s+)?$`, 'i');

/**
 * The capital each list's sites lie in (its name and country), what the story must say for the list to be read and,
 * for seats of power, what must stand right before the name.
 */
type Hosted = readonly [capital: string, country: string, names: readonly string[], sign: RegExp, before?: RegExp];
const HOSTED: Hosted[] = [
  ['washington', 'US', WHITE_HOUSE_PARTS, PRESIDENCY],
  ['washington', 'US', WHITE_HOUSE_SHARED_NAMES, /\bWhite House\b/],
  ...Object.entries(SEATS_OF_POWER_BY_CAPITAL).map(
    ([capital, [country, seats]]) => [capital, country, seats, ANY_STORY, SEAT_BEFORE] as const,
  ),
];
const MAX_WORDS = Math.max(...HOSTED.flatMap(([, , names]) => names.map((k) => k.split(' ').length)));

/** "The West Wing", "“Oval Office”": a capital "The" inside a sentence or quotation marks make a title. */
const TITLED = /(?:[\p{Ll}\d,;]\s+The\s+|[“"‘])$/u;

/** Every list's names, each with its list. */
const HOST_OF = new Map(HOSTED.flatMap((h) => h[2].map((n) => [n, h] as const)));

/**
 * The last word of every listed name: a run whose last word is none of them holds no listed name at its end, so no key
 * of it is built (most runs: "Mr. Smith", "New York").
 */
// Asked of every run's last word, as written (AnyCase: no lower-case copy of it).
const LAST_WORDS = new AnyCase(new Set([...HOST_OF.keys()].map((n) => n.slice(n.lastIndexOf(' ') + 1))));

/**
 * The named sites in the runs of capitalised words `all` (token ranges), each with its town as `inner`. The story's
 * sign is read only when a run holds a listed name (review 16 F10: no scan of every text).
 */
export function namedSitesIn(all: [number, number][], tokens: Token[], text: string, index: PlaceIndex): Candidate[] {
  const out: Candidate[] = [];
  const signed = new Map<RegExp, boolean>();
  // By index: called once per article, this loop mostly runs unoptimised, where for…of and destructuring make
  // objects per run.
  for (let r = 0; r < all.length; r++) {
    const i = all[r][0];
    const j = all[r][1];
    if (!LAST_WORDS.has(tokens[j].text)) continue;
    // The run's last words: "Trump's Oval Office" is one run only when the possessive joins.
    for (let from = Math.max(i, j - MAX_WORDS + 1); from <= j; from++) {
      const key = tokens
        .slice(from, j + 1)
        .map((t) => t.text.toLowerCase())
        .join(' ');
      const host = HOST_OF.get(key);
      const start = tokens[from].start;
      if (!host || text.slice(start, tokens[j].end).toLowerCase() !== key) continue;
      const [capital, cc, , sign, before] = host;
      if (!signed.has(sign)) signed.set(sign, sign.test(text));
      if (!signed.get(sign)) continue;
      if (TITLED.test(text.slice(Math.max(0, start - 12), start))) break;
      if (before && !before.test(text.slice(Math.max(0, start - 16), start))) break;
      const ids = (lookup(index, capital) ?? []).filter((id) => capitalOf(entry(index, id), cc));
      if (ids.length) out.push(site(start, tokens[j].end, key, text, ids));
      break;
    }
  }
  return out;
}

const capitalOf = (e: GazetteerEntry, country: string): boolean => e.code === 'PPLC' && e.country === country;

function site(start: number, end: number, key: string, text: string, ids: number[]): Candidate {
  const inner: Candidate = { key, start, end, ids, after: '', before: '' };
  return spanCandidate(text, start, end, key, [], { site: { kind: 'building', inner } });
}
