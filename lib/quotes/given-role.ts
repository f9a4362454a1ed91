// "Ann Reyes, the senator from Ohio, … ¶ “…,” the senator said": the roles the text itself gives a person it names, in
// the words around one of their mentions, so that a role noun later stands for the one person given that role.
import { alternation, withCapitals } from '../lexicon/build';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVES, THIRD_PERSON_POSSESSIVES } from '../lexicon/en/determiners';
import { PAST_ROLE_MARKERS } from '../lexicon/en/roles';
import { PREPOSITIONS } from '../lexicon/en/function-words';
import { CUE_VERBS } from '../lexicon/en/speech';
import type { Mention } from './mentions';
import type { Person } from './people';
import { latinFirst } from '../text/latin-first';
import { SENTENCE_SO_FAR } from './patterns';

// The rest of the name from where a mention starts ("Ann Reyes", "Reyes"), then a party tag ("(D-Ohio)").
const NAME =
  "(?:\\p{Lu}[\\p{L}.'’\\u2024-]*[^\\S\\n]+){0,3}\\p{Lu}[\\p{L}.'’\\u2024-]*(?:[^\\S\\n]+\\([^()\\n]{1,14}\\))?";
// The role phrase: up to the next stop, comma or quote mark.
const PHRASE = '([^,.;:!?"“”()\\n]{1,60})';
// A possessive word standing for an article ("Trump's campaign manager"), or a possessive pronoun ("His spokesman,
// Jason Miller,", "Jason Miller, his spokesman,"): the role is given all the same, whoever's it is.
// Capitalised too, at a sentence's start ("The coach, Dana Reed, said").
const OWNERS = alternation(withCapitals(THIRD_PERSON_POSSESSIVES));
const DETERMINER = `(?:[Aa]|[Aa]n|[Tt]he|\\p{Lu}[\\p{L}.\\u2024-]*['’]s|${OWNERS})`;
// Words that open a noun phrase: after "as" they make it a subordinator ("as the mayor said"), not an office.
const NOT_AN_OFFICE = alternation([...ARTICLES, ...POSSESSIVES, ...DEMONSTRATIVES]);
// Verbs that say who someone is or became.
const IS = '(?:is|was|became|has become|had become|remains|is now|was once)';
// Verbs that give an office without an article ("was elected governor").
const MADE = '(?:became|was elected|was named|was appointed|has been named|was chosen)';

/**
 * How the words right after a name give the person a role, one row each. Group 1 is the role phrase.
 */
const GIVEN_AFTER: { pattern: RegExp; example: string }[] = [
  // an apposition set off by a comma
  { pattern: new RegExp(`^${NAME},\\s+${DETERMINER}\\s+${PHRASE}`, 'u'), example: 'Ann Reyes, the senator from Ohio,' },
  // a relative clause saying what the person is or became
  {
    pattern: new RegExp(`^${NAME},\\s+who\\s+(?:${IS}|${MADE})\\s+(?:(?:a|an|the)\\s+)?${PHRASE}`, 'u'),
    example: 'Ann Reyes, who became mayor in 2014,',
  },
  // a predicate with an article
  {
    pattern: new RegExp(`^${NAME}\\s+${IS}\\s+(?:a|an|the)\\s+${PHRASE}`, 'u'),
    example: 'Ann Reyes is the Republican nominee',
  },
  // an office taken, with no article
  { pattern: new RegExp(`^${NAME}\\s+${MADE}\\s+${PHRASE}`, 'u'), example: 'Ann Reyes was elected governor in 2014' },
  // a bare office after "as" in the name's sentence; "looked on as the mayor said" is the subordinator, its
  // determiner opening a clause of its own (review30 finding 17)
  {
    pattern: new RegExp(
      `^[^.;!?"“”\\n]{0,80}?\\sas\\s+(?!(?:${NOT_AN_OFFICE})\\s)((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)`,
      'u',
    ),
    example: 'Maria Lopez was sworn in as mayor',
  },
];

// Up to five words of a role before a name, none a determiner or a joiner: "the voters and the candidate's wife, Ann
// Reyes" gives her "candidate's wife", not "voters".
const WORD = "(?!(?:a|an|the|and|or|but|to|with|by|of)\\s)[\\p{L}'’-]+";
const ROLE_WORDS = `(?:${WORD}\\s+){0,4}${WORD}`;
const WORDS = `(${ROLE_WORDS})`;

// The first names and initials between a role set off by its comma and the surname a mention is at.
const FIRST_NAMES = "(?:\\p{Lu}[\\p{L}.'’\\u2024-]*[^\\S\\n]+){0,3}$";
// What a role is of or for, after its words: up to the comma before the name ("for the Trump campaign").
const AFFILIATION = '(?:for|of|at|with)\\s+[^,.;:!?"“”()\\n]{1,50}';

/**
 * How the words right before a name give the person a role, one row each. A mention is at the surname: the first
 * names and initials before it stand between. Group 1 is the role phrase. Latin-1 first (latinFirst): anchored at
 * the end, each is tried at each character of the window.
 */
const GIVEN_BEFORE: { pattern: RegExp; example: string }[] = [
  // a role set off by a comma
  {
    pattern: latinFirst(new RegExp(`(?:^|[^\\p{L}'’])${DETERMINER}\\s+${WORDS},\\s+${FIRST_NAMES}`, 'u')),
    example: "Trump's campaign manager, Ann Reyes,",
  },
  // a role with what it is for, set off by a comma
  {
    pattern: latinFirst(
      new RegExp(`(?:^|[^\\p{L}'’])${DETERMINER}\\s+(${ROLE_WORDS}\\s+${AFFILIATION}),\\s+${FIRST_NAMES}`, 'u'),
    ),
    example: 'A spokesman for the Trump campaign, Jason Miller,',
  },
];

// Where a role phrase's head ends: a preposition, a relative pronoun or a verb's "in" after it ("senator from Ohio",
// "mayor in 2014"); the head words before it say the role, the words after it may still qualify it.
const HEAD_END = /\s(?:of|from|in|at|for|with|who|and|on|since|until|after|before)\s/;

// A role held before and no longer: "the former mayor", "a retired judge", "mayor from 1990 to 1998", "until 2014".
const PAST_ROLE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(PAST_ROLE_MARKERS)})(?![\\p{L}])` +
    `|\\b(?:from|between|in)\\s+\\d{4}\\s+(?:to|and|until)\\b|\\buntil\\b`,
  'iu',
);

const hasWord = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}])${word.replace(/[.]/g, '\\.')}(?![\\p{L}])`, 'u').test(text);

// "Tom Ward, his lawyer said, will plead not guilty": an aside crediting words, no apposition.
const CREDITS = new RegExp(`\\s(?:${alternation(CUE_VERBS)})$`, 'u');
// The surname a mention is at, then what closes an apposition: "Trump's campaign manager, Kellyanne Conway,".
const CLOSED_AFTER_NAME = /^[\p{L}.'’\u2024-]*(?:\s*[,.;:!?)\]"”]|\s*\n|\s*$)/u;
// A sentence opening with a preposition or a participle ("In a letter to", "Asked about", "Speaking to", "After
// meeting with"): a role in it is the opening phrase's object, not the apposition of the name after its comma.
// Not a name that ends so ("Ted Cruz's campaign manager, Jeff Roe,"): a capitalised word or a possessive after it.
const OPENING_PHRASE = new RegExp(
  `^(?:${alternation(PREPOSITIONS)}|\\p{L}+ing|\\p{L}+ed)(?![\\p{L}])(?!['’]s|\\s+\\p{Lu})`,
  'iu',
);

/** The role phrases the text gives the person around their mentions before `before`. */
export function rolesGiven(person: Person, text: string, before: number): string[] {
  const phrases: string[] = [];
  for (const at of person.mentions) {
    if (at >= before) continue;
    // Read no further than the mention being resolved.
    const after = text.slice(at, Math.min(at + 140, before));
    for (const { pattern } of GIVEN_AFTER) {
      const phrase = pattern.exec(after)?.[1];
      if (phrase && !CREDITS.test(phrase)) phrases.push(phrase);
    }
    phrases.push(...rolesBefore(text, at));
  }
  return phrases;
}

/**
 * The roles set off right before the name at `at` (GIVEN_BEFORE), when the name closes the apposition ("A spokesman
 * for the Trump campaign, Jason Miller, disputed …") and the role is no opening phrase's object ("In a letter to the
 * mayor of Dayton, Tom Ward asked …").
 */
function rolesBefore(text: string, at: number): string[] {
  if (!CLOSED_AFTER_NAME.test(text.slice(at, at + 40))) return [];
  const lead = text.slice(Math.max(0, at - 80), at);
  return GIVEN_BEFORE.flatMap(({ pattern }) => {
    const match = pattern.exec(lead);
    if (!match) return [];
    const sentence = SENTENCE_SO_FAR.exec(lead)?.[1] ?? '';
    return OPENING_PHRASE.test(sentence.trimStart()) ? [] : [match[1]];
  });
}

/**
 * Whether a role phrase says the role noun: one of `wanted` among its head words (before "of", "from" …), and every
 * capitalised qualifier of the mention somewhere in it ("the Vermont senator" ↔ "a senator from Vermont"). The
 * phrase says the role as held now, or before when `past` ("the former mayor" ↔ "a former mayor of Dayton").
 */
export function saysRole(phrase: string, wanted: string[], qualifiers: string[], past = false): boolean {
  if (PAST_ROLE.test(phrase) !== past) return false;
  const head = ` ${phrase
    .toLowerCase()
    .replace(/\u2024/g, '.')
    .split(HEAD_END)[0]
    .trim()} `;
  return wanted.some((w) => head.includes(` ${w.replace(/\.$/, '')} `)) && qualifiers.every((q) => hasWord(phrase, q));
}

/** The mention's capitalised qualifiers ("Vermont" of "the Vermont senator"); "The" opening it is none. */
export const qualifiersOf = (mention: Mention): string[] =>
  (mention.text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => w !== 'The');
