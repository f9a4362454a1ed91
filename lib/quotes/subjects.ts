// Sentence subjects as sources: the subject of a clause ("Cruz called them on it:"), of a sentence ending in a colon,
// and which subjects can speak at all (names, pronouns, organisations, person nouns).
import { CUE_IN_TEXT } from './cues';
import { type Mention, opensWithNamePreposition, PERSON_HEADS, readMention, TITLE_WORDS } from './mentions';
import { charClass } from '../text/chars';
import { DATELINE_OPENING as DATELINE } from '../text/datelines';
import { blankPartyTags, capitalisedRun, TIME_ADJUNCT } from './patterns';
import {
  ADJUNCT_AFTER_SOURCE_PREPOSITIONS,
  CLAUSE_NARROWERS,
  MAIN_CLAUSE_SUBORDINATORS,
  OBJECT_PREPOSITIONS,
  OCCASIONAL_LEADING_PREPOSITIONS,
  PHRASE_DETERMINERS,
  SUBORDINATORS,
} from '../lexicon/en/clause-words';
import { alternation } from '../lexicon/build';
import { GROUP_NOUNS } from '../lexicon/en/sources';
import { INTERJECTING_VERBS, INVERTED_VERBS, IRREGULAR_PASTS } from '../lexicon/en/speech';
import {
  AGENT_ENDINGS,
  ENT_ANT_ENDINGS,
  PERSON_COMPOUND_ENDINGS,
  PERSON_STEMS_IN_ENT_ANT,
  PRACTITIONER_ENDINGS,
  VERB_ENDINGS,
} from '../lexicon/en/word-endings';

/** A verb after the speaker: "barked", "mocks", "shot back"; lower case, so it cannot open a new name. */
export const VERB = `(?:\\p{Ll}{2,}(?:${VERB_ENDINGS.join('|')})|${IRREGULAR_PASTS.join('|')})`;

// A capitalised determiner opens a noun phrase, not a name: "Her critics cited it", "Several Republican senators".
const NOT_A_NAME_OPENING = `(?!(?:${PHRASE_DETERMINERS.join('|')})\\s)`;
// "a campaign spokesman", "his aides on the Hill".
const DESCRIBED =
  '(?:a|an|his|her|its|their)(?:\\s+[\\p{Ll}-]+){1,2}(?:\\s+(?:on|of|in|from|at|for)(?:\\s+[\\p{Ll}-]+){1,3})?';
const NAME = `${NOT_A_NAME_OPENING}${capitalisedRun(4)}`;
export const SUBJECT = `(?:${NAME}|he|she|they|I|we|the(?:\\s+\\p{Ll}+){1,3}|${DESCRIBED})`;

// "Sanders protesters interrupted her speech", "Hundreds of pro-Sanders demonstrators marched": a plural noun for
// people right after the subject's first words is its head, not its verb; the next verb is tried.
const PEOPLE_PLURALS = new Set(GROUP_NOUNS);
const NOT_A_VERB = /^(?:and|or|of|in|on|at|for|to|with|from|by|as|than|who|which|that|whose|nor|but)$/;

// The words before the first verb; readMention then decides whether they name a source.
const ADVERB_BEFORE_VERB = '(?:\\p{Ll}+ly|then|also|later|again|just|still|now|once|even|never|first|soon)';
// A title in quote marks inside the clause before a quote: capitalised words ("who stars in “Fargo,”", "told ABC's
// “Good Morning America”"), small words allowed inside ("“Glasgow (No Place Like Home)”", "“War & Peace”"). Lower-case
// quoted words are someone's words (a scare quote, a partial quote too short to count) and stay as they are.
// Only after a word or a comma: quoted words that open the sentence are speech ("“Okay,” I said.", "“Yes,” said Anna
// Berg, “we will …”").
const QUOTED_TITLE = /(?<=[\p{L}\p{N},’']\s+)[“"](\p{Lu}[^“”"\n]{0,58})[”"]/gu;
const TITLE_WORD = /^(?:\p{Lu}|\d|&|\(|(?:a|an|and|at|by|for|from|in|of|on|or|the|to|with)$)/u;
const isTitle = (words: string) => words.split(/\s+/).every((w) => w === '' || TITLE_WORD.test(w));

/**
 * The clause with each title in it made plain lower-case letters (same length, so offsets hold), for the near rules
 * (nearContext) and the subject reader (clauseSubject):
 * "Jessie Buckley, who stars in “Fargo,” was blunt:" reads as a subject, an aside and a verb, as it would with no
 * title in it, not as words cut by quote marks that no subject pattern crosses; nor can the title's own capitals
 * pass for a speaker's name ("Sam Solovey, a contestant on the show “The Apprentice,” said").
 */
export const withoutQuotedTitles = (before: string) =>
  before.includes('“') || before.includes('"')
    ? before.replace(QUOTED_TITLE, (whole, words: string) =>
        isTitle(words) ? ` ${words.replace(/\p{L}/gu, (ch) => 'x'.repeat(ch.length))} ` : whole,
      )
    : before;

// An aside between two dashes of one kind: spaced ("Ora Media -- the company that owns it, which … -- told me",
// "the brand - a 12-employee business - noted") or close ("Ora Media—the company that owns it—told me"). No quote
// mark or line break inside: the dashes then bound someone's words, not an aside.
const DASH_ASIDE = /(?<=\S)\s(--|—|–|-)\s[^"“”\n]{2,200}?\s\1(?=\s)|(?<=\p{L})(—|–)[^"“”\n—–]{2,200}?\2(?=\p{L})/gu;

// An aside that is a name alone, perhaps after "the" ("Another holdout — the United Mine Workers — is"): it names the
// subject before it.
const NAME_ASIDE =
  /^[\s—–-]*(?:the\s+)?(?:\p{Lu}[\p{L}'’.\u2024&-]*\s+(?:(?:of|for|and)\s+)?)*\p{Lu}[\p{L}'’.\u2024&-]*[\s—–-]*$/u;

// An aside that gives the subject before it a person's name: the name and an apposition ("Another critic — Tom Baker,
// a former mayor — said"), or a description ending "named <Name>" ("One resident — a retired teacher named Ann
// Cole —").
const NAME_WORDS = "\\p{Lu}[\\p{L}'’\\u2024.-]*(?:\\s+\\p{Lu}[\\p{L}'’\\u2024.-]*)";
const NAMING_ASIDE = new RegExp(`^[\\s—–-]*${NAME_WORDS}+,|\\bnamed\\s+${NAME_WORDS}*[\\s—–-]*$`, 'u');

/**
 * The clause with each dash aside blanked (same length, so offsets hold): "John Dickey, the chief executive of Ora
 * Media -- the production company that owns the show, which also streams on Hulu -- told me" reads as a name, an
 * apposition and a verb, not as a subject "the production company that" cut at the aside's own comma. An aside that
 * holds a cue stays ("The deal -- Reyes said -- is “…”": it says who speaks), and so does a name alone.
 */
export function withoutDashAsides(before: string): string {
  if (!before.includes('-') && !before.includes('—') && !before.includes('–')) return before;
  // A dateline's dash opens no aside ("DAYTON, Ohio — Tom Baker spent 30 years at the plant — most of them …").
  const dateline = before.match(DATELINE)?.[0].length ?? 0;
  const blanked = before
    .slice(dateline)
    .replace(DASH_ASIDE, (aside) =>
      CUE_IN_TEXT.test(aside) || NAME_ASIDE.test(aside) || NAMING_ASIDE.test(aside) ? aside : ' '.repeat(aside.length),
    );
  return before.slice(0, dateline) + blanked;
}

// What follows the subject's words: an aside between commas, a time, an adverb, then the verb.
// An aside may hold a short quoted word, whose closing comma US style puts inside the mark ("Humphrey, who calls Trump
// a “sociopath,” said"). A quoted title is no longer quoted here: withoutQuotedTitles made it plain words first
// ("Buckley, who phoned in from the set of “Fargo,” had …"), so the marks taken are those of lower-case words.
const ASIDE_WORD = '(?:[^,"“”]|“\\p{Ll}[^“”,\\n]{0,59}”)';
const ASIDE = `(?:,\\s${ASIDE_WORD}{2,160},|,\\s${ASIDE_WORD}{0,160}“\\p{Ll}[^“”,\\n]{0,59},”)`;
const SUBJECT_TAIL =
  `${ASIDE}?\\s+(?:${TIME_ADJUNCT}\\s+)?(?:${ADVERB_BEFORE_VERB}\\s+)?` + `(${VERB}|is|are|was|were|has|have|had)\\b`;
const START_SUBJECT = new RegExp(`^([^,.;:!?"“”]{1,80}?)${SUBJECT_TAIL}`, 'u');
// The tail alone, tried where the subject's words would end.
const TAIL_AT = new RegExp(SUBJECT_TAIL, 'uy');
const SUBJECT_STOP = charClass(/^[,.;:!?"“”]$/u);
const TAIL_OPENING = charClass(/^[,\s]$/u);

/**
 * START_SUBJECT's match with at least `min` code points (at most 80) of subject words: the subject's words grow one
 * code point at a time and the tail is tried after each, as the lazy quantifier does. One tail pattern for every
 * length, not one pattern per length (each is large and V8 counts compiled regexp code against its optimising).
 */
function startSubjectFrom(rest: string, min: number): [string, string] | null {
  const from = Math.min(min, 80);
  for (let at = 0, count = 0; count < 80 && at < rest.length;) {
    const code = rest.codePointAt(at)!;
    if (SUBJECT_STOP(code)) return null;
    at += code > 0xffff ? 2 : 1;
    if (++count < from || at >= rest.length || !TAIL_OPENING(rest.charCodeAt(at))) continue;
    TAIL_AT.lastIndex = at;
    const tail = TAIL_AT.exec(rest);
    if (tail) return [rest.slice(0, at), tail[1]];
  }
  return null;
}

const OPENER = /^(?:(?:But|And|So|Then|Yet|Still|Now|Later|Instead|Meanwhile|However|Also),?\s+)?/;

const INTRO = /^[^,"“”]{2,160},\s+/;

// "When Wallace died in 1998, President Clinton released …", "Speaking to MSNBC, Bush …", "Even before Sanders
// spoke, his campaign …", "Unless further rivals quit the race, …": a subordinate clause is no subject.
// prettier-ignore
const SUBORDINATE_OPENERS = [
  ...SUBORDINATORS, ...MAIN_CLAUSE_SUBORDINATORS, 'in', 'on', 'at', 'during', 'with', 'for', 'from', 'by', 'following',
  'despite', 'amid', ...OCCASIONAL_LEADING_PREPOSITIONS,
];
const SUBORDINATE = new RegExp(
  `^(?:(?:${CLAUSE_NARROWERS.join('|')})\\s+)?(?:${SUBORDINATE_OPENERS.join('|')}|\\p{L}+ing)\\b`,
  'iu',
);

const LOWER_ING = /^\p{Ll}+ing\s/u;

/**
 * The subject of a sentence ("Cruz called them on it:", "In July, Gingrich dismissed …"): a name, pronoun,
 * organisation or role noun followed by a verb, after an optional dateline, conjunction and up to three introductory
 * phrases.
 */
export function clauseSubject(
  sentence: string,
  offset: number,
  accept: (m: Mention) => boolean = isSpeakerLike,
): Mention | null {
  sentence = withoutQuotedTitles(withoutDashAsides(blankPartyTags(sentence)));
  let at = sentence.match(DATELINE)?.[0].length ?? 0;
  at += sentence.slice(at).match(OPENER)![0].length;
  for (let intros = 0; intros <= 3; intros++) {
    const rest = sentence.slice(at);
    let m: [string, string] | null = null;
    if (intros !== 0 || !SUBORDINATE.test(rest)) {
      const found = rest.match(START_SUBJECT);
      m = found && [found[1], found[2]];
    }
    // "several environmental groups granted …": a plural noun looks like a verb in -s; try the next verb as well.
    for (let tries = 0; m && tries < 3; tries++) {
      if (!NOT_A_VERB.test(m[1]) && !PEOPLE_PLURALS.has(m[1])) {
        const mention = readMention(m[0], offset + at);
        if (mention && accept(mention)) return mention;
      }
      m = /s$/.test(m[1]) && m[0].length < 79 ? startSubjectFrom(rest, m[0].length + m[1].length + 1) : null;
    }
    const intro = rest.match(INTRO);
    if (!intro) break;
    at += intro[0].length;
    // "…, telling Fox 35 that the organization is …": a participle goes on with the subject before it; no new one.
    if (LOWER_ING.test(sentence.slice(at))) break;
  }
  return null;
}

// Nouns for people by their ending, and -ent/-ant words that are people (not "incident", "restaurant").
const ENT_ANT_PERSON = `(?:${PERSON_STEMS_IN_ENT_ANT.join('|')})(?:${ENT_ANT_ENDINGS.join('|')})`;
const PERSON_NOUN = new RegExp(`(?:${[...PERSON_COMPOUND_ENDINGS, ...AGENT_ENDINGS, ENT_ANT_PERSON].join('|')})$`);
// Of those, the endings few things have ("strategist", "historian", "spokesperson"), after a stem of three letters or
// more ("list", "twist" are none); not "-er" ("a banner").
const PERSON_BY_ENDING = new RegExp(
  `^\\p{L}{3,}(?:${[...PERSON_COMPOUND_ENDINGS, ...PRACTITIONER_ENDINGS].join('|')})$|^\\p{L}*${ENT_ANT_PERSON}$`,
  'u',
);
/** "consultant", "opponent", "resident": a person noun in -ant/-ent. */
export const PERSON_IN_ENT_ANT = new RegExp(`^\\p{L}*${ENT_ANT_PERSON}$`, 'u');

/**
 * A subject that can speak: a name, pronoun or organisation, or a role noun for a person ("the senator", "the
 * spokesman").
 */
export function isSpeakerLike(mention: Mention): boolean {
  const head = mention.head ?? '';
  const personHead = TITLE_WORDS.has(head) || PERSON_HEADS.has(head);
  // "A friend referred to him as …": an unnamed person is a source when the noun names a person ("A banner" is none).
  // "a top GOP strategist", "one spokesperson": a noun for a person by its ending is one too.
  if (mention.kind === 'anonymous') return personHead || PERSON_BY_ENDING.test(head);
  if (mention.kind === 'role') return personHead || PERSON_NOUN.test(head);
  return mention.kind === 'name' || mention.kind === 'pronoun' || mention.kind === 'organization';
}

const SUBJECT_VERB_COLON = new RegExp(
  `(?:^|[\\s,(])(${SUBJECT})\\s+(?:\\p{Ll}+ly\\s+)?(?:${VERB}|\\p{Ll}{2,}ing)\\s*:\\s*$`,
  'u',
);

/**
 * Who a sentence ending in a colon introduces: the subject right before the colon ("… and then Wallnau continues:"),
 * a name alone after a dash ("Pollsters agree - Carl Bialik:"), the subject of the last clause ("…— Cruz called
 * them on it:") or of the whole sentence ("She then addressed the supporters again:").
 */
export function colonSpeaker(before: string, offset: number): Mention | null {
  const direct = subjectBeforeColon(before, offset);
  if (direct) return direct;
  // "…, says Tom Baker, chief strategist at Acme Capital: “…”": an inverted cue and its source, perhaps with an
  // apposition, right before the colon bring the quote in (review31 finding 16).
  const inverted = invertedBeforeColon(before, offset);
  if (inverted) return inverted;
  // "Rep. Trey Gowdy (R-S.C.):", "Former secretary of state Hillary Rodham Clinton:": the whole line names the speaker.
  const body = before.replace(/[\s:—–]+$/, '').replace(/\s*\([^()]{1,20}\)$/, '');
  const whole = readMention(body, offset);
  const plainLine = !/[,;—–]|\s-\s/.test(body) && body.split(/\s+/).length <= 7;
  if (plainLine && whole?.kind === 'name' && whole.start === offset && whole.end === offset + body.length) return whole;
  const cut = Math.max(
    body.lastIndexOf(' - '),
    body.lastIndexOf('—'),
    body.lastIndexOf('–'),
    body.lastIndexOf(';'),
    body.lastIndexOf(', '),
  );
  if (cut > 0) {
    const from = cut + body.slice(cut).match(/^[\s,;—–-]*/)![0].length;
    const clause = body.slice(from);
    const alone = readMention(clause, offset + from);
    // The clause is the name and nothing else: not "told Newsweek", whose name is the one spoken to.
    if (
      alone?.kind === 'name' &&
      clause.startsWith(alone.text) &&
      alone.start === offset + from &&
      alone.end === offset + body.length
    )
      return alone;
    const subject = clauseSubject(clause, offset + from);
    if (subject) return subject;
  }
  return clauseSubject(before, offset);
}

// ", says Tom Baker, chief strategist at Acme Capital:", ", said the chief strategist:": the source after an inverted
// cue (lexicon INVERTED_VERBS), then a time or place adjunct ("noted coach Dana Reed after the game:", "writes Maria
// Lopez in her new book:"; review31 finding 25), then an apposition or an aside (", citing three people:"), up to the
// colon.
const SOURCE_ADJUNCT = `\\s+(?:${alternation(ADJUNCT_AFTER_SOURCE_PREPOSITIONS)})\\s+[^,;:.!?"“”]{2,40}`;
const INVERTED_BEFORE_COLON = new RegExp(
  `,\\s+(?:${alternation(INVERTED_VERBS)})\\s+([^,;:.!?"“”]{2,60}?)(?:${SOURCE_ADJUNCT})?` +
    `(?:,\\s+[^,;:.!?"“”]{2,80})?\\s*:\\s*$`,
  'du',
);

// A clause of its own after the source, opened by a subordinator ("after Maria Lopez told the crowd", "as the mayor
// stepped up"), whose verb steps into the talk: a cue (CUE_IN_TEXT) or an interjecting verb. The quote is that
// clause's (review32 finding 10). A clause that says nothing ("after the game ended", "as he left the courthouse") and
// a preposition's phrase ("after the game") leave the quote to the source (review32 finding 12).
const SUBORDINATE_AFTER_SOURCE = new RegExp(`^[\\s,]*(?:${alternation(MAIN_CLAUSE_SUBORDINATORS)})\\s`, 'u');
const INTERJECTING_WORD = new RegExp(`\\b(?:${alternation(INTERJECTING_VERBS)})\\b`, 'u');
const clauseAfterSource = (tail: string) =>
  SUBORDINATE_AFTER_SOURCE.test(tail) && (CUE_IN_TEXT.test(tail) || INTERJECTING_WORD.test(tail));

/** The source of an inverted cue right before the colon (INVERTED_BEFORE_COLON), if it can speak. */
export function invertedBeforeColon(before: string, offset: number): Mention | null {
  const inverted = INVERTED_BEFORE_COLON.exec(before);
  if (!inverted || clauseAfterSource(before.slice(inverted.indices![1]![1]))) return null;
  const mention = readMention(inverted[1], offset + inverted.indices![1]![0]);
  return mention && (mention.kind === 'name' || isSpeakerLike(mention)) ? mention : null;
}

// A preposition that governs the words after it, right before them (lower case: "After Baker spoke" opens a clause).
const GOVERNED_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(OBJECT_PREPOSITIONS)})\\s+$`, 'u');
const PARTICIPLE_BEFORE_COLON = /ing\s*:\s*$/u;

/** "… and then Wallnau continues:", "with Trump reportedly yelling:": the subject and verb right before a colon. */
export function subjectBeforeColon(before: string, offset: number): Mention | null {
  const tail = before.slice(-160);
  const m = tail.match(SUBJECT_VERB_COLON);
  if (!m) return null;
  // "An email from Tom Baker to Ann Reyes read:": a run a preposition governs is its object, not the subject of the
  // verb after it; the clause's own subject is read whole (clauseSubject). A participle's may be ("with Trump
  // reportedly yelling:").
  const governed = GOVERNED_BEFORE.test(tail.slice(0, m.index! + m[0].indexOf(m[1])));
  if (governed && !PARTICIPLE_BEFORE_COLON.test(m[0])) return null;
  const from = offset + Math.max(0, before.length - 160) + m.index! + m[0].indexOf(m[1]);
  const mention = readMention(m[1], from);
  return mention && isSpeakerLike(mention) ? mention : null;
}

/** A cue word anywhere in the sentence. */
const CUE_WORD = CUE_IN_TEXT;
// A name (its words without a full stop) or a pronoun opening a sentence.
const OPENING_SUBJECT = /^(?:(?:[\p{Lu}][\p{L}'’\u2024-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*|He|She|They)(?=[\s,])/u;

/**
 * The subject that opens the sentence around a partial quote ("Trump called it “…”"), if it is a name or pronoun.
 */
export function sentenceSubject(sentence: string, offset: number): Mention | null {
  // "WASHINGTON ― Sen. Chuck Grassley …": a dateline is no subject.
  const dateline = sentence.match(DATELINE)?.[0].length ?? 0;
  if (dateline) return sentenceSubject(sentence.slice(dateline), offset + dateline);
  const subject = sentence.match(OPENING_SUBJECT);
  if (!subject || !CUE_WORD.test(sentence)) return null;
  // "Inside City Hall, aides and staff …": a run opened by a preposition that also opens names may be an introductory
  // phrase; the clause's own reading (parsePhrase) tells, not this fallback.
  if (opensWithNamePreposition(subject[0])) return null;
  const mention = readMention(subject[0], offset);
  return mention && (mention.kind === 'name' || mention.kind === 'pronoun' || mention.kind === 'organization')
    ? mention
    : null;
}
