// "Residents of Oak Park said", "Lawyers for Maria Lopez said", "The widow of Tom Baker said": a noun for people, then
// "of", "at", "for" or "from" and a name. Those people speak, about or for the name; the name after the preposition
// is no source (review30 finding 1, review31 finding 13). An office is read whole by the mention reader already ("a
// spokesman for General Motors"), and a society named so stays one body ("Friends of the Earth", "Sons of Norway").
import { wordSet } from '../lexicon/build';
import { lastWordBeforeSpace } from '../text/end-reads';
import {
  LEADERSHIP_ROLES,
  OFFICES,
  PERSON_NOUNS,
  PROFESSIONS,
  SHOWN_PERSON_NOUNS,
  TIES_TO_A_PERSON,
  TRADES_AND_POSITIONS,
} from '../lexicon/en/roles';
import { GROUP_NOUNS, ONLOOKER_NOUNS, OTHER_PEOPLE_PLURALS } from '../lexicon/en/sources';
import { type Mention, readMention } from './mentions';

// Quantifiers among the group nouns ("some of Tom Baker's aides" is read elsewhere) are no such head.
const QUANTIFIERS = new Set(['others', 'many', 'some', 'both', 'several', 'few']);
const GROUP_HEADS = GROUP_NOUNS.filter((w) => !QUANTIFIERS.has(w));
// One person by relation, work, tie or office ("a friend of Maria Lopez", "the widow of Tom Baker", "a teacher at
// Lincoln High", "the attorney of Tom Baker").
const PERSON_WORDS = [
  ...PERSON_NOUNS,
  ...SHOWN_PERSON_NOUNS,
  ...PROFESSIONS,
  ...TRADES_AND_POSITIONS,
  ...TIES_TO_A_PERSON,
  ...OFFICES,
  ...LEADERSHIP_ROLES,
];
const PERSON_SINGULARS = wordSet(PERSON_WORDS);

/**
 * The plural of a person noun: "lawyers", "allies", "spokeswomen", "wives", "coaches", "witnesses",
 * "grandchildren", "mothers-in-law" (review31 finding 22).
 */
export function plural(noun: string): string {
  const inLaw = /-in-law$/.exec(noun);
  if (inLaw) return `${plural(noun.slice(0, inLaw.index))}-in-law`;
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`;
  if (noun.endsWith('child')) return `${noun}ren`;
  if (noun.endsWith('wife')) return `${noun.slice(0, -2)}ves`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

// Plural nouns for people: the groups' plurals ("residents", "supporters"), the person nouns' plurals ("lawyers",
// "allies", "grandchildren"), the irregular ones ("children", "police") and onlookers ("fans").
const PEOPLE_PLURALS = wordSet(
  GROUP_HEADS.filter((w) => w.endsWith('s')),
  PERSON_WORDS.map(plural),
  OTHER_PEOPLE_PLURALS,
  ONLOOKER_NOUNS,
);
// A group named in the singular ("the family of Tom Baker", "the crowd at Fenway Park").
const COLLECTIVES = wordSet(GROUP_HEADS.filter((w) => !w.endsWith('s')));

// The noun, after a determiner (a singular needs one: "Friend of Maria Lopez" is no phrase), then the preposition and
// an optional "the" right before the name. No stop, comma or quote mark inside: the phrase is the name's own.
const BEFORE_NAME =
  /(?:^|[^\p{L}\d'’-])((?:([Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+)?(\p{L}[\p{L}-]*))\s+(?:of|at|for|from)\s+(?:the\s+)?$/u;
/** The words BEFORE_NAME can end in, before its last white space. */
const BEFORE_NAME_ENDS = new Set(['of', 'at', 'for', 'from', 'the']);

/** The kind of source a phrase headed by `noun` (lower case) names, or null when the noun names no people. */
function kindOf(noun: string, determiner: string | undefined): Mention['kind'] | null {
  if (PEOPLE_PLURALS.has(noun)) return 'group';
  if (!determiner) return null;
  if (COLLECTIVES.has(noun)) return 'group';
  if (PERSON_SINGULARS.has(noun)) return /^the$/i.test(determiner) ? 'role' : 'anonymous';
  return null;
}

/** The people phrase ending right before `at` ("Residents of ", "A spokeswoman for the "): start, noun and kind. */
function peopleEndingAt(text: string, at: number): { start: number; noun: string; kind: Mention['kind'] } | null {
  const window = text.slice(Math.max(0, at - 60), at);
  // BEFORE_NAME is anchored at the end, so tried at each character: its last word is asked first.
  if (!BEFORE_NAME_ENDS.has(lastWordBeforeSpace(window) ?? '')) return null;
  const m = BEFORE_NAME.exec(window);
  const noun = m?.[3].toLowerCase() ?? '';
  const kind = m ? kindOf(noun, m[2]) : null;
  return m && kind ? { start: at - window.length + m.index + m[0].indexOf(m[1]), noun, kind } : null;
}

/** The people `mention` (a name or a body) is the object of ("Residents of Oak Park"), else the mention itself. */
export function peopleBeforeName(text: string, mention: Mention): Mention {
  if (mention.kind !== 'name' && mention.kind !== 'organization') return mention;
  const nameStart = mention.end - mention.text.length;
  if (nameStart < 0 || text.slice(nameStart, mention.end) !== mention.text) return mention;
  // "Friends of Deputy Tom Baker", "Fans of Coach Dana Reed": the name's title stands between (review31 pass 10).
  // One title word only, its point perhaps masked ("Sen․"): "Sons of Norway President Tom Baker" is the president.
  const before = text.slice(Math.max(0, nameStart - 40), nameStart).replace(/\u2024/g, '.');
  const titled = !!mention.role && !/\s/.test(mention.role) && before.endsWith(` ${mention.role} `);
  let people = peopleEndingAt(text, titled ? nameStart - mention.role!.length - 1 : nameStart);
  if (!people) return mention;
  // "A spokeswoman for the family of Tom Baker": the office before the inner group speaks for it (review31 finding 14).
  for (
    let outer = peopleEndingAt(text, people.start), n = 0;
    outer && n < 2;
    outer = peopleEndingAt(text, outer.start)
  ) {
    people = outer;
    n++;
  }
  const { start, noun, kind } = people;
  const phrase = text.slice(start, mention.end);
  // "Veterans of Foreign Wars", "Friends of the Earth": a society's name the reader takes whole.
  const whole = readMention(phrase, start);
  const bare = (s: string) => s.replace(/^the\s+/i, '');
  if (whole?.kind === 'organization' && bare(whole.text) === bare(phrase)) return whole;
  const shown = phrase.replace(/^(?:The|A|An|One|Another)\s/, (d) => d.toLowerCase());
  const role = kind === 'group' ? null : shown.replace(/^(?:the|a|an|one|another)\s+/, '');
  return { kind, start, end: mention.end, text: shown, role, head: noun };
}
