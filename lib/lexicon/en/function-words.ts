// Closed-class words: capitalised only at a sentence start, never a name or part of one. Lower case.
import { CORRELATIVE_OPENERS, LEADING_PREPOSITIONS, OTHER_PREPOSITIONS, SUBORDINATOR_OPENERS } from './clause-words';
import { OPENING_CUE_VERBS } from './speech';

/** Prepositions and conjunctions that open sentences and headings. */
// Used by: quotes/people (NOT_PERSON_WORD).
// prettier-ignore
export const OPENING_FUNCTION_WORDS = [
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'but', 'or', 'of', 'to', 'as', 'after',
  'before', 'during', 'when', 'while',
  ...CORRELATIVE_OPENERS,
  ...SUBORDINATOR_OPENERS,
];

// The possessive determiners live with the other determiners; their users import them from here.
export { POSSESSIVES } from './determiners';

/**
 * The subject pronouns that stand for one person other than the writer: "they" may be a group, "we" and "i" are the
 * writer's or a speaker's own. Used by: quotes/fallbacks (pronoun-in-sentence).
 */
export const ONE_PERSON_PRONOUNS = ['he', 'she'];
/**
 * The first person plural: a quote that speaks as "we" speaks for a body or a group, not for one person the text
 * names as acted on ("Officers arrested Tom Baker. “We ask witnesses to come forward,” he said."). Used by:
 * quotes/resolve (objectBefore).
 */
export const FIRST_PLURAL_WORDS = ['we', 'us', 'our', 'ours', 'ourselves'];
/**
 * The third person singular by gender, and the second person: a quote that speaks of "him" or to "you" is about the
 * one acted on, so it is the actor's ("The judge sentenced Maria Lopez. “You showed no remorse,” she said."). Used
 * by: quotes/resolve (objectBefore).
 */
export const MASCULINE_WORDS = ['he', 'him', 'his', 'himself'];
export const FEMININE_WORDS = ['she', 'her', 'hers', 'herself'];
export const SECOND_PERSON_WORDS = ['you', 'your', 'yours', 'yourself'];
/** Subject pronouns: "Florence. She's …" joins no capitalised words into a name. Used by: quotes/people. */
export const SUBJECT_PRONOUNS = [...ONE_PERSON_PRONOUNS, 'they', 'we', 'i'];

/** Question words, auxiliaries and pronouns that open questions and sentences. Used by: quotes/people. */
// prettier-ignore
export const QUESTION_AND_AUXILIARY_WORDS = [
  'did', 'does', 'do', 'is', 'was', 'why', 'how', 'what', 'where', 'who', 'will', 'can', 'should', 'it', 'this', 'that',
];

/**
 * Participles and verbs that open a clause ("According to …", "Said Mr. X", "Explained Keith"): the opening cues (see
 * OPENING_CUE_VERBS) and four participles. Used by: quotes/people, quotes/shown-role.
 */
export const CLAUSE_OPENING_VERBS = [...OPENING_CUE_VERBS, 'according', 'following', 'including', 'regarding'];

/** Labels of a paper's parts printed as headings. Used by: quotes/people (NOT_PERSON_WORD). */
export const DOCUMENT_LABELS = ['abstract'];

/**
 * Prepositions: "the investigation into X", "the telescope atop X" end in one, so the words before the name are a
 * construction, not a description of it. Used by: entities/describe, quotes/shown-role.
 */
export const PREPOSITIONS = [...LEADING_PREPOSITIONS, ...OTHER_PREPOSITIONS];

/**
 * Comparatives: "the older Xbox One", "the wealthier Michael Bloomberg". Used by: entities/describe (through
 * NON_DESCRIBING_ADJECTIVES), lexicon/en/roles (AGENT_LOOKALIKES: they end like agent nouns).
 */
// prettier-ignore
export const COMPARATIVES = [
  'older', 'younger', 'bigger', 'larger', 'smaller', 'better', 'greater', 'higher', 'lower', 'closer', 'faster',
  'harder', 'longer', 'earlier', 'later', 'richer', 'poorer', 'wealthier',
];

/**
 * Adjectives that say which one or how it is, never what it is: "the new Mac Pro", "the only survivor", "the real
 * Madrid". Before a name they describe nothing alone. Used by: entities/describe.
 */
// prettier-ignore
export const NON_DESCRIBING_ADJECTIVES = [
  // which one
  'new', 'old', 'original', 'only', 'last', 'next', 'latest', 'same', 'other', 'another', 'current', 'previous',
  'whole', 'entire', 'own', 'real', 'ever', 'nearby',
  // how it is, how it compares
  'great', 'greatest', 'powerful', 'famous', 'lost', 'biggest', 'largest', 'smallest', 'best', 'worst',
  ...COMPARATIVES,
];

/** Ordinal words ("the Fourth Quarter", "the Second Estate"): they order things, they name no place. */
// Used by: places/recognize (a feature's name).
// prettier-ignore
export const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'final',
];

/** Pronouns that stand as a source: "he said"; "it" for a body or a document ("It added, …"). */
// Used by: quotes/mentions (PRONOUNS), quotes/relative (a new clause's subject).
export const SOURCE_PRONOUNS = [...SUBJECT_PRONOUNS, 'it'];
/** The same and "you": no name ("What I can say", "You can say"). Used by: quotes/mentions (NOT_NAME_WORD). */
export const PERSONAL_PRONOUNS = [...SOURCE_PRONOUNS, 'you'];
/** Object pronouns: "telling her", "warning them". Used by: quotes/mentions (a participle and its object). */
export const OBJECT_PRONOUNS = ['her', 'him', 'them', 'it', 'us'];
/** Question and relative words: "What I can say", "which he described as". Used by: quotes/mentions. */
export const QUESTION_WORDS = ['what', 'who', 'which', 'where', 'when', 'why', 'how'];
/** Words that point rather than name: "That is …", "There was …". Used by: quotes/mentions (NOT_NAME_WORD). */
export const POINTING_WORDS = ['that', 'this', 'there', 'here'];
/** Conjunctions that join two names or phrases: "Cruz and Rubio". Used by: quotes/mentions. */
export const COORDINATORS = ['and', 'or'];
