// Villages and small towns the gazetteer lacks, read from the word that says what they are: "the village of Prisi",
// "the villages of Nuli and Avnevi", "Baroipara village", "Paba Upazila". The gazetteer keeps towns of 1,000 people
// and more; a story about a village names it with such a word. The resolver places the village at its town, like a
// site (site-host.ts), and shows it as a town the gazetteer lacks there.
import { AnyCase, alternation, wordSet } from '../lexicon/build';
import { HELD_TOWN_PREPOSITIONS } from '../lexicon/en/events';
import { endsWithOf } from './window-ends';
import {
  LOCALITIES_AFTER,
  NOT_SETTLEMENT_WORDS,
  SETTLEMENTS_AFTER,
  SETTLEMENTS_BEFORE_OF,
  SUBDISTRICTS_AFTER,
} from '../lexicon/en/place-words';
import type { Token } from '../text/tokens';
import { entry, kindOf, lookup, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import { spanCandidate } from './span-candidate';
import { regionAfterTown } from './postal';
import { ORG_HEADS } from '../lexicon/en/name-words';

const BEFORE_OF = new RegExp(`\\b(?:${SETTLEMENTS_BEFORE_OF.join('|')})\\s+of\\s+$`, 'i');
/** BEFORE_OF, asked only of a window that ends in "of" (window-ends.ts). */
const beforeOf = (window: string) => endsWithOf(window) && BEFORE_OF.test(window);
const PLURAL_BEFORE_OF = new RegExp(
  `\\b(?:${SETTLEMENTS_BEFORE_OF.filter((w) => w.endsWith('s')).join('|')})\\s+of\\s+(?:[\\p{L}-]+\\s+)?$`,
  'iu',
);
const DESCRIBED = new RegExp(
  `^,\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${SETTLEMENTS_BEFORE_OF.join('|')})\\s+(?:in|near|outside|of)\\s`,
  'u',
);
const AFTER = wordSet(SETTLEMENTS_AFTER, LOCALITIES_AFTER);
const LOCALITIES = wordSet(LOCALITIES_AFTER);
/**
 * A word shaped like an adjective of a people, faith, region or style ("Siberian", "Hispanic", "Catholic", "Gothic",
 * "Baroque", "Olympic"): it describes a village or a building; it does not name one.
 */
const ADJECTIVE_SHAPED = /(?:ian|ean|ese|ic|ish|que|ern)$/u;
/** Whether a capitalised word before a place noun describes the place rather than naming it. */
export const describes = (word: string): boolean => NOT_SETTLEMENT.has(word) || ADJECTIVE_SHAPED.test(word);
/** "a remote Himalayan village", "a Siberian village": after "a", the words before the noun describe it. */
const INDEFINITE = /\b(?:a|an)\s+(?:(?!(?:of|in|at|from|near|to)\s)[\p{Ll}-]+\s+){0,2}$/iu;
/**
 * What says a name before "area", "neighborhood" or "district" is a locality's, not a description ("the Black
 * neighborhood", "the Gulf area", "the Eighth district"): the town it lies in, after "of" or with a possessive
 * before it ("the Hardeetown area of Chiefland", "Delhi's Saket area").
 */
const LOCALITY_OF = /^\s+\p{Ll}+\s+of\s+(?:the\s+)?\p{Lu}/u;
const TOWN_POSSESSIVE = /\p{Lu}[\p{L}.-]*['’]s?\s+$/u;
const SUBDISTRICTS = wordSet(SUBDISTRICTS_AFTER);
/** SUBDISTRICTS asked of a capitalised token as written (no lower-case copy of it). */
const SUBDISTRICT = new AnyCase(SUBDISTRICTS);
const NOT_SETTLEMENT = wordSet(NOT_SETTLEMENT_WORDS);
const TOWNSHIP = /^Townships?$/;
/** Where a town is written before its state: after a preposition of place, a dash, a comma, "@", or opening a line. */
const TOWN_SLOT = /(?:\b(?:in|of|from|near|at|to)\s+|[–—@,(-]\s*|\n\s*|^)$/u;
/**
 * Where a town is written before the place that holds it: after "in", "near" or "outside", or after a semicolon in a
 * list of towns, each with its country ("Pailin, Cambodia; Attapeu, Laos; Binh Phuoc, Vietnam"). Not after "at",
 * "of" or "from", which name firms and institutions with their city far more often ("an economist at Jefferies,
 * London", "shareholders of Baker Hughes, Houston"), nor after "to", a dash or a bracket ("according to Xinhua News
 * Agency, Beijing …", "Lander Dircken (Atariac, Belgium)": a source, a club).
 */
const HELD_TOWN_SLOT = new RegExp(`(?:\\b(?:${alternation(HELD_TOWN_PREPOSITIONS)})\\s+|;\\s*)$`, 'u');
/** ", Luxembourg", ", Quezon City", ", New Zealand": the capitalised words after a comma (at most three). */
const HOLDER_AFTER = /^,\s(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})/u;
/** A city this big is written after the parts of it a story names ("Greenlane, Auckland", "Balintawak, Quezon City").
 */
const HOLDING_CITY = 100_000;

/** A village's name is short ("Kasba Bonli"); a longer run is something else's. */
const MAX_WORDS = 3;

/** What the recogniser knows of the text, to tell a village's name from a word, a person or a known place. */
export interface SettlementContext {
  index: PlaceIndex;
  /** Words the text writes in lower case. */
  lower: ReadonlySet<string>;
  /** Words of people's and other non-place names. */
  nameWords: ReadonlySet<string>;
  /** Words that never name a place (function words, given names). */
  notNames: (word: string) => boolean;
}

/** Villages named in the runs of capitalised words `all` (token ranges), as site candidates of kind 'village'. */
export function settlementsIn(
  all: [number, number][],
  tokens: Token[],
  text: string,
  ctx: SettlementContext,
): Candidate[] {
  const out: Candidate[] = [];
  for (let r = 0; r < all.length; r++) {
    // Not destructured: this runs once per article, mostly unoptimised, where destructuring makes an iterator.
    const i = all[r][0];
    const j = all[r][1];
    const name = nameRange(i, j, tokens, text, ctx.index);
    if (!name) continue;
    const c = village(name[0], name[1], tokens, text, ctx);
    if (!c) continue;
    out.push(c);
    // "the villages of Nuli and Avnevi": the next run is the second village.
    const next = all[r + 1];
    if (!next || !PLURAL_BEFORE_OF.test(text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start))) continue;
    if (!/^(?:,\s*|,?\s+and\s+)$/.test(text.slice(tokens[j].end, tokens[next[0]].start))) continue;
    const second = village(next[0], next[1], tokens, text, ctx);
    if (second) out.push(second);
    r++;
  }
  return out.length ? [...out, ...namedAgain(all, tokens, text, out)].sort((a, b) => a.start - b.start) : out;
}

/**
 * "Back in Kasba Bonli, …": once the story has said a name is a village, the name alone is that village again
 * (a sentence's first word may open the run: "Beyond Madinaty").
 */
function namedAgain(all: [number, number][], tokens: Token[], text: string, villages: Candidate[]): Candidate[] {
  const keys = new Map(villages.map((v) => [v.key, v.key.split(' ').length]));
  const taken = new Set(villages.map((v) => v.start));
  const out: Candidate[] = [];
  for (const [i, j] of all) {
    for (const [key, n] of keys) {
      const from = j - n + 1;
      if (from < i || (from > i && !(from === i + 1 && tokens[i].sentenceStart))) continue;
      const words = tokens.slice(from, j + 1).map((t) => t.text.toLowerCase());
      if (words.join(' ') !== key || taken.has(tokens[from].start)) continue;
      const c = candidateAt(tokens[from].start, tokens[j].end, key, text);
      if (c) out.push(c);
    }
  }
  return out;
}

function candidateAt(start: number, end: number, key: string, text: string): Candidate | null {
  if (text.slice(start, end).toLowerCase() !== key) return null;
  return spanCandidate(text, start, end, key, [], { site: { kind: 'village' } });
}

const [SPACE, COMMA] = [32, 44];

/**
 * The run before a locality word is a place in a town named after "of" ("the Hardeetown area of Chiefland") or with a
 * possessive before the run ("Delhi's Saket area"). A function, not a closure in nameRange: that made a context of
 * nameRange's variables at each of its calls.
 */
function located(text: string, tokens: Token[], from: number, j: number): boolean {
  return (
    LOCALITY_OF.test(text.slice(tokens[j].end, tokens[j].end + 40)) ||
    TOWN_POSSESSIVE.test(text.slice(Math.max(0, tokens[from].start - 40), tokens[from].start))
  );
}

/** The tokens of the run that name a village, by the word before or after them; null if none says so. */
function nameRange(i: number, j: number, tokens: Token[], text: string, index: PlaceIndex): [number, number] | null {
  // "Paba Upazila", "Godagari upazila"
  if (j > i && SUBDISTRICT.has(tokens[j].text)) return [i, j - 1];
  // "Jackson Township", "Sand Creek Township": a US civil township, the word part of its name.
  if (j > i && TOWNSHIP.test(tokens[j].text)) return [i, j];
  const next = tokens[j + 1];
  if (next && next.start === tokens[j].end + 1 && text.charCodeAt(tokens[j].end) === SPACE && !next.upper) {
    const w = next.text.toLowerCase();
    // "Piarul Islam of Phulbari village": the village's name is the run's words after its last "of".
    let from = j;
    while (from > i && tokens[from - 1].upper) from--;
    if (SUBDISTRICTS.has(w) || (AFTER.has(w) && (!LOCALITIES.has(w) || located(text, tokens, from, j))))
      return [from, j];
  }
  if (beforeOf(text.slice(Math.max(0, tokens[i].start - 30), tokens[i].start))) return [i, j];
  // The tests left each open with a comma right after the run (DESCRIBED, regionAfterTown, HOLDER_AFTER): most runs
  // have none, and their windows are not copied.
  if (text.charCodeAt(tokens[j].end) !== COMMA) return null;
  // "Kasba Bonli, a market town in Rajasthan state"
  if (DESCRIBED.test(text.slice(tokens[j].end, tokens[j].end + 50))) return [i, j];
  // "Holmdel, NJ", "of Sulpher, La.": a name written with its state's postal code or AP abbreviation, where a town is
  // written (after a preposition of place, a dash, a comma or "@"; not "Gov. Jerry Brown, CA"), is a town.
  if (
    regionAfterTown(text.slice(tokens[j].end, tokens[j].end + 16)) &&
    TOWN_SLOT.test(text.slice(Math.max(0, tokens[i].start - 8), tokens[i].start))
  )
    return [i, j];
  // "in Weiswampach, Luxembourg", "in Taji, Iraq", "located in Greenlane, Auckland": a name the gazetteer lacks,
  // written where a town is and followed by the country, state or city that holds it, is a place in it.
  if (
    HELD_TOWN_SLOT.test(text.slice(Math.max(0, tokens[i].start - 8), tokens[i].start)) &&
    !tokens.slice(i, j + 1).some((t) => ORG_HEADS.has(t.text.toLowerCase())) &&
    holderAfter(text.slice(tokens[j].end, tokens[j].end + 40), index)
  )
    return [i, j];
  return null;
}

/** Whether `after` opens with a comma and a country, a state or province, or a big city ("…, Luxembourg yesterday"). */
function holderAfter(after: string, index: PlaceIndex): boolean {
  const m = HOLDER_AFTER.exec(after);
  if (!m) return false;
  const words = m[1].split(' ');
  // The longest known name the words open with: "Quezon City Wednesday" holds "Quezon City".
  for (let n = words.length; n > 0; n--) {
    const ids = lookup(index, words.slice(0, n).join(' ').toLowerCase());
    if (!ids) continue;
    return ids.some((id) => {
      const e = entry(index, id);
      return e.code.startsWith('PCL') || e.code === 'ADM1' || (kindOf(e) === 'city' && e.population >= HOLDING_CITY);
    });
  }
  return false;
}

// Built once: under tsx (esbuild, node20 target) a `\p{…}` literal inside a function is a new RegExp on every call.
const ALL_CAPITALS = /^\p{Lu}+$/u;

/** A village's candidate for tokens i..j, or null when the words are a word, a person's, or a place already known. */
function village(i: number, j: number, tokens: Token[], text: string, ctx: SettlementContext): Candidate | null {
  if (j - i + 1 > MAX_WORDS) return null;
  // "Jackson Township": a township is named after a person as often as not.
  const township = TOWNSHIP.test(tokens[j].text);
  const words = tokens.slice(i, township ? j : j + 1).map((t) => t.text.toLowerCase());
  // Not in capitals ("the VIP area"), nor with digits ("the K-8 district").
  if (!tokens.slice(i, j + 1).every((t) => t.upper && !ALL_CAPITALS.test(t.text) && !/\d/.test(t.text))) return null;
  const person = (w: string) => !township && (ctx.nameWords.has(w) || ctx.notNames(w));
  // "the village of Bilic": a name the text gives outright may end like an adjective; before the noun it describes.
  const named = beforeOf(text.slice(Math.max(0, tokens[i].start - 30), tokens[i].start));
  const described = (w: string) => NOT_SETTLEMENT.has(w) || (!named && describes(w));
  if (words.some((w) => described(w) || person(w) || ctx.lower.has(w))) return null;
  if (INDEFINITE.test(text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start))) return null;
  const key = tokens
    .slice(i, j + 1)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  // A known place is the recogniser's; a demonym is no village ("a Kurdish village").
  if (lookup(ctx.index, key) || ctx.index.demonyms.has(key)) return null;
  return candidateAt(tokens[i].start, tokens[j].end, key, text);
}
