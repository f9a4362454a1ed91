// The fallback rules, in the order they are tried, for a quote with no source beside it: each is { id, example, find }.
// `example` is a made-up text of the kind the rule is for; rules.test.ts runs every example and checks that this rule
// gave its last quote the speaker named. Precision per rule: `npm run eval` (PolNeAR train/dev, dev gold), rules.ts.
import type { Article, Quote } from '../types';
import { hasCue } from './cue-scan';
import {
  DISPLAY_NOUNS,
  FIXED_TEXT_NOUNS,
  GROUP_NOUNS,
  ONLOOKER_NOUNS,
  OPPOSING_SIDE_NOUNS,
  PRINTED_TEXT_NOUNS,
} from '../lexicon/en/sources';
import type { Mention } from './mentions';
import { PEOPLE_BY_SEX_AND_AGE, PERSON_NOUNS } from '../lexicon/en/roles';
import { ONE_PERSON_PRONOUNS, PREPOSITIONS } from '../lexicon/en/function-words';
import { CUE_VERBS, WORDS_FOR_WORDS } from '../lexicon/en/speech';
import { FORECAST_MODALS } from '../lexicon/en/events';
import { alternation } from '../lexicon/build';
import { ARTICLES } from '../lexicon/en/determiners';
import {
  AUXILIARIES,
  COPULAS,
  OCCASIONAL_LEADING_PREPOSITIONS,
  VOICE_CLAUSE_OPENERS,
} from '../lexicon/en/clause-words';
import { nameGender } from '../names/gender';
import { type NameTable, typesOf } from '../names';
import type { IsPlace } from './mention-after';
import type { PeopleIndex } from './people';
import { type Attribution, resolveMention } from './resolve';
import type { RuledAttribution } from './rules';
import type { Sentences } from '../text';
import { previousSentence, sentenceStartBefore } from '../text/sentences';
import { spaceWords } from '../text/space-split';
import {
  clauseSubject,
  colonSpeaker,
  isSpeakerLike,
  mentionAfter,
  mentionBefore,
  signatureAfter,
} from './mention-finders';

const OPEN_MARK = /[“"„«»‘]/;

/** What a fallback may look at: the article (abbreviation points masked), the quotes and the speakers found so far. */
export interface FallbackState {
  article: Article;
  sentences: Sentences;
  quotes: Quote[];
  /** Attributions so far: beside each quote, then settled in text order. */
  found: (RuledAttribution | null)[];
  people: PeopleIndex;
  recent: Attribution[];
  /** The article's names, typed (lib/names). */
  names?: NameTable;
  /** A name those names type as a place (see NearContext.isPlace). */
  isPlace?: IsPlace;
  /** The last quote before this one with a speaker, and the next one in its paragraph found beside its quote. */
  last: number | undefined;
  next: number | undefined;
  /** A lone capitalised word as a subject is a name only if it is a proper noun ("Guns" is not). */
  properSubject: (mention: Mention | null) => Mention | null;
}

export interface RuleExample {
  paragraphs: string[];
  speaker: string;
}

export interface FallbackRule {
  id: string;
  example: RuleExample;
  /**
   * The rule reads a person in the quote's own sentence, so it may still answer when a mention beside the quote
   * resolved to no one ("…, said it would tell a story of “…”"). The rules that lend another quote's speaker may not:
   * a source written beside the quote, even one left unresolved, says the neighbour is not it.
   */
  ownSentence?: true;
  find(state: FallbackState, i: number): RuledAttribution | null;
}

/**
 * The speakers found beside quotes before `mention`, newest first: a pronoun resolved by a fallback goes on with
 * the story so far, not with the speakers of later paragraphs (the whole list, once the first pass is done).
 */
const recentBefore = (s: FallbackState, mention: Mention): Attribution[] =>
  s.recent.filter((a) => a.speakerMention !== null && a.speakerMention.start < mention.start);

// A speaker lent whole keeps its `guessed` mark: the quote is right only if the guess is (rules.ts).
const ruled = (a: Attribution, rule: string): RuledAttribution => ({ ...a, rule });

/** The quote opens its paragraph. */
const opensParagraph = (s: FallbackState, q: Quote) => q.start - s.article.paragraphs[q.paragraph].start <= 1;
/** The quote ends its paragraph. */
const endsParagraph = (s: FallbackState, q: Quote) => s.article.paragraphs[q.paragraph].end - q.end <= 2;
/** The last quote with a speaker, if it is in this paragraph or the one before. */
function previousQuote(s: FallbackState, q: Quote): RuledAttribution | null {
  return s.last !== undefined && s.quotes[s.last].paragraph >= q.paragraph - 1 ? s.found[s.last] : null;
}
/** The sentence before the quote in its paragraph, when the quote opens a sentence but not the paragraph. */
function sentenceBeforeQuote(s: FallbackState, i: number): { start: number; end: number } | null {
  const q = s.quotes[i];
  const para = s.article.paragraphs[q.paragraph];
  const sentenceAt = sentenceStartBefore(s.sentences, para.start, q.start);
  if (q.start - para.start <= 1 || sentenceAt !== q.start - 1) return null;
  return { start: sentenceStartBefore(s.sentences, para.start, sentenceAt - 1), end: sentenceAt };
}
/** The paragraph before ends in a colon (not inside a quote): it introduces this one. */
function colonBefore(s: FallbackState, q: Quote): boolean {
  const prev = s.article.paragraphs[q.paragraph - 1];
  const prevText = prev ? s.article.text.slice(prev.start, prev.end) : '';
  return /:\s*$/.test(prevText) && !OPEN_MARK.test(prevText.slice(-3));
}

const FIXED_TEXTS = new Set([...FIXED_TEXT_NOUNS, ...DISPLAY_NOUNS]);
/**
 * The quote stands inside a sentence whose subject is a text with wording of its own, and no verb of saying comes
 * before it ("The ordinance bans “…” in parks", "The contract requires the city to pay “…”"): the words are the
 * law's, the contract's or the sign's, not a neighbour's. Not any thing ("The choice was between going after him as
 * “…”" goes on with the speaker before), nor a sentence with a cue ("… Trump, who proclaimed “…”").
 */
function thingQuoted(s: FallbackState, q: Quote): boolean {
  const para = s.article.paragraphs[q.paragraph];
  const sentenceAt = sentenceStartBefore(s.sentences, para.start, q.start);
  // Within the quote's line: a line break the sentences did not split at ends a sentence too.
  const start = Math.max(sentenceAt, s.article.text.lastIndexOf('\n', q.start) + 1);
  const before = s.article.text.slice(start, q.start);
  if (!/\S/.test(before) || hasCue(before, 'i')) return false;
  if (UNDER_A_TEXT.test(before) || APPOSED_TO_A_TEXT.test(before)) return true;
  const subject = clauseSubject(before, start, () => true);
  return subject !== null && (FIXED_TEXTS.has(subject.head ?? '') || FIXED_TEXTS.has(nounBeforePhrase(subject.role)));
}
const PHRASE_PREPOSITIONS = new Set([...PREPOSITIONS, ...OCCASIONAL_LEADING_PREPOSITIONS]);
/** "sign outside church" → "sign", "new policy" → "policy": a role's last word before its first preposition. */
function nounBeforePhrase(role: string | null): string {
  const words = (role ?? '').toLowerCase().split(' ');
  const cut = words.findIndex((w) => PHRASE_PREPOSITIONS.has(w));
  return (cut < 0 ? words : words.slice(0, cut)).pop() ?? '';
}
/** "The company's motto, “…”", "a sign — “…”": the quote is set after a thing's noun as its wording. */
const APPOSED_TO_A_TEXT = new RegExp(
  `\\b(?:${alternation([...DISPLAY_NOUNS, ...PRINTED_TEXT_NOUNS])})\\s*[,:—–]?\\s*[“"]?$`,
  'iu',
);
/** "Under the new rules, landlords must give “…”", "Under it, …": what the sentence says is the text's. */
const UNDER_A_TEXT = new RegExp(
  `^\\s*Under\\s+(?:it|them|(?:[\\p{L}'’-]+\\s+){0,3}(?:${alternation(FIXED_TEXT_NOUNS)}))\\s*,`,
  'u',
);

/**
 * A whole sentence with no quote stands between a quote and a later one ("… give tenants “at least 60 days of notice”
 * before a rent increase. Tenant groups praised the change. “It is long overdue,” said Maria Lopez."): the later
 * speaker's words do not reach back over it to a partial quote.
 */
function sentenceBetween(s: FallbackState, q: Quote, later: Quote): boolean {
  const laterSentence = sentenceStartBefore(s.sentences, q.end, later.start);
  // From the quote's start: the point that ends its sentence may stand inside the marks (“… notice.” Tenant …).
  const between = sentenceStartBefore(s.sentences, q.start, laterSentence - 1);
  // A sentence that holds a quote of its own goes on with the words ("It wasn't even that he heard “more than a few”
  // …"): only a sentence with none breaks the thread.
  return between > q.end && !s.quotes.some((o) => o.start > between && o.start < laterSentence);
}

const neighbourQuote: FallbackRule = {
  id: 'neighbour-quote',
  example: {
    paragraphs: ['Maria Lopez said: “We will rebuild the bridge.” And then: “It will carry trains too.”'],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const q = s.quotes[i];
    if (thingQuoted(s, q)) return null;
    const nearest = s.last !== undefined && s.quotes[s.last].paragraph === q.paragraph ? s.last : s.next;
    if (nearest !== undefined && nearest === s.next && q.partial && sentenceBetween(s, q, s.quotes[nearest]))
      return null;
    const f = nearest === undefined ? null : s.found[nearest];
    return f ? ruled(f, 'neighbour-quote') : null;
  },
};

// “…” ¶ - Sanders.: a signature on its own line after the quote's paragraph.
const signatureLine: FallbackRule = {
  id: 'signature-line',
  example: {
    paragraphs: ['“We will rebuild the bridge by June and open it to trains.”', '— Maria Lopez'],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const q = s.quotes[i];
    const nextPara = s.article.paragraphs[q.paragraph + 1];
    if (!nextPara || !endsParagraph(s, q)) return null;
    const line = s.article.text.slice(nextPara.start, nextPara.end);
    if (!/^[-―—–]\s*[^\s]/.test(line) || line.length > 60) return null;
    const signed = signatureAfter(line.replace(/^-/, '—').replace(/\.$/, ''), nextPara.start);
    return signed
      ? ruled(resolveMention(signed, s.people, recentBefore(s, signed), undefined, s.names), 'signature-line')
      : null;
  },
};

// A heading is short and closes without a sentence's last mark (“We write with urgency”, “Divisive, stupid and
// wrong”); a whole quoted sentence standing alone goes on with the speaker before it (previous-quote).
const HEADING_MAX_WORDS = 10;
const SENTENCE_CLOSE = /[.!?,;:]\s*$/;
/** The quote's words, lower-cased, between spaces: "… prevent the Evacuation" → " prevent the evacuation ". */
const wordsOf = (text: string) => ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
/** How many words `wordsOf` gave (0 for none). */
const countOf = (words: string) => (words.trim() === '' ? 0 : words.trim().split(' ').length);

// “We write with urgency” ¶ … “Flu season has begun, so we write with urgency,” the doctors stated.: a
// subheading made of a speaker's own words, alone in its paragraph, speaks for the quote it repeats (the nearest
// one with a speaker), not for whoever the paragraph before it names.
const echoedHeading: FallbackRule = {
  id: 'echoed-heading',
  example: {
    paragraphs: [
      '“We will rebuild the bridge by June,” Maria Lopez said on Monday.',
      'Tom Baker, the mayor, spoke next.',
      '“Rebuild the bridge”',
    ],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const q = s.quotes[i];
    if (!opensParagraph(s, q) || !endsParagraph(s, q) || SENTENCE_CLOSE.test(q.text)) return null;
    const words = wordsOf(q.text);
    const count = countOf(words);
    if (count === 0 || count > HEADING_MAX_WORDS) return null;
    let echo: number | undefined;
    s.quotes.forEach((other, j) => {
      const echoed = wordsOf(other.text);
      // A heading is a few words lifted from a longer quote; a chant or slogan repeated whole in a speaker's
      // sentence ("“Shame on you” … “Shame on you for shouting,” Baker said") is the crowd's, not the speaker's.
      if (j === i || !s.found[j]?.speaker || !echoed.includes(words) || countOf(echoed) < 2 * count) return;
      if (echo === undefined || Math.abs(j - i) < Math.abs(echo - i)) echo = j;
    });
    return echo === undefined ? null : ruled(s.found[echo]!, 'echoed-heading');
  },
};

// A paragraph that opens with a quote and names no one goes on from the quote just before.
const previousQuoteRule: FallbackRule = {
  id: 'previous-quote',
  example: {
    paragraphs: ['“We will rebuild the bridge,” Maria Lopez said.', '“And we will open it to trains.”'],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const q = s.quotes[i];
    const previous = opensParagraph(s, q) ? previousQuote(s, q) : null;
    return previous ? ruled(previous, 'previous-quote') : null;
  },
};

// A lead-in that names no one before a colon ("That process led to a realization:", "The reason was simple:"): a
// clause of the reporter's, short, with no quote in it.
const COLON_LEAD_IN = /^[^“”"\n]{3,80}:\s*$/;
// A crowd or a banner before the colon has words of its own ("The crowd outside had one demand: “…”").
const OWN_VOICE = new Set([...GROUP_NOUNS, ...DISPLAY_NOUNS]);
const hasOwnVoice = (lead: string) => (lead.toLowerCase().match(/[\p{L}-]+/gu) ?? []).some((w) => OWN_VOICE.has(w));

// “…,” Lopez said. ¶ That process led to a realization: “…”: a quote the reporter introduces with a colon, after a
// paragraph whose last quote had a speaker and with no source of its own (the near rules found none), goes on in the
// voice of that quote, as one opening the paragraph does.
const previousQuoteAfterColon: FallbackRule = {
  id: 'previous-quote-colon',
  example: {
    paragraphs: ['“We will rebuild the bridge,” Maria Lopez said.', 'The reason was simple: “It carries the trains.”'],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const q = s.quotes[i];
    const para = s.article.paragraphs[q.paragraph];
    const lead = s.article.text.slice(para.start, q.start - 1);
    // "Her Twitter account posted:": a cue in the lead-in has a source the near rules could not read; no guess then.
    const previous = COLON_LEAD_IN.test(lead) && !hasCue(lead, 'i') && !hasOwnVoice(lead) ? previousQuote(s, q) : null;
    return previous && s.quotes[s.last!].paragraph === q.paragraph - 1 ? ruled(previous, 'previous-quote-colon') : null;
  },
};

// Lopez told the council: ¶ “…”: the paragraph before ends in a colon and names the speaker.
const previousParagraphColon: FallbackRule = {
  id: 'previous-paragraph-colon',
  example: {
    paragraphs: ['Maria Lopez told the council:', '“We will rebuild the bridge by June.”'],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const q = s.quotes[i];
    if (!opensParagraph(s, q) || previousQuote(s, q) || !colonBefore(s, q)) return null;
    const { text, paragraphs } = s.article;
    const prev = paragraphs[q.paragraph - 1];
    const lastSentence = sentenceStartBefore(s.sentences, prev.start, prev.end);
    const mention =
      mentionBefore(text.slice(prev.start, prev.end), prev.start) ??
      colonSpeaker(text.slice(lastSentence, prev.end), lastSentence);
    if (!mention) return null;
    const before = previousSentence(s.sentences, prev.start, mention.start + 1, paragraphs[q.paragraph - 2] ?? null);
    const context = { previousSentence: before };
    return ruled(
      resolveMention(mention, s.people, recentBefore(s, mention), context, s.names),
      'previous-paragraph-colon',
    );
  },
};

// “Viguerie is upbeat about Cruz’s chances. ¶ “Not only can Ted Cruz win …”": a paragraph that is only a
// quote speaks for the named person (or pronoun) who is the subject of the paragraph before's last sentence.
const previousParagraphSubject: FallbackRule = {
  id: 'previous-paragraph-subject',
  example: {
    paragraphs: ['Maria Lopez is confident about the bridge.', '“We will rebuild it by June and open it.”'],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const q = s.quotes[i];
    if (!opensParagraph(s, q) || previousQuote(s, q) || colonBefore(s, q)) return null;
    if (q.paragraph === 0 || !endsParagraph(s, q)) return null;
    const { text, paragraphs } = s.article;
    const prev = paragraphs[q.paragraph - 1];
    const lastSentence = sentenceStartBefore(s.sentences, prev.start, prev.end);
    const sentence = text.slice(lastSentence, prev.end);
    const fits = (m: Mention) => m.kind !== 'anonymous' && (m.kind === 'group' || isSpeakerLike(m));
    const named = OPEN_MARK.test(sentence) ? null : s.properSubject(clauseSubject(sentence, lastSentence, fits));
    if (!named) return null;
    const before = previousSentence(s.sentences, prev.start, named.start + 1, paragraphs[q.paragraph - 2] ?? null);
    const context = { previousSentence: before };
    return ruled(
      resolveMention(named, s.people, recentBefore(s, named), context, s.names),
      'previous-paragraph-subject',
    );
  },
};

// “On "Face the Nation," Sen. Bernie Sanders … identified …. “The younger people are …”": a quote that
// opens a sentence and ends its paragraph speaks for the named subject of the sentence before it.
const previousSentenceSubject: FallbackRule = {
  id: 'previous-sentence-subject',
  example: {
    paragraphs: ['Maria Lopez is confident about it. “We will rebuild the bridge by June.”'],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const before = endsParagraph(s, s.quotes[i]) ? sentenceBeforeQuote(s, i) : null;
    if (!before) return null;
    const fits = (m: Mention) => m.kind === 'name' || /^(?:he|she)$/i.test(m.text);
    const named = s.properSubject(clauseSubject(s.article.text.slice(before.start, before.end), before.start, fits));
    if (!named) return null;
    const context = { previousSentence: before };
    return ruled(
      resolveMention(named, s.people, recentBefore(s, named), context, s.names),
      'previous-sentence-subject',
    );
  },
};

// The sentence before: a few quoted words too short to count as a quote, cut off by a comma or question mark, then
// the cue and the source.
const SHORT_QUOTE_THEN_CUE = /^\s*[“"]([^“”"\n]{1,40}?)[,?!][”"]/;

// “Meh,” wrote a supporter. “What does Ford know about it?”: the sentence just before opens with a few quoted words
// (too short to be a quote of their own, so no neighbour lends its speaker) and names their source after them;
// the quote that follows goes on in the same voice.
const previousShortQuote: FallbackRule = {
  id: 'previous-short-quote',
  example: {
    paragraphs: ['“Safety,” said Maria Lopez, a nurse from the town. “Safety for the whole town, everybody.”'],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const before = sentenceBeforeQuote(s, i);
    if (!before) return null;
    const { text } = s.article;
    const short = SHORT_QUOTE_THEN_CUE.exec(text.slice(before.start, before.end));
    if (!short) return null;
    const closeAt = before.start + short[0].length;
    const mention = mentionAfter(text.slice(closeAt, before.end), closeAt, s.isPlace);
    // “I'm honored!” she said. “…”: a pronoun too, resolved as one beside a quote is. (Once refused: both such PolNeAR
    // train quotes went to the wrong person; since the pronoun rules' fixes none does, and train A gains one.) “Okay,”
    // I said.: an "I" the article names no writer for stays unknown.
    if (!mention) return null;
    const context = { previousSentence: before };
    return ruled(resolveMention(mention, s.people, recentBefore(s, mention), context, s.names), 'previous-short-quote');
  },
};

/** The article's names type the name as a person's (the people index takes "Fox Business" for one). */
const isPerson = (s: FallbackState, name: string) => !s.names || typesOf(s.names, name).has('person');

// The capitalised words of a name before its surname ("Sen\u2024 Bernie Sanders", "House Speaker Paul Ryan"), and the
// word before the name.
const NAME_WORDS_BEFORE = /(?:\p{Lu}[\p{L}'’\u2024.-]*[^\S\n]+)*$/u;
const WORD_BEFORE = /(\p{L}+)[^\S\n]*$/u;
const SURNAME = /^[\p{L}'’-]+/u;

/**
 * The span of a person's name, its surname at `at`, if it stands where a source may: opening its clause (nothing, a
 * capital or punctuation before it), after a cue ("…,” said Larry Noble."), or written in full, which introduces
 * someone ("doesn't surprise Republican pollster Daron Shaw: “…”"). A lone name after another lower-case word is that
 * word's object ("quoting … Vinci", "Oz took Trump through", "which Obama signed"), no source.
 */
function asSource(text: string, at: number): { start: number; end: number } | null {
  const start = at - NAME_WORDS_BEFORE.exec(text.slice(Math.max(0, at - 60), at))![0].length;
  const end = at + (SURNAME.exec(text.slice(at, at + 40))?.[0].length ?? 0);
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  return start < at || !word || !/^\p{Ll}/u.test(word) || hasCue(word, 'i') ? { start, end } : null;
}

/**
 * Where person-in-sentence and pronoun-in-sentence look back to: the start of the quote's sentence, or of the sentence
 * before it in the paragraph when the quote opens one (“It's unusual,” said Larry Noble. “It's a hard thing …”).
 * Looked up from the opening mark, which is where a sentence the quote opens starts.
 */
const lookBackFrom = (s: FallbackState, q: Quote) =>
  sentenceStartBefore(s.sentences, s.article.paragraphs[q.paragraph].start, q.start - 1);

// People with a voice of their own: a crowd, a banner (OWN_VOICE), a person named by a noun ("a woman", "the
// reporter"), and those who watch an event (lexicon ONLOOKER_NOUNS; review29 findings 4 and 7).
const OTHER_VOICE = new Set([...OWN_VOICE, ...PERSON_NOUNS, ...PEOPLE_BY_SEX_AND_AGE, ...ONLOOKER_NOUNS]);
// The noun, or an adjective and the noun: either word is tested.
const VOICE_NOUN = `(?:${alternation(ARTICLES)})\\s+([\\p{Ll}-]+)(?:\\s+([\\p{Ll}-]+))?`;
/** Between a name and the quote: such a noun opening a clause, or with its own verb right before the quote. */
const VOICE_BETWEEN = new RegExp(
  `(?:[,;—–]\\s*|\\b(?:${alternation(VOICE_CLAUSE_OPENERS)})\\s+)${VOICE_NOUN}\\s*[—–-]?\\s*$` +
    `|${VOICE_NOUN}\\s+\\p{Ll}+\\s*[:,—–-]?\\s*$`,
  'u',
);
/** Right after the quote's closing mark: "— “…” — the fans rose". */
const VOICE_AFTER = new RegExp(`^[\\s,]*[—–-]?\\s*${VOICE_NOUN}`, 'u');
const hasVoice = (m: RegExpExecArray | null) => !!m && m.slice(1).some((w) => w !== undefined && OTHER_VOICE.has(w));

/**
 * Someone else speaks the quote when a noun for people (or words carried) opens a clause between the name and the
 * quote, or right after it: "When Tom Baker walked in, the crowd — “Four more years!” — erupted", "witnesses heard a
 * woman scream: “…”", "As Tom Brady threw — “Go, go!” — the fans rose". Not an object ("Trump told the crowd: “…”").
 */
function otherVoiceAround(text: string, nameEnd: number, q: Quote): boolean {
  const between = text.slice(nameEnd, Math.max(nameEnd, q.start - 1));
  return hasVoice(VOICE_BETWEEN.exec(between)) || hasVoice(VOICE_AFTER.exec(text.slice(q.end + 1, q.end + 80)));
}

// “…,” Trump from his desk. “Could be ISIS.”; When Trump finally wrapped up — “I will fight for you!” — the
// balloons came down: no rule read a source beside the quote, yet its sentence (lookBackFrom) names a person before
// it, where a source may stand (asSource), and the article's names type that name as a person's. The last such person
// named speaks; a guess, graded low (rules.ts).
const personInSentence: FallbackRule = {
  id: 'person-in-sentence',
  ownSentence: true,
  example: {
    paragraphs: ['When Maria Lopez finally stood up — “We will rebuild the bridge by June!” — the balloons came down.'],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const q = s.quotes[i];
    const from = lookBackFrom(s, q);
    for (const named of s.people.namedBefore(q.start)) {
      if (named.at < from) return null;
      const { person } = named;
      if (named.oblique || !isPerson(s, person.name)) continue;
      const span = asSource(s.article.text, named.at);
      if (!span) continue;
      if (otherVoiceAround(s.article.text, span.end, q)) return null;
      // The people index already knows whom the name stands for ("Trump": Donald Trump).
      const attribution: Attribution = {
        speaker: person.name,
        speakerType: 'person',
        speakerRole: person.role,
        speakerMention: span,
      };
      return ruled(attribution, 'person-in-sentence');
    }
    return null;
  },
};

// A possessive: "his", "her", or a capitalised word with "'s" ("Obama's", "Sanders'").
const POSSESSOR = "(?:\\b(his|her)|(\\p{Lu}[\\p{L}-]*)['’]s?)";
const WORDS_NOUN = `(?:${alternation(WORDS_FOR_WORDS)})`;
/** Before the opening mark: "his call for", "Obama's persistent promise that", "in her words,". */
const OWNED_WORDS_BEFORE = new RegExp(
  `${POSSESSOR}[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,3}?${WORDS_NOUN}(?:[^\\S\\n]+(?:of|for|that|to))?[\\s,:]*$`,
  'u',
);
/** Before the opening mark, the possessive alone; after the closing mark, the noun: "Obama's “…” promise". */
const POSSESSOR_BEFORE = new RegExp(`${POSSESSOR}[^\\S\\n]*$`, 'u');
const WORDS_NOUN_AFTER = new RegExp(`^[^\\S\\n]*(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}?${WORDS_NOUN}\\b`, 'u');

/** The possessive that owns the quote as a noun for words, with where it starts in the text. */
function ownerOfWords(text: string, from: number, q: Quote): { at: number; pronoun?: string; name?: string } | null {
  const before = text.slice(from, q.start - 1);
  const m =
    OWNED_WORDS_BEFORE.exec(before) ??
    (WORDS_NOUN_AFTER.test(text.slice(q.end + 1, q.end + 40)) ? POSSESSOR_BEFORE.exec(before) : null);
  if (!m) return null;
  const at = from + m.index + m[0].indexOf(m[1] ?? m[2]);
  return m[1] ? { at, pronoun: m[1] === 'his' ? 'he' : 'she' } : { at, name: m[2] };
}

// His standing improved after … his call for “a total and complete ban” on …; It's the pull of Obama's “if you like
// your plan, you can keep it” promise: a noun for words (lexicon WORDS_FOR_WORDS) that a person's possessive owns,
// right before the quote or right after it, makes the quote that person's words. A name must be a person the article
// named; "his"/"her" is resolved as "he"/"she" beside a quote is (the mention reads the subject form).
const possessorOfWords: FallbackRule = {
  id: 'possessor-of-words',
  ownSentence: true,
  example: {
    paragraphs: ['Tom Baker spoke first.', 'Voters still remember Maria Lopez’s “a bridge for every town” promise.'],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const q = s.quotes[i];
    const { text } = s.article;
    const from = lookBackFrom(s, q);
    const owner = ownerOfWords(text, from, q);
    if (!owner) return null;
    if (owner.name) {
      // The index places a name at its first word ("Mr. Obama", "Barack Obama"): the possessive is its last.
      const named = s.people
        .namedBefore(q.start)
        .find((n) => n.at <= owner.at && owner.at - n.at < 40 && n.person.name.endsWith(owner.name!));
      if (!named || !isPerson(s, named.person.name)) return null;
      const { person } = named;
      const span = { start: owner.at, end: owner.at + owner.name.length };
      return ruled(
        { speaker: person.name, speakerType: 'person', speakerRole: person.role, speakerMention: span },
        'possessor-of-words',
      );
    }
    return personByPronoun(s, q, from, owner.at, owner.at + 3, owner.pronoun!, 'possessor-of-words');
  },
};

// The pronouns that stand for one person (lexicon ONE_PERSON_PRONOUNS): "they" may be a group, "it" a thing, "I" the
// writer (the near rules read those beside a quote).
const ONE_PERSON_PRONOUN = new RegExp(`\\b(?:${ONE_PERSON_PRONOUNS.join('|')})\\b`, 'gi');
/** Quoted words blanked (same length): a pronoun inside them is the quoted speaker's, not the reporter's. */
const withoutQuoted = (text: string) => text.replace(/[“"][^“”"]*[”"]/g, (m) => ' '.repeat(m.length));

// Although he says he “loves China,” he …; Why was he out in the heat? “My mom says …”: as person-in-sentence, a "he"
// or "she" earlier in the quote's sentence (lookBackFrom), resolved as a pronoun beside a quote is, when it stands
// for a person. A guess, graded low.
const pronounInSentence: FallbackRule = {
  id: 'pronoun-in-sentence',
  ownSentence: true,
  example: {
    paragraphs: [
      'Maria Lopez spoke last.',
      'When she finally stood up — “We will rebuild the bridge by June!” — the balloons came down.',
    ],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const q = s.quotes[i];
    const { text } = s.article;
    const from = lookBackFrom(s, q);
    const pronoun = [...withoutQuoted(text.slice(from, q.start - 1)).matchAll(ONE_PERSON_PRONOUN)].at(-1);
    // “Okay,” she said. “…”: a pronoun right after quoted words is previous-short-quote's.
    if (!pronoun || /[”"]\s*$/.test(text.slice(from, from + pronoun.index))) return null;
    const start = from + pronoun.index;
    if (otherVoiceAround(text, start + pronoun[0].length, q)) return null;
    return personByPronoun(s, q, from, start, start + pronoun[0].length, pronoun[0], 'pronoun-in-sentence');
  },
};

/**
 * The person a pronoun in the quote's sentence (from `from`) stands for, resolved as a pronoun beside a quote is,
 * under `rule`; null when it stands for no person.
 */
function personByPronoun(
  s: FallbackState,
  q: FallbackState['quotes'][number],
  from: number,
  start: number,
  end: number,
  pronoun: string,
  rule: 'possessor-of-words' | 'pronoun-in-sentence',
) {
  const { text, paragraphs } = s.article;
  const para = paragraphs[q.paragraph];
  const mention: Mention = { kind: 'pronoun', start, end, text: pronoun, role: null, head: null };
  const context = {
    previousSentence: previousSentence(s.sentences, para.start, from + 1, paragraphs[q.paragraph - 1] ?? null),
    sentenceStart: from,
    text,
  };
  const found = resolveMention(mention, s.people, recentBefore(s, mention), context, s.names);
  return found.speaker && found.speakerType === 'person' ? ruled(found, rule) : null;
}

// The words of a line that make it a clause of its own: a verb of saying, an auxiliary or a modal, a past in -ed
// ("Analysts were less upbeat", "What residents say", "Fans chanted …"). A caption or a tag has none ("Whangārei
// Harbour seen from Tamaterau", "whale strandings").
const FINITE_WORDS = [...CUE_VERBS, ...AUXILIARIES, ...COPULAS, ...FORECAST_MODALS];
const FINITE_WORD = new RegExp(`(?<![\\p{L}])(?:${alternation(FINITE_WORDS)}|\\p{Ll}+ed)(?![\\p{L}])`, 'u');
// A line that ends a sentence, after any closing mark: "His counterpart saw it differently." is a clause even with a
// verb no list knows; an unpunctuated line is a heading, a caption or a tag.
const SENTENCE_END = /[.!?…][”"’)\]]*\s*$/u;
// Up to this many words, a line is a stage direction or a beat, not a clause ("Pause.", "Long silence.").
const BEAT_WORDS = 2;
// A heading or a caption that names people of another party ("Residents fear the worst", "A protester outside the
// plant", "The opposition view") introduces their words, not more of the last speaker's (review35 finding 12).
const OTHER_PARTY_WORDS = new Set(
  [...GROUP_NOUNS, ...ONLOOKER_NOUNS, ...PERSON_NOUNS, ...OPPOSING_SIDE_NOUNS].flatMap((w) => [
    w,
    `${w}s`,
    w.replace(/s$/, ''),
  ]),
);
const namesAnotherParty = (words: readonly string[]) =>
  words.some((w) => OTHER_PARTY_WORDS.has(w.toLowerCase().replace(/[^\p{L}'’-]+/gu, '')));

/**
 * The narration paragraph goes on about the last speaker, so a quote after it is still theirs: it names them (a word
 * of the shown name; "He"/"She" of their gender as its subject) or it is no clause of its own (a beat, a caption, a
 * tag). One that turns to another party ("Analysts were less upbeat about the results.", "A handwritten sign in the
 * window was short.") hands the quote to that party, whom this guess cannot name.
 */
function narrationOfSpeaker(text: string, speaker: string): boolean {
  const words = spaceWords(text);
  const nameWords = spaceWords(speaker).filter((w) => /^\p{Lu}\p{L}/u.test(w));
  if (nameWords.some((w) => words.some((x) => x.replace(/[^\p{L}'’-]+$/u, '').replace(/['’]s$/u, '') === w)))
    return true;
  const pronoun = /^(He|She)\s+\p{Ll}/u.exec(text)?.[1];
  if (pronoun) {
    const gender = nameGender(speaker);
    return gender === null || gender === (pronoun === 'He' ? 'm' : 'f');
  }
  if (FINITE_WORD.test(text) || namesAnotherParty(words)) return false;
  return words.length <= BEAT_WORDS || !SENTENCE_END.test(text);
}

// “…,” Lopez said. ¶ Pause. ¶ “And we will open it to trains.”: a paragraph that is only a quote, with one paragraph of
// narration between it and the last quoted speaker's paragraph, goes on in that voice, as previous-quote's paragraph
// does with none between, when that paragraph goes on about the speaker (narrationOfSpeaker). Not after a paragraph
// ending in a colon: that one introduces a text or another voice ("Transcript as follows:"). Two paragraphs between
// are too far (half right on PolNeAR train A). A guess, graded low and lent on as one.
const quoteAfterNarration: FallbackRule = {
  id: 'quote-after-narration',
  example: {
    paragraphs: [
      '“We will rebuild the bridge,” Maria Lopez said.',
      'Pause.',
      '“And we will open it to trains by June.”',
    ],
    speaker: 'Maria Lopez',
  },
  find(s, i) {
    const q = s.quotes[i];
    if (s.last === undefined || !opensParagraph(s, q) || !endsParagraph(s, q) || colonBefore(s, q)) return null;
    if (s.quotes[s.last].paragraph !== q.paragraph - 2) return null;
    const previous = s.found[s.last];
    const between = s.article.paragraphs[q.paragraph - 1];
    if (!previous?.speaker || !narrationOfSpeaker(s.article.text.slice(between.start, between.end), previous.speaker))
      return null;
    return { ...ruled(previous, 'quote-after-narration'), guessed: true };
  },
};

export const FALLBACK_RULES: FallbackRule[] = [
  echoedHeading,
  neighbourQuote,
  previousShortQuote,
  signatureLine,
  previousQuoteRule,
  previousQuoteAfterColon,
  previousParagraphColon,
  previousParagraphSubject,
  previousSentenceSubject,
  possessorOfWords,
  personInSentence,
  pronounInSentence,
  quoteAfterNarration,
];
