// Which speaker names of one article stand for the same source, so the speaker list shows it once: "a spokesman" and
// "A spokesman for the company", "Kennedy" and "James P. Kennedy Jr.", "the agency" and "The European Space Agency".
// Each rule is a table row with an example; a shorter name joins a longer one only when one source fits it (the
// "the report" of a story that quotes "the Strava report" and "the trends report" stays as it is).
import type { SpeakerType } from '../types';
import { wordSet } from '../lexicon/build';
import { ARTICLES, POSSESSIVES } from '../lexicon/en/determiners';
import { HEAD_ENDING_PREPOSITIONS, RELATIVE_PRONOUNS } from '../lexicon/en/clause-words';
import { GENERATIONAL_SUFFIXES } from '../lexicon/en/names';
import { POLICE_AND_MILITARY_RANKS, TITLES_BEFORE_SURNAME, TITLE_WORDS } from '../lexicon/en/roles';
import { DISTINGUISHING_SOURCE_WORDS, NEWS_MEDIUM_NOUNS, ORGANISATION_CLASS_NOUNS } from '../lexicon/en/sources';

export interface NamedSource {
  name: string;
  type: SpeakerType;
}

/** A speaker name read for comparison: lower-case words, without a leading article ("the", "a", "one"). */
interface Phrase {
  source: NamedSource;
  words: string[];
  /** Written as a description, not a name: "a spokesman for the company", "federal prosecutors", "the agency". */
  description: boolean;
  /** Read once per name, for the comparisons of every pair: the words up to the head (core), the person's name
   * words (personWords), the distinguishing words (marks). */
  core: string[];
  person: string[];
  marks: string;
}

// "one legal expert" is "the expert": "one" opens an unnamed source as an article does.
const LEADING = wordSet(ARTICLES, ['one']);
// "spokesman for the company", "official familiar with the talks", "aide who": the words after the head.
const HEAD_ENDS = wordSet(HEAD_ENDING_PREPOSITIONS, RELATIVE_PRONOUNS, ['to', 'on', 'by', 'familiar', 'close']);
const DISTINGUISHING = wordSet(DISTINGUISHING_SOURCE_WORDS);
const CLASS_NOUNS = wordSet(ORGANISATION_CLASS_NOUNS, NEWS_MEDIUM_NOUNS);
const POSSESSIVE = wordSet(POSSESSIVES);
const SUFFIX = wordSet(GENERATIONAL_SUFFIXES);
const TITLE = wordSet(TITLES_BEFORE_SURNAME, TITLE_WORDS, POLICE_AND_MILITARY_RANKS);

const bare = (word: string) => word.replace(/[.,]$/, '');

const capital = (word: string) => /^\p{Lu}/u.test(word);
const wordsOf = (name: string) => name.replace(/[’]/g, "'").trim().split(/\s+/);

/** Where a description's head ends: "spokesman" of "spokesman for the company" (the words, as given). */
function headEnd(words: string[]): number {
  const lower = words.map((w) => bare(w.toLowerCase()));
  // "letter signed by seven physicians", "company based in Ohio": a participle before a preposition ends it too.
  const end = lower.findIndex(
    (w, i) => i > 0 && (HEAD_ENDS.has(w) || (PARTICIPLE.test(w) && HEAD_ENDS.has(lower[i + 1] ?? ''))),
  );
  return end === -1 ? words.length : end;
}
const PARTICIPLE = /(?:ed|ing)$/;

/**
 * `common`: words the article's speaker names write in lower case, so "Prosecutors" opening a sentence is the noun
 * of "federal prosecutors", not a name.
 */
function read(source: NamedSource, common: Set<string>): Phrase {
  const written = wordsOf(source.name);
  const lead = LEADING.has(written[0].toLowerCase()) && written.length > 1;
  const rest = lead ? written.slice(1) : written;
  const head = rest[headEnd(rest) - 1];
  // A description: a lower-case head after an article, a possessive or other words ("the agency", "federal
  // prosecutors", "A spokesperson for HHS"; not "The European Space Agency"); one word alone only when the article
  // writes it in lower case elsewhere.
  const opened = lead || POSSESSIVE.has(written[0].toLowerCase()) || rest.length > 1;
  const description = rest.length === 1 && !lead ? common.has(bare(head.toLowerCase())) : opened && !capital(head);
  const words = rest.map((w) => w.toLowerCase());
  return { source, words, description, core: core(words), person: personWords(words), marks: marks(words) };
}

/** The words up to the head noun: "spokesman" of "spokesman for the company". */
function core(words: string[]): string[] {
  return words.slice(0, headEnd(words)).map(bare);
}

/** A person's name without titles and generational suffixes: "Gen. Harris" → ["harris"]. */
function personWords(phrase: string[]): string[] {
  const words = phrase.map(bare).filter((w) => !SUFFIX.has(w));
  while (words.length > 1 && TITLE.has(words[0])) words.shift();
  return words;
}

/** The distinguishing words ("new", "other"), sorted: "the new source" is no "the source". */
function marks(words: string[]): string {
  return words
    .map(bare)
    .filter((w) => DISTINGUISHING.has(w))
    .sort()
    .join(' ');
}

/** Both names' words (personWords) when both are persons named without a description; else null. */
function personNames(s: Phrase, l: Phrase): [string[], string[]] | null {
  if (s.source.type !== 'person' || l.source.type !== 'person' || s.description || l.description) return null;
  return [s.person, l.person];
}

const compatible = (a: SpeakerType, b: SpeakerType) => a === b || a === 'unknown' || b === 'unknown';

export interface SameSpeakerRule {
  id: string;
  /** [shorter, longer]: the shorter joins the longer. */
  example: [NamedSource, NamedSource];
  same(shorter: Phrase, longer: Phrase): boolean;
}

const person = (name: string): NamedSource => ({ name, type: 'person' });

export const SAME_SPEAKER_RULES: SameSpeakerRule[] = [
  {
    // The same description with more words after its head, or more before it: the longer says which one.
    id: 'description-head',
    example: [person('a spokesman'), person('A spokesman for the company')],
    same: (s, l) => {
      if (!s.description || !compatible(s.source.type, l.source.type)) return false;
      // "the agency" may be a body's name ending in its noun, not a person's ("Tom Singer" is no "the singer"); not a
      // class noun said of any company ("the company" of a story that names "Besecker Company" and "Whole Foods").
      if (!l.description && l.source.type !== 'organization') return false;
      const short = s.core;
      if (!l.description && short.length === 1 && CLASS_NOUNS.has(short[0])) return false;
      // "the new source" is no "the source": a distinguishing word on one side only.
      if (s.marks !== l.marks) return false;
      const long = l.core;
      return short.length < l.words.length && short.join(' ') === long.slice(-short.length).join(' ');
    },
  },
  {
    // A surname alone, perhaps after a title, and the one full name that ends in it.
    id: 'surname',
    example: [person('Kennedy'), person('James P. Kennedy Jr.')],
    same: (s, l) => {
      const [short, long] = personNames(s, l) ?? [[], []];
      return short.length === 1 && long.length > 1 && long.at(-1) === short[0];
    },
  },
  {
    // The same first name and surname, with or without middle names and initials.
    id: 'middle-names',
    example: [person('Sonya Zoghlin'), person('Sonya A. Zoghlin')],
    same: (s, l) => {
      const [short, long] = personNames(s, l) ?? [[], []];
      return short.length === 2 && long.length > 2 && short[0] === long[0] && short[1] === long.at(-1);
    },
  },
];

/** "a Spokesman" and "the spokesman", "The Food Standards Agency" and "Food Standards Agency": one key. */
const keyOf = (p: Phrase) => p.words.join(' ');

/**
 * For each speaker name (lower case), the name its source is listed under: the fullest of the names found the same
 * (most words; then the one quoted first). Names no rule joins map to themselves.
 */
export function sameSpeakers(sources: NamedSource[]): Map<string, string> {
  // Each name is read once: a source named again adds nothing to the words (as written) or, in any case, to the
  // phrases (same key, already listed).
  const written = [...new Set(sources.map((s) => s.name))];
  const seen = new Set<string>();
  const first = sources.filter((s) => !seen.has(s.name.toLowerCase()) && !!seen.add(s.name.toLowerCase()));
  const common = new Set(
    written.flatMap((name) =>
      wordsOf(name)
        .filter((w) => !capital(w))
        .map(bare),
    ),
  );
  const phrases = new Map<string, Phrase[]>();
  for (const source of first) {
    const phrase = read(source, common);
    const key = keyOf(phrase);
    if (!phrases.has(key)) phrases.set(key, []);
    if (!phrases.get(key)!.some((p) => p.source.name.toLowerCase() === source.name.toLowerCase()))
      phrases.get(key)!.push(phrase);
  }
  const parent = new Map([...phrases.keys()].map((k) => [k, k]));
  const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
  const keys = [...phrases.keys()];
  for (const short of keys) {
    const s = phrases.get(short)![0];
    const partners = keys.filter((long) => {
      const l = phrases.get(long)![0];
      return long !== short && l.words.length > s.words.length && SAME_SPEAKER_RULES.some((r) => r.same(s, l));
    });
    // Joined only when one source fits: "Clinton" beside "Bill Clinton" and "Hillary Clinton" stays apart.
    const groups = new Set(partners.map(find));
    if (groups.size === 1) parent.set(find(short), [...groups][0]);
  }
  const shown = new Map<string, string>();
  for (const key of keys) {
    const root = find(key);
    const current = shown.get(root);
    const name = phrases.get(key)![0].source.name;
    if (!current || name.split(/\s+/).length > current.split(/\s+/).length) shown.set(root, name);
  }
  const result = new Map<string, string>();
  for (const [key, list] of phrases)
    for (const p of list) result.set(p.source.name.toLowerCase(), shown.get(find(key))!);
  return result;
}
