// Reads a source phrase ("In a swipe against X, Clinton", "Robert Antonacci of the New York delegation") as a mention:
// datelines, introductory phrases, sentence adverbs and appositions are set aside.
import { isDocumentHead, type Mention, opensWithNamePreposition, readMention } from './mentions';
import { DATELINE_OPENING as DATELINE } from '../text/datelines';
import { alternation, exactly } from '../lexicon/build';
import { DOCUMENT_AUTHOR_PARTICIPLES, DOCUMENT_GOT_PARTICIPLES } from '../lexicon/en/sources';
import {
  ASIDE_PARTICIPLES,
  CLAUSE_NARROWERS,
  GOVERNING_PREPOSITIONS,
  SENTENCE_ADVERBS,
  SUBORDINATORS,
} from '../lexicon/en/clause-words';
import { SPEECH_MEDIA } from '../lexicon/en/speech';
import { ARTICLES, THIRD_PERSON_POSSESSIVES } from '../lexicon/en/determiners';

const SENTENCE_ADVERB = exactly(SENTENCE_ADVERBS);
// Not "including" ("Several officials, including Tom Baker, said": the one named speaks).
const ASIDE_OPENING = new RegExp(`^(?:(?!including\\b)\\p{Ll}{2,}ing|${ASIDE_PARTICIPLES.join('|')})\\s`, 'u');

// "As" opens a clause when a verb follows ("As Trump attacked Clinton, the attendees"), not in "As John Cornyn, the No.
// 2, put it".
const AS_CLAUSE = /^(?:(?:[Ee]ven|[Jj]ust)\s+)?[Aa]s\s.*\s\p{Ll}{2,}/u;
const PARTICIPLE_TAIL = /\s\p{Ll}{3,}ing\s+(?:to|with|on|before|at|for|from)\s/u;
// "of" opens no introductory phrase.
const INTRO_OPENERS = [...GOVERNING_PREPOSITIONS.filter((w) => w !== 'of'), 'following', ...SUBORDINATORS];
const INTRO_PHRASE = new RegExp(
  `^(?:(?:${CLAUSE_NARROWERS.join('|')})\\s+)?(?:${INTRO_OPENERS.join('|')}|\\p{L}+ing)\\s`,
  'iu',
);
// "Inside City Hall, aides said": a preposition that also opens names ("Beyond Meat") opens an introductory phrase
// when the clause follows its comma. It is the subject's name only with an aside closed by a second comma, a noun
// phrase or a relative clause ("Beyond Meat, the plant-based food maker, said"; "Beyond Meat, which makes burgers,").
const APPOSITION_OPENING = new RegExp(
  `^(?:${[...ARTICLES, ...THIRD_PERSON_POSSESSIVES, 'who', 'which'].join('|')})\\s`,
  'i',
);
const introduces = (parts: string[], phrase: string) =>
  INTRO_PHRASE.test(parts[0]) ||
  AS_CLAUSE.test(parts[0]) ||
  (opensWithNamePreposition(parts[0]) && !(/,\s*$/.test(phrase) && APPOSITION_OPENING.test(parts[1])));

// "Acme Corp., a maker of auto parts,", "The company — Acme Corp., based in Dayton —": a body called by its name (not
// "the company") takes one apposition as a name does; not a list ("the Paper, and widely circulated online, Shen
// Xincheng": the apposition opens with no noun phrase or participle).
const APPOSED = /^(?!(?:and|or|but)\s)\p{Ll}/u;
const namedBody = (m: Mention, parts: string[]) =>
  m.kind === 'organization' &&
  /^\p{Lu}/u.test(m.text.replace(/^the\s+/i, '')) &&
  parts.length === 2 &&
  APPOSED.test(parts[1]);

// "her lawyers in a court filing", "a police spokesman on Twitter on Monday": the means the words came by (lexicon
// SPEECH_MEDIA), after up to two words, perhaps a day or whom it was given to, ends the source phrase; else the phrase
// reads as "her lawyers in a court filing" or as the platform's name.
const MEDIUM_TAIL = new RegExp(
  `(?<=\\S)\\s+(?:in|on|via|during|through)\\s+(?:(?:a|an|the|his|her|its|their|our)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}` +
    `(?:${SPEECH_MEDIA.join('|')})s?(?:\\s+(?:with|to)\\s+[^,]{1,40}|\\s+(?:on|last|this)\\s+\\p{L}+)?$`,
  'u',
);

// "The document, written by Tom Baker in 2005,", "the email, reviewed by The Washington Post,": an aside after a
// document naming who wrote it (lexicon DOCUMENT_AUTHOR_PARTICIPLES) gives the author, up to a time or place after
// the name; one naming who got hold of it (DOCUMENT_GOT_PARTICIPLES) names no source, and the document speaks.
const DOCUMENT_ASIDE = new RegExp(
  `^(?:(${alternation(DOCUMENT_AUTHOR_PARTICIPLES)})|${alternation(DOCUMENT_GOT_PARTICIPLES)})\\s+by\\s+(.+)$`,
  'u',
);
const AGENT_TAIL = /\s+(?:in|on|at|during|last|this|earlier|after|before|when)\s.*$/u;

/** The document's author its aside names, the document itself when the aside names a holder, else undefined. */
function documentAside(head: Mention, aside: string, asideStart: number): Mention | null | undefined {
  const m = head.kind === 'organization' && head.head && isDocumentHead(head.head) ? DOCUMENT_ASIDE.exec(aside) : null;
  if (!m) return undefined;
  if (!m[1]) return head;
  const agent = m[2].replace(AGENT_TAIL, '');
  const author = readMention(agent, asideStart + aside.length - m[2].length);
  return author && (author.kind === 'name' || author.kind === 'organization') ? author : head;
}

/**
 * The mention in a source phrase: "Berik Uali, the president's spokesman," → the name with its apposition as role;
 * a dateline, an introductory phrase ("In a swipe against X, Clinton") or a sentence adverb is set aside.
 */
export function parsePhrase(phrase: string, offset: number): Mention | null {
  const dateline = phrase.match(DATELINE);
  if (dateline) return parsePhrase(phrase.slice(dateline[0].length), offset + dateline[0].length);
  const trimmed = phrase.replace(/[,\s]+$/, '').replace(MEDIUM_TAIL, '');
  // "The two lawmakers, however,": a sentence adverb set off by commas is no part of the mention.
  // Commas separate parts; the one in "2,000" does not.
  const parts = trimmed.split(/,(?!\d)\s*/).filter((part, i) => i === 0 || !SENTENCE_ADVERB.test(part));
  // "In a swipe against Donald Trump, Clinton": an introductory phrase first; the speaker follows it.
  if (parts.length > 1 && introduces(parts, phrase)) {
    const last = parts[parts.length - 1];
    const mention = readMention(last, offset + phrase.indexOf(trimmed) + trimmed.lastIndexOf(last));
    // "Although having some worries, Jimmy Philmont, 39, of Fairfield": a last part that is no mention is the
    // subject's apposition; the subject opens the rest.
    if (mention || parts.length < 3) return mention;
    const rest = phrase.indexOf(parts[1], phrase.indexOf(parts[0]) + parts[0].length);
    return parsePhrase(phrase.slice(rest), offset + rest);
  }
  if (parts.length > 1) {
    const head = readMention(parts[0], offset + phrase.indexOf(parts[0]));
    // "an intelligence source, who was not authorized to speak,": a relative clause describes the source before it.
    if (head && /^(?:who|which)\s/i.test(parts[1])) return head;
    const aside = head ? documentAside(head, parts[1], offset + phrase.indexOf(parts[1], parts[0].length)) : undefined;
    if (aside !== undefined) return aside;
    if (head && (head.kind === 'name' || namedBody(head, parts))) {
      const apposition = parts.slice(1).join(', ').trim();
      return { ...head, role: head.role ?? (apposition.replace(/^(?:the|a|an)\s+/i, '') || null) };
    }
    // "a senior official, speaking on condition of anonymity,", "a spokesman, reached by phone,": an aside on how the
    // words were had; the source is the phrase before it.
    if (head && ASIDE_OPENING.test(parts[1])) return head;
    const lastPart = parts[parts.length - 1];
    return readMention(lastPart, offset + trimmed.lastIndexOf(lastPart));
  }
  const start = offset + phrase.indexOf(parts[0]);
  // "Another source speaking to Fox News": a participle phrase after the source names whom it spoke to.
  const participle = parts[0].match(PARTICIPLE_TAIL);
  if (participle && participle.index! > 0) {
    const head = readMention(parts[0].slice(0, participle.index), start);
    if (head) return head;
  }
  return readMention(parts[0], start) ?? nameOfPlace(parts[0], start) ?? headPhrase(parts[0], start);
}

/**
 * "a 52-count civil complaint filed by the SEC and …": a long phrase read by its head, up to a participle or
 * preposition.
 */
function headPhrase(phrase: string, offset: number): Mention | null {
  // Only a noun phrase ("a complaint …"), never a clause ("She greeted 2,000 supporters at …").
  if (!/^(?:a|an|the|one|his|her|its|their|our)\s/i.test(phrase)) return null;
  const cut = phrase.search(
    /\s(?:filed|released|published|issued|obtained|written|signed|sent|by|from|of|in|on|at|with|that|which|who)\b/,
  );
  if (cut <= 0) return null;
  const head = readMention(phrase.slice(0, cut), offset);
  return head && head.kind !== 'role' ? head : null;
}

/** "Robert Antonacci of the New York delegation": a name, then where the person is from as the role. */
function nameOfPlace(phrase: string, offset: number): Mention | null {
  const m = phrase.match(/^(.+?)\s+(?:of|from|at|with)\s+(.+)$/);
  if (!m) return null;
  const head = readMention(m[1], offset);
  return head?.kind === 'name' ? { ...head, role: head.role ?? m[2].replace(/^(?:the|a|an)\s+/i, '') } : null;
}
