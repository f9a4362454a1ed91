// Who said each quote: the mention next to it, resolved to the named person, organisation or group it refers
// to ("he" → the last person named, "the spokesman" → the person introduced as spokesman, "Uali" → Berik Uali).
import { lowerJoinedName } from '../names/joined-article';
import type { Article, Quote, ReportedSpeech, Speaker } from '../types';
import { typesOf, type NameTable } from '../names';
import type { IsPlace } from './mention-after';
import { alternation } from '../lexicon/build';
import { GROUP_NOUNS, ROLES_OF_AN_ORGANISATION } from '../lexicon/en/sources';
import { PRESENT_PARTICIPLE_ENDINGS } from '../lexicon/en/word-endings';
import { FALLBACK_RULES, type FallbackState } from './fallbacks';
import { forgetReadings, type Mention, readMention, TITLE_WORDS } from './mentions';
import { indexPeople, outsideQuotes, type PeopleIndex } from './people';
import { withoutTheDead } from './the-dead';
import { ofSpeakerKind, withoutThings } from './speaker-kind';
import { findReportedSpeech } from './reported';
import { type Attribution, resolveMention, UNKNOWN } from './resolve';
import { readText, type Sentences, type TextLayer } from '../text';
import { unmask } from '../text/abbreviations';
import { previousSentence, sentenceStartBefore } from '../text/sentences';
import { buildSpeakers } from './speakers';
import { confidenceOf, type RuledAttribution } from './rules';
import { mentionNear, nearContext } from './near';
import { isSpeakerLike } from './mention-finders';
import { apposedName, nameAfter, nameBefore } from './apposition';
import { lastStartingBy } from '../text/spans';
import { charClass, codePointBefore, wordEnd } from '../text/chars';
import { writerOf } from './writer';
import { endsWithCue } from './cue-scan';
import { peopleBeforeName } from './group-of';
import { latinFirst } from '../text/latin-first';
import { withoutNicknames } from './nicknames';

const FIRST_PERSON = /^I$/;
// "It was Mr. Obama's lyrical rejection of “…”": a cleft's "it" points at what follows, no speaker.
const CLEFT = /^It\s+(?:was|is)\b/;
// A pronoun for a person that fits no one named ("I" with no writer named, "she" after men only): the source beside
// the quote is someone the article does not name, and another person guessed over it is worse than none. ("it" and
// "they" may stand for a body or a thing: the sentence may still name the speaker.)
const PERSON_PRONOUN = /^(?:I|we|me|us|he|she|him|her)$/i;

const PEOPLE_GROUP_HEADS = new Set(GROUP_NOUNS);
/**
 * A group named by a plural noun for people ("Sanders protesters interrupted her speech, shouting “…”", "Hundreds of
 * demonstrators chanted"): a partial quote's clause subject that speaks as one. Not any word in -s the mention reader
 * takes for a group ("the referendum results", "magnanimous").
 */
const peopleGroup = (m: Mention) => m.kind === 'group' && PEOPLE_GROUP_HEADS.has(m.head ?? '');

function findMention(
  article: Article,
  quotes: Quote[],
  i: number,
  capitals: () => Set<string>,
  people: PeopleIndex,
  inSentence: () => Set<string>,
  sentences: Sentences,
  isPlace?: IsPlace,
): { mention: Mention; rule: string } | null {
  const speakerSubject = (m: Mention) => (isSpeakerLike(m) || peopleGroup(m)) && !!properSubject(m, capitals, people);
  const near = mentionNear(nearContext(article, quotes, i, sentences, speakerSubject, isPlace));
  if (!near) return null;
  const group = peopleBeforeName(article.text, near.mention);
  const mention = properName(inSentence, personBeforeAffiliation(article.text, group, isPlace), people);
  return mention && { mention, rule: `${near.rule}-${mention.kind}` };
}

// "&" is part of a body's one-word name ("AT&T"), as the mention reader reads it.
// Latin-1 first (latinFirst): run over the whole text.
const SPACE_CAPITAL = latinFirst(/[^\S\n]+(\p{Lu}[\p{L}'’&-]*)/gu);

/**
 * Words capitalised where no sentence starts: after a comma, a closing quote mark, a dash, a masked honorific or
 * initial ("Mr․ Clyburn", "E․ Clyburn"), or a word. One pass over the text.
 */
function capitalisedInSentence(text: string): Set<string> {
  const words = new Set<string>();
  // Anchored on the space (fewer starts than on every letter); the character before it is checked by hand.
  for (const m of text.matchAll(SPACE_CAPITAL)) {
    if (m.index > 0 && /[\p{L}\d,;:)”"’—–\u2024-]/u.test(text[m.index - 1])) words.add(m[1]);
  }
  return words;
}

const LOWER_THEN_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * One capitalised word is a name only if the article writes it capitalised mid-sentence or it is the surname
 * of someone introduced: "Consider this entry", "Amid growing criticism", "Math gave her" name no one.
 * "Prosecutors say" opens a sentence with a plural noun: a group.
 */
function properName(inSentence: () => Set<string>, mention: Mention, people: PeopleIndex): Mention | null {
  if (mention.kind !== 'name' || /\s/.test(mention.text) || people.byName(mention.text)) return mention;
  // "HadasGold": a handle; "He": a pronoun read with a name's capital; "al-Qaeda": a joined particle's name word.
  if (
    inSentence().has(mention.text) ||
    lowerJoinedName(mention.text) ||
    LOWER_THEN_CAPITAL.test(mention.text) ||
    /^(?:He|She|I|We|They|It)$/.test(mention.text)
  )
    return mention;
  const word = mention.text.toLowerCase();
  if (!/[^s]s$/.test(word) || word.length <= 3) return null;
  // Typed as the lower-case noun would be ("prosecutors" speak for an office).
  const asNoun = readMention(word, mention.start);
  return { ...mention, kind: asNoun?.kind === 'organization' ? 'organization' : 'group', role: null, head: word };
}

// "Senator Mitch McConnell of Kentucky called …", "Pamela Lyon of the University of Adelaide": a capitalised run,
// then "of/at/for/from" and a short place or employer, ending where the mention found starts. Matched in two cheap
// steps (the employer phrase at the end, then the name before it): one regex doing both backtracked per character, and
// a page of 40,000 quotes took minutes.
const EMPLOYER_TAIL = /\b(?:of|at|for|with|from)\s+[^,;:.!?"“”\n]{0,60}$/u;
// Within one line: a name never runs across a paragraph break ("… on Monday.¶The March of").
// "The News & Observer": an "&" between capitalised words is a word of the name (review29 finding 14).
// Nor across a sentence: a word ending in a full stop (abbreviation points are masked) ends it ("… in Boston. The
// Mayor of Boston said" reads "The Mayor"; review30 finding 19).
const NAME_WORD = "\\p{Lu}[\\p{L}'’\\u2024.&-]*";
const NAME_AT_END = new RegExp(
  `(?:^|[^\\p{L}'’\\u2024.&-])((?:${NAME_WORD}(?<!\\.)[^\\S\\n]+(?:&[^\\S\\n]+)?){0,4}${NAME_WORD})\\s*$`,
  'u',
);
// The "and" right before a name ("Florida Power and Light").
const JOINED_BY_AND = /\sand\s+$/;
// "The leader of Ennahda, Rachid Ghannouchi,": the organisation's person follows it in apposition.
const OFFICE_OF = new RegExp(`\\b(?:${alternation(ROLES_OF_AN_ORGANISATION)})\\s+(?:of|at|for)\\s+(?:the\\s+)?$`, 'i');

const DOING_AFTER = new RegExp(`^\\s+\\p{Ll}+(?:${alternation(PRESENT_PARTICIPLE_ENDINGS)})\\b`, 'u');

/** The capitalised run that ends `before` (which starts at `offset` in the text): its start and end, or null. */
function nameEnding(before: string, offset: number): { from: number; end: number } | null {
  const slice = before.slice(-80);
  const m = NAME_AT_END.exec(slice);
  if (!m) return null;
  const from = offset + before.length - slice.length + m.index + m[0].indexOf(m[1]);
  return { from, end: from + m[1].length };
}

/** The person the mention is the affiliation of ("Kentucky" in "Mitch McConnell of Kentucky"), else the mention. */
function personBeforeAffiliation(text: string, mention: Mention, isPlace?: IsPlace): Mention {
  if (mention.kind === 'pronoun' || mention.kind === 'group') return mention;
  // "with the American Federation of Teachers calling her": the subject of a participle speaks, not a name before.
  if (DOING_AFTER.test(text.slice(mention.end, mention.end + 40))) return mention;
  // "the leader of Ennahda, Rachid Ghannouchi,", "the spokesman, Berik Uali,": the role's holder named after it.
  if (mention.kind === 'role' || mention.kind === 'anonymous') return apposedName(text, mention, isPlace) ?? mention;
  const nameStart =
    text.slice(mention.end - mention.text.length, mention.end) === mention.text
      ? mention.end - mention.text.length
      : mention.start;
  const windowStart = Math.max(0, nameStart - 160);
  const window = text.slice(windowStart, nameStart);
  // "Florida Power and Light said": a run an "and" joins into one name (readMention's joinsName) is read whole.
  const joined = JOINED_BY_AND.exec(window);
  const before = joined ? nameEnding(window.slice(0, joined.index), windowStart) : null;
  const whole = before ? readMention(text.slice(before.from, mention.end), before.from) : null;
  if (whole && whole.start === before!.from && whole.end === mention.end && whole.text.includes(' and ')) return whole;
  const direct = EMPLOYER_TAIL.exec(window.slice(-100));
  const name = direct ? nameEnding(window.slice(0, window.length - direct[0].length), windowStart) : null;
  if (name) {
    const wider = readMention(text.slice(name.from, mention.end), name.from);
    if (wider?.kind === 'name' && wider.end <= nameStart) return wider;
    // "The United Nations High Commissioner for Human Rights": the office speaks, not "Human Rights".
    if ((wider?.kind === 'role' || wider?.kind === 'organization') && wider.end === mention.end) return wider;
  }
  // "Phil Levy, the chief economist at Flexport", "Will Moy, chief executive of the … website Full Fact": a name,
  // then an apposition ending in the employer the mention found. A titled person is no employer ("the Star of David,
  // Speaker of the House Rep. Paul Ryan said").
  const title = mention.kind === 'name' ? mention.role?.split(/\s+/).at(-1) : undefined;
  const titled = !!title && TITLE_WORDS.has(title.replace(/\u2024/g, '.').toLowerCase());
  const comma = titled ? -1 : window.lastIndexOf(', ');
  const apposition = comma >= 0 ? window.slice(comma + 2) : '';
  const apposed =
    apposition && apposition.length <= 140 && !/[;:.!?"“”\n]/.test(apposition) && EMPLOYER_TAIL.test(apposition)
      ? nameEnding(window.slice(0, comma), windowStart)
      : null;
  if (apposed) {
    const wider = readMention(text.slice(apposed.from, apposed.end), apposed.from);
    const role = apposition.replace(/^(?:the|a|an)\s+/i, '') + text.slice(nameStart, mention.end);
    if (wider?.kind === 'name') return { ...wider, role: wider.role ?? role };
  }
  // "The leader of Ennahda, Rachid Ghannouchi,"; "Jo Doe (D-Md.), chair of the committee, said".
  const office = OFFICE_OF.test(window) ? nameAfter(text, mention, isPlace) : null;
  return office ?? (mention.kind === 'organization' ? nameBefore(text, mention) : null) ?? mention;
}

/** The index of the paragraph holding offset `at` (binary search), or -1. */
function paragraphIndexAt(paragraphs: { start: number; end: number }[], at: number): number {
  const i = lastStartingBy(paragraphs, at);
  return i >= 0 && at <= paragraphs[i].end ? i : -1;
}

// midSentenceCapitals reads the capitalised word of each match of /[\p{Ll}\d,;)] (\p{Lu}[\p{L}'’-]*)/gu, found from
// the spaces of the text (the regex was tried at every character of the article).
const BEFORE_CAPITAL = charClass(/^[\p{Ll}\d,;)]$/u);
const CAPITAL = charClass(/^\p{Lu}$/u);
const CAPITAL_WORD_PART = charClass(/^[\p{L}'’-]$/u);

/** Words the article capitalises mid-sentence: proper nouns, unlike a capital that merely opens a sentence. */
export function midSentenceCapitals(text: string): Set<string> {
  const words = new Set<string>();
  // As in the regex's global scan, a match starts no earlier than the previous one ended: in "said John Smith Jones"
  // "Smith" is not read (its "n" ended "John"), "Jones" is.
  let resume = 0;
  for (let space = text.indexOf(' ', 1); space >= 0 && space + 1 < text.length; space = text.indexOf(' ', space + 1)) {
    // The character before the space, a surrogate pair read as one.
    const before = codePointBefore(text, space);
    if (space - before.size < resume || !BEFORE_CAPITAL(before.code) || !CAPITAL(text.codePointAt(space + 1)!))
      continue;
    resume = wordEnd(text, space + 1, CAPITAL_WORD_PART);
    words.add(text.slice(space + 1, resume));
  }
  return words;
}

/**
 * A lone capitalised word opening a sentence may be any word ("Guns", "Boos", "Thirteen"); a name only if it is a
 * proper noun.
 */
function properSubject(mention: Mention | null, capitals: () => Set<string>, people?: PeopleIndex): Mention | null {
  if (!mention || mention.kind !== 'name' || /\s/.test(mention.text)) return mention;
  // A surname of someone the article introduced ("Julianne Moore" … "Moore thanked him") is a name too.
  // "al-Assad": a word opened by a joined particle in lower case is a name wherever it stands.
  return capitals().has(mention.text) || lowerJoinedName(mention.text) || people?.byName(mention.text) ? mention : null;
}

/** A name the table types as a place and never as a person or a body ("Moscow", not "Jordan" the surname). */
const placeIn =
  (names: NameTable): IsPlace =>
  (name) => {
    const types = typesOf(names, name);
    return types.has('place') && !types.has('person') && !types.has('organization');
  };

export function attributeQuotes(
  original: Article,
  quotes: Quote[],
  layer: TextLayer = readText(original),
  names?: NameTable,
): { quotes: Quote[]; speakers: Speaker[]; reported: ReportedSpeech[] } {
  // Phrases read for an article before are no help here (and would keep its text alive).
  forgetReadings();
  const article = { ...original, text: withoutNicknames(layer.masked) };
  const { text, paragraphs } = article;
  const { sentences } = layer;
  const people = withoutThings(
    withoutTheDead(outsideQuotes(indexPeople(text, layer.tokens, names), quotes), text),
    text,
  );
  // Read on first need, as `capitalised` below: only a one-word name beside a quote asks (about 1 article in 9).
  let midSentence: Set<string> | null = null;
  const capitals = () => (midSentence ??= midSentenceCapitals(text));
  // Collected on first need: most articles never ask.
  let capitalised: Set<string> | null = null;
  const inSentence = () => (capitalised ??= capitalisedInSentence(text));
  const recent: Attribution[] = [];
  const sentenceBefore = (start: number) => {
    const p = paragraphIndexAt(paragraphs, start);
    return p < 0 ? null : previousSentence(sentences, paragraphs[p].start, start + 1, p > 0 ? paragraphs[p - 1] : null);
  };
  let named: { writer: string | null } | undefined;
  const writer = () => (named ??= { writer: writerOf(original.text, paragraphs) }).writer;
  const isPlace = names && placeIn(names);
  const found: (RuledAttribution | null)[] = quotes.map((_, i) => {
    const near = findMention(article, quotes, i, capitals, people, inSentence, sentences, isPlace);
    if (!near) return null;
    const { mention } = near;
    const q = quotes[i];
    // "He" refers back from the sentence it stands in: before the quote when the mention precedes it.
    // (+1: the mention's first letter must be inside the window for its sentence start to be seen.)
    // q.start, inside the marks: a quote that opens its sentence has the sentence start on its opening mark, and a
    // look-up from the mark itself found the sentence before as the quote's own.
    const anchor = Math.min(q.start, Math.max(paragraphs[q.paragraph].start, mention.start + 1));
    const para = paragraphs[q.paragraph];
    const context = {
      previousSentence: previousSentence(
        sentences,
        para.start,
        anchor,
        q.paragraph > 0 ? paragraphs[q.paragraph - 1] : null,
      ),
      // The sentence the mention stands in; for "“…,” he said" the one the quote follows, as for
      // previousSentence.
      sentenceStart: sentenceStartBefore(sentences, para.start, anchor),
      text,
      sentenceBefore,
      writer,
      quoteText: q.text,
    };
    // A speaker of no speaker's kind (a place, a piece of the clause) is no finding: the rules that look further go on.
    const resolved = { ...resolveMention(mention, people, recent, context, names), rule: near.rule };
    const attribution = ofSpeakerKind(resolved, mention.text, near.rule, isPlace);
    if (!attribution) return null;
    // The writer ("I") is no one a later "he" or "they" goes on with.
    if (attribution.speaker && !FIRST_PERSON.test(mention.text)) recent.unshift(attribution);
    return attribution;
  });
  // No mention beside the quote: another quote in the paragraph, or the paragraph before, gives the speaker.
  // Quotes are in text order, so the nearest ones with a speaker are tracked as the loop goes (searching all
  // quotes for each one made a page of 20,000 quotes quadratic): the next one after a quote, from the speakers
  // found beside quotes, and the last one before it, as settled by this loop.
  const nextWithSpeaker: (number | undefined)[] = [];
  for (let j = quotes.length - 1, next: number | undefined; j >= 0; j--) {
    if (next !== undefined && quotes[next].paragraph !== quotes[j].paragraph) next = undefined;
    nextWithSpeaker[j] = next;
    if (found[j]?.speaker) next = j;
  }
  let lastWithSpeaker: number | undefined;
  const state: FallbackState = {
    article,
    sentences,
    quotes,
    found,
    people,
    recent,
    names,
    isPlace,
    last: undefined,
    next: undefined,
    properSubject: (m) => properSubject(m, capitals, people),
  };
  const mentionText = (x: Attribution) =>
    x.speakerMention ? text.slice(x.speakerMention.start, x.speakerMention.end) : '';
  // An unresolved "it"/"they" is no speaker by its place when it is the subject of the clause a cue reports ("said it
  // would tell a story of “…”") or opens a cleft ("It was Mr. Obama's rejection of “…”").
  const noSpeakerByPlace = (x: Attribution) => {
    const m = x.speakerMention;
    return (
      m != null &&
      (endsWithCue(text.slice(Math.max(0, m.start - 60), m.start)) || CLEFT.test(text.slice(m.start, m.end + 8)))
    );
  };
  const result = quotes.map((q, i) => {
    let a = found[i];
    state.last = lastWithSpeaker;
    state.next = nextWithSpeaker[i];
    // A mention beside the quote that resolved to no one ("it" with no document or body before it) does not end the
    // search when its place says it is no speaker: "President Obama, dedicating the museum, said it would tell a
    // story of “…”" is still Obama's (person-in-sentence). Only the rules that read the quote's own sentence go on
    // (FallbackRule.ownSentence). A pronoun that is its own cue's subject ("they said he was “…”") stays no one's.
    const unresolved = a !== null;
    const goesOn = a === null || (!a.speaker && noSpeakerByPlace(a));
    for (const rule of FALLBACK_RULES) {
      if (!goesOn || (a && (a.speaker || PERSON_PRONOUN.test(mentionText(a))))) break;
      if (unresolved && !rule.ownSentence) continue;
      const next = rule.find(state, i);
      a = (next && ofSpeakerKind(next, mentionText(next), next.rule ?? '', isPlace)) ?? a;
    }
    found[i] = a;
    if (a?.speaker) lastWithSpeaker = i;
    const { guessed, rule: foundBy, ...found_ }: RuledAttribution = a ?? UNKNOWN;
    // A pronoun resolved only by falling back is a guess, whatever the rule that found the pronoun. A rule whose
    // mention resolved to no one ("As they say, “…”") chose no speaker: the quote carries no rule id either.
    const rule = found_.speaker ? foundBy : undefined;
    const rated = rule ? { rule, confidence: guessed ? ('low' as const) : confidenceOf(rule) } : {};
    return { ...q, ...found_, ...rated, speaker: unmask(found_.speaker), speakerRole: unmask(found_.speakerRole) };
  });
  const reported = findReportedSpeech(article, people, sentences, names).map((r) => ({
    ...r,
    text: original.text.slice(r.start, r.end),
    speaker: unmask(r.speaker),
  }));
  const speakers = buildSpeakers(result, reported, people);
  forgetReadings();
  return { quotes: result, speakers, reported };
}
