// "the 34-year-old mother of three replied", "said the billionaire businessman": a description a story uses instead
// of a name it gave before. When no role holder fits it (resolve.ts tries those first), it is the person the story is
// about just then: the last one named as a subject, or the last one quoted, whichever came later.
import {
  ACTING_FOR_VERBS,
  EPITHET_HEADS,
  FEMALE_DESCRIPTION_WORDS,
  MALE_DESCRIPTION_WORDS,
  OWN_SIDE_NOUNS,
  OWN_SIDE_PREPOSITIONS,
  PARTY_MEMBER_NOUNS,
  SAID_WHERE_PREPOSITIONS,
} from '../lexicon/en/epithets';
import { CUE_VERBS, SPEECH_MEDIA } from '../lexicon/en/speech';
import { PREPOSITIONS } from '../lexicon/en/function-words';
import { alternation } from '../lexicon/build';
import { LEADERSHIP_ROLES } from '../lexicon/en/roles';
import { DATELINE_OPENING } from '../text/datelines';
import { ROLE_SYNONYMS } from '../lexicon/en/sources';
import { PERSON_HEADS, TITLE_WORDS, type Mention } from './mentions';
import { mayBeOfGender, type PeopleIndex, type Person } from './people';
import { leadInSentence } from './salient-role';
import { taggedParties } from './party-tag';
import { SENTENCE_SO_FAR } from './patterns';

const HEADS = new Set(EPITHET_HEADS);
// "the Senate minority leader", "the Hamas chief": a leadership role a capitalised body qualifies.
const LEADERS = new Set(LEADERSHIP_ROLES);
const FEMALE = new Set(FEMALE_DESCRIPTION_WORDS);
const MALE = new Set(MALE_DESCRIPTION_WORDS);
// "the 46-year-old", "the 34-year-old mother of three": an age stands for a person already named.
const AGE = /\b\d{1,3}-year-old\b/;
// How far back the person is looked for: about a long paragraph.
const REACH = 1200;

// "the Republican": a party's member noun alone, capitalised as written ("the democrat" is no party's member).
const PARTY_MEMBER = new RegExp(`^[Tt]he\\s+(?:${alternation(PARTY_MEMBER_NOUNS)})$`);
// "Reyes's former campaign manager": a name's possessive (up to four capitalised words), then lower-case words.
const POSSESSED_ROLE =
  /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,4}\p{Ll}[\p{L}-]*$/u;

/** The name whose role a possessive description gives ("Reyes" of "Reyes's former campaign manager"), if any. */
export function possessorOf(mention: Mention): string | null {
  return mention.kind === 'role' ? (POSSESSED_ROLE.exec(mention.text)?.[1] ?? null) : null;
}

/**
 * "the Florida senator", "The New York businessman", "the presumptive Republican presidential nominee": "the", a
 * capitalised qualifier (a place, a party) and an office or status head; "the Republican", a party's member noun
 * alone; "Reyes's former campaign manager", a role a named person's possessive qualifies. Such a description is
 * a byword for a person the story has named; an unnamed source is written "a Florida Democrat", "one GOP aide".
 */
export function isQualifiedByword(mention: Mention, office: boolean): boolean {
  if (mention.kind !== 'role') return false;
  if (PARTY_MEMBER.test(mention.text) || possessorOf(mention)) return true;
  if (!/^the\s/i.test(mention.text)) return false;
  const qualified = mention.text
    .split(/\s+/)
    .slice(1, -1)
    .some((w) => /^\p{Lu}/u.test(w));
  const head = (mention.head ?? '').toLowerCase();
  return qualified && (office || HEADS.has(head) || LEADERS.has(head));
}

/**
 * A byword whose head is a leadership role only ("the Senate majority leader", not "the Ohio senator"): the person the
 * story is on is a guess unless the text gives them the post (review31 finding 24), so the panel says "probably".
 */
export const isLeaderByword = (mention: Mention): boolean => {
  const head = (mention.head ?? '').toLowerCase();
  return LEADERS.has(head) && !HEADS.has(head);
};

/**
 * "Smith's lawyer" with Smith a person the story names: the text gives the person that role of the owner's, the
 * owner's possessive and the role's head noun (or a synonym: ROLE_SYNONYMS) right before their name ("Smith's lawyer,
 * Tom Ward,", "Smith's longtime attorney Tom Ward", "Smith’ lawyer"; "his lawyer, Tom Ward," when the owner was named
 * within the sentence or two before, the last one named) or in an apposition after it ("Tom Ward, Smith's lawyer,"),
 * or a clause after it that has them act for the owner ("Tom Ward, who represents Smith,"). Only that ties a
 * possessive role to someone: the person the story was on may be the owner's other side ("Ann Reyes and Tom Baker
 * debated … Reyes's campaign manager said").
 */
export function ownedRoleGiven(
  person: Person,
  owner: Person,
  mention: Mention,
  people: PeopleIndex,
  text: string,
): boolean {
  const ownerName = possessorOf(mention)?.split(/\s+/).at(-1);
  const head = mention.head?.toLowerCase();
  if (!ownerName || !head) return false;
  const heads = alternation(Object.hasOwn(ROLE_SYNONYMS, head) ? ROLE_SYNONYMS[head] : [head]);
  const role = (possessive: string) => `${possessive}\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${heads})`;
  const owners = `${escapeRegExp(ownerName)}['’]s?`;
  // Case-sensitive throughout: under /iu, \p{Lu} takes any letter, and the name after the role would be any word
  // ("His spokeswoman called Mary Holt" is no "his spokeswoman, Mary Holt").
  const before = new RegExp(`${role(owners)},?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`, 'u');
  const pronounBefore = new RegExp(`(?<!\\p{L})${role('[Hh](?:is|er)')},?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`, 'u');
  const after = new RegExp(`^[\\p{L}.'’-]*,\\s+(?:[\\p{L}-]+\\s+){0,2}?${role(owners)}(?![\\p{L}])`, 'u');
  // "his"/"her" is the owner's when the owner is the last one named before it, not long before: not "Ann Smith was
  // charged …. Jane Cole testified …. Her lawyer, Tom Ward," for "Smith's lawyer".
  const ownerJustNamed = (at: number) => {
    const last = people.namedBefore(at).find((n) => n.person !== person);
    return last?.person === owner && at - last.at <= OWNER_REACH;
  };
  // "Tom Ward, who represents Smith,": a clause after the name that has them act for the owner.
  const acting = new RegExp(
    `^[\\p{L}.'’-]*,\\s+who\\s+(?:${alternation(ACTING_FOR_VERBS)})\\s+` +
      `(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}${escapeRegExp(ownerName)}(?!\\p{L})`,
    'u',
  );
  return person.mentions.some((at) => {
    if (at >= mention.start) return false;
    const lead = leadInSentence(text, at, 80);
    return (
      before.test(lead) ||
      after.test(text.slice(at, at + 120)) ||
      acting.test(text.slice(at, at + 120)) ||
      (pronounBefore.test(lead) && ownerJustNamed(at))
    );
  });
}

/** How far before "his lawyer, Tom Ward," the owner is named for "his" to be theirs: a sentence or two. */
const OWNER_REACH = 250;

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every capitalised qualifier of the description ("Gawker" of "the Gawker employee") stands in the person's role or
 * right before their name, within its sentence ("Gawker.com writer Ann Reyes").
 */
export function qualifiersGiven(mention: Mention, person: Person, text: string): boolean {
  const qualifiers = (mention.text.match(CAPITALISED_WORD) ?? []).filter((w) => w !== 'The');
  // Within the name's sentence: "Gawker.com writer" keeps its web address whole.
  const lead = (at: number) => leadInSentence(text, at, 45);
  const said = [person.role ?? '', ...person.mentions.map(lead)];
  return qualifiers.length > 0 && qualifiers.every((q) => said.some((b) => hasWord(b, q)));
}

/** A definite description that stands for a person named before ("the 46-year-old", "the retired neurosurgeon"). */
export function isEpithet(mention: Mention): boolean {
  if (mention.kind !== 'role' || !/^the\s/i.test(mention.text)) return false;
  return AGE.test(mention.text) || HEADS.has((mention.head ?? '').toLowerCase());
}

/** 'f' or 'm' when the description says a woman or a man, else null. */
export function genderOf(mention: Mention): 'm' | 'f' | null {
  return descriptionGender(mention.text);
}

/** genderOf for a description's words ("the spokeswoman" → 'f'). */
export function descriptionGender(description: string): 'm' | 'f' | null {
  const words = description.toLowerCase().split(/[\s-]+/);
  if (words.some((w) => FEMALE.has(w))) return 'f';
  return words.some((w) => MALE.has(w)) ? 'm' : null;
}

// "the GOP front-runner" qualifies as a Republican does; the other party's word rules a person out.
const SAME_QUALIFIER: Record<string, string> = { GOP: 'Republican', Democrat: 'Democratic' };
const PARTY_WORDS: Record<string, RegExp> = { Republican: /\b(?:Republican|GOP)\b/, Democratic: /\bDemocrat(?:ic)?\b/ };
const OTHER_PARTY: Record<string, RegExp> = { Republican: PARTY_WORDS.Democratic, Democratic: PARTY_WORDS.Republican };

/**
 * The words the text writes right before each mention of the person, within its clause and after a joining "and"
 * ("Florida Sen. Marco Rubio", "Republican nominee Donald Trump"; not "Republicans took shots at the White House.
 * President Obama", nor "Republican" for Clinton in "Republican Donald Trump and Democrat Hillary Clinton").
 */
const leadIns = (text: string, person: Person) =>
  person.mentions.map((at) =>
    text
      .slice(Math.max(0, at - 45), at)
      .replace(/^.*[,;:.!?"“”()\n]/s, '')
      .replace(/^(?:.*\s)?\p{Lu}[\p{L}'’-]*\s(?:and|or|versus)\s/su, (cut) => (namesBefore(cut) ? '' : cut)),
  );

// Party and title words that open a lead-in: before "and", they are no other person's name ("Republican nominee and
// businessman", not "Republican Donald Trump and Democrat").
const NOT_A_NAME_BEFORE_AND =
  /(?:^|\s)(?:Republicans?|Democrats?|Democratic|GOP|Sen|Rep|Gov|Mr|Mrs|Ms|Dr)[.\u2024]?\s(?:and|or|versus)\s$/u;
/** A lead-in up to a joining word ends in another person's name ("Republican Donald Trump and"). */
const namesBefore = (cut: string) => !NOT_A_NAME_BEFORE_AND.test(cut);

/** `word` stands in `text` as a whole word ("Republicans blast Obama" does not call him a Republican). */
const hasWord = (text: string, word: string) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(text);

const CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]+/gu;

// "Karl Brandt, a rival tycoon", "Tom Ward, the team's goalkeeper": the name, a comma, then an indefinite or definite
// description within a few words (a possessive's "'s" is part of its word).
const APPOSITION =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*,\s+(?:an?|the)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}-]+)/u;

/** The descriptions set off after the person's mentions ("a Republican from Ohio" of "Tom Baker, a Republican, …"). */
const appositions = (text: string, person: Person) =>
  person.mentions.flatMap((at) => APPOSITION.exec(text.slice(at, at + 100))?.[1] ?? []);

/** The text gives the person the noun `head`: in their role, right before their name or in an apposition after it. */
export function givesHead(text: string, person: Person, head: string): boolean {
  if (!head) return false;
  const before = [person.role ?? '', ...leadIns(text, person)].map((b) => b.toLowerCase());
  if (before.some((b) => hasWord(b, head))) return true;
  return person.mentions.some((at) => {
    const apposed = APPOSITION.exec(text.slice(at, at + 100));
    return apposed !== null && hasWord(apposed[1].toLowerCase(), head);
  });
}

/**
 * The description names one party ("the Republican nominee") and the text gives the person the other one, in their
 * role, right before their name ("Democratic vice presidential nominee Tim Kaine") or in an apposition after it
 * ("Tom Baker, a Democrat, spoke").
 */
export function ofOtherParty(mention: Mention, person: Person, text: string): boolean {
  return describesOtherParty(mention.text, person, text);
}

/** ofOtherParty for the words of a description ("The Republican candidate" opening a sentence). */
export function describesOtherParty(description: string, person: Person, text: string): boolean {
  const qualifiers = partyQualifiers(description);
  const party = qualifiers.map((q) => OTHER_PARTY[q]).find(Boolean);
  if (!party) return false;
  const said = saidOf(person, text);
  // Not when the text gives them the description's party too ("Republican Tom Ward met Democrat Ann Reyes": her
  // lead-in holds both words).
  const own = PARTY_WORDS[partyNamed(description) ?? ''];
  if (own && said.some((b) => own.test(b))) return false;
  return said.some((b) => party.test(b)) && !qualifiers.some((q) => said.some((b) => hasWord(b, q)));
}

/** A description's capitalised words, a party's other names made one ("GOP" → "Republican"). */
const partyQualifiers = (description: string) =>
  (description.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => SAME_QUALIFIER[w] ?? w);

/** The party a description names ("Republican" of "the GOP nominee"), else null. */
export const partyNamed = (description: string): string | null =>
  partyQualifiers(description).find((q) => Object.hasOwn(OTHER_PARTY, q)) ?? null;

/**
 * What the text says a person is, where a party would stand: their role, the words right before their name, an
 * apposition after it, and the party tag after it ("Sen. Ann Reyes (D-Vt.)").
 */
const saidOf = (person: Person, text: string) => [
  person.role ?? '',
  ...leadIns(text, person),
  ...appositions(text, person),
  ...taggedParties(person, text),
];

/** The text gives the person the party ("Democrat Ann Reyes", "Ann Reyes, a Democrat,", "Ann Reyes (D-Vt.)"). */
export function givenParty(person: Person, text: string, party: string): boolean {
  return saidOf(person, text).some((b) => PARTY_WORDS[party]?.test(b));
}

// An opening phrase set off by a comma ("On Thursday,", "In a statement,").
const OPENING_PHRASE = /^[^,]{0,60},\s+/;
// A role noun by its ending ("donor", "adviser", "strategist", "congressman").
const ROLE_ENDING = /(?:er|or|ist|man|woman)$/;

/**
 * The name at `at` opens its sentence's main clause: only an opening phrase and the name's own words (capitalised
 * words, articles, role words: "Top Republican Party donor Sheldon Adelson") stand before it. Not "On Thursday,
 * Trump announced that Manafort …" for Manafort, nor "he found Trump to be …".
 */
export function opensSentence(text: string, at: number): boolean {
  const lead = SENTENCE_SO_FAR.exec(text.slice(Math.max(0, at - 120), at));
  if (!lead || (at > 120 && lead.index === 0 && lead[0] === text.slice(at - 120, at))) return false;
  // "MANCHESTER, N.H. - At a rally here last week, Mike Pence showed …": the dateline is where the story was filed
  // from, then the opening phrase.
  return lead[1]
    .replace(DATELINE_OPENING, '')
    .replace(OPENING_PHRASE, '')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+/u, ''))
    .every(
      (w) =>
        !w ||
        /^\p{Lu}/u.test(w) ||
        /^(?:the|a|an)$/.test(w) ||
        TITLE_WORDS.has(w) ||
        PERSON_HEADS.has(w) ||
        ROLE_ENDING.test(w),
    );
}

// Where a sentence ends: a stop (perhaps closing a quote) before a space, or a line break (the text is masked: the
// point of "Mr." ends nothing).
const SENTENCE_END = /[.!?]["”’)]?\s|\n/;
// "the Florida senator, Marco Rubio,": a name set off by a comma right after the description is its apposition.
const APPOSED_NAME = /^\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * The text names the person later in the description's own sentence, not as its apposition: "“…,” the cautious
 * candidate said of running against Mr. Trump", "The 44-year-old moderator said Trump's news conference annoyed
 * her". A writer who means that person by the description does not name them again as someone it speaks of; they may
 * name where the words were said ("said at the Ames campaign headquarters", "said in an interview at the Baker family
 * farm") or the person's own side the words came from ("released by Ames's campaign"): those names do not count
 * (review35 findings 7, 13). A side the words are aimed at does ("said in an attack on the Baker campaign").
 */
function namedLaterInSentence(person: Person, mention: Mention, text: string): boolean {
  const rest = text.slice(mention.end, mention.end + 400);
  const end = mention.end + (SENTENCE_END.exec(rest)?.index ?? rest.length);
  const where = saidWhere(text, mention.end, end);
  return person.mentions.some(
    (at) =>
      at > mention.end &&
      at < end &&
      !APPOSED_NAME.test(text.slice(mention.end, at)) &&
      !(OWN_SIDE_SOURCE.test(text.slice(mention.end, at)) && OWNS_OWN_SIDE.test(text.slice(at, at + 80))) &&
      !(where && at >= where.start && at < where.end && placeOfSpeaking(text.slice(where.start, at))),
  );
}

// "released by Ames's campaign", "a statement from the Ames campaign": the name (from any of its words) owns a noun
// of the person's own side, perhaps after a word or two ("Ames's reelection campaign"), or modifies one right after
// it, after "by" or "from": the side the words came from, not a topic ("said of the Baker campaign's attacks") or a
// reported clause's subject ("said Baker's campaign lied").
const OWN_SIDE_SOURCE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(OWN_SIDE_PREPOSITIONS)})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}$`,
  'u',
);
const OWNS_OWN_SIDE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}?\\p{Lu}[\\p{L}.-]*(?:['’]s?\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?|\\s+)` +
    `(?:${alternation(OWN_SIDE_NOUNS)})(?![\\p{L}])`,
  'u',
);
// "said at …", "later said in a statement …": a verb of saying right after the description, then a preposition of
// where or how; the phrase runs to a comma, a dash or a word that turns to what the words are about ("of", "that").
const SAID_WHERE = new RegExp(
  `^\\s+(?:\\p{Ll}+ly\\s+)?(?:${alternation(CUE_VERBS)})\\s+(?:${alternation(SAID_WHERE_PREPOSITIONS)})\\s`,
  'u',
);
const SAID_WHERE_END = /[,;:—–]|\s(?:that|of|about|against|when|after|as|while|because|before)\s/;

/** Where a "said in/at …" phrase right after the description runs (after its preposition), within the sentence. */
function saidWhere(text: string, from: number, end: number): { start: number; end: number } | null {
  const opening = SAID_WHERE.exec(text.slice(from, end));
  if (!opening) return null;
  const start = from + opening[0].length;
  const stop = SAID_WHERE_END.exec(text.slice(start, end));
  return { start, end: stop ? start + stop.index : end };
}

// A preposition within a said-where phrase, and the noun phrase before it ("an interview" of "in an interview at").
const PREPOSITION_IN_PHRASE = new RegExp(
  `^(.*)(?<![\\p{L}])(${alternation([...PREPOSITIONS, ...SAID_WHERE_PREPOSITIONS])})\\s+[^]*$`,
  'iu',
);
const MEDIUM_LAST = new RegExp(`(?<![\\p{L}])(?:${alternation(SPEECH_MEDIA)})\\s*$`, 'iu');
// Prepositions that place whatever follows them ("at a rally in Ames's hometown"); "on" and "outside" may aim the
// words at a side too ("an attack on the Baker campaign", "a rally outside Baker's home"), so they place only after
// the medium ("a post on Cole's website", "an interview outside the Kim family's shop").
const PLACING = new Set(['in', 'at', 'inside']);
const PLACE_PREPOSITIONS = new Set(SAID_WHERE_PREPOSITIONS);

/**
 * The words of a said-where phrase before a name (`lead`, from after its preposition) make the name part of where the
 * words were said: the phrase's own object ("at the Ames campaign headquarters", "outside the Kim family's shop"),
 * the object of "in/at/inside" ("at a rally in Ames's hometown") or of another place preposition right after the
 * medium ("in a post on Cole's website"); not a side the words are aimed at ("in an attack on the Baker campaign",
 * "in a letter to Baker", "at a rally outside Baker's home").
 */
function placeOfSpeaking(lead: string): boolean {
  const inner = PREPOSITION_IN_PHRASE.exec(lead);
  if (!inner) return true;
  const preposition = inner[2].toLowerCase();
  return PLACING.has(preposition) || (PLACE_PREPOSITIONS.has(preposition) && MEDIUM_LAST.test(inner[1]));
}

/**
 * The person an epithet stands for, among the people named as subjects within REACH before it (of a fitting gender)
 * and the last person quoted (`lastSpoken`: that speaker's name and where they were named): the latest one the text
 * qualifies as the epithet does ("the Florida senator": "Florida Sen. Marco Rubio"); the latest one when it has no
 * capitalised qualifier; none when it has one that no one meets. A person the text gives the other party ("the
 * Republican nominee": not "Democratic nominee Hillary Clinton") is left out, and so is one its own sentence names
 * after it (namedLaterInSentence).
 */
export function epithetReferent(
  mention: Mention,
  people: PeopleIndex,
  lastSpoken: { name: string; at: number } | null,
  text: string,
): { name: string; role: string | null } | null {
  const gender = genderOf(mention);
  const fits = (p: Person) => mayBeOfGender(p, gender);
  const laterInSentence = (p: Person) => namedLaterInSentence(p, mention, text);
  const qualifiers = (mention.text.match(CAPITALISED_WORD) ?? [])
    .filter((w) => w !== 'The')
    .map((w) => SAME_QUALIFIER[w] ?? w);
  const party = qualifiers.map((q) => OTHER_PARTY[q]).find(Boolean);
  const candidates: { person: Person; at: number; subject: boolean }[] = [];
  for (const named of people.namedBefore(mention.start)) {
    const { at, person } = named;
    if (mention.start - at > REACH) break;
    if (!named.oblique && fits(person) && !laterInSentence(person))
      candidates.push({ person, at, subject: opensSentence(text, at) });
  }
  const spoken = lastSpoken && mention.start - lastSpoken.at <= REACH ? people.byName(lastSpoken.name) : null;
  if (spoken && fits(spoken) && !laterInSentence(spoken))
    candidates.push({ person: spoken, at: lastSpoken!.at, subject: true });
  // One the text itself gives the head noun first ("Karl Brandt, a rival tycoon", "Billionaire Karl Brandt"), then
  // the latest sentence subject or speaker, then the latest one named otherwise ("found Trump to be …").
  const head = (mention.head ?? '').toLowerCase();
  const given = new Set(candidates.filter(({ person }) => givesHead(text, person, head)).map(({ person }) => person));
  candidates.sort(
    (a, b) =>
      Number(given.has(b.person)) - Number(given.has(a.person)) || Number(b.subject) - Number(a.subject) || b.at - a.at,
  );
  let best: Person | null = null;
  let bestMet = -1;
  for (const { person } of candidates) {
    const before = leadIns(text, person);
    const otherParty =
      party && before.some((b) => party.test(b)) && !qualifiers.some((q) => before.some((b) => hasWord(b, q)));
    if (otherParty) continue;
    const met = qualifiers.filter((q) => before.some((b) => hasWord(b, q))).length;
    if (met > bestMet) [best, bestMet] = [person, met];
  }
  // "the Florida senator" with no one the text calls Florida's: the description says more than a guess would.
  return qualifiers.length && bestMet === 0 ? null : best;
}
