// Closed-class words: capitalised only at a sentence start, never a name or part of one. Lower case.

/** Prepositions and conjunctions that open sentences and headings. */
// Used by: quotes/people (NOT_PERSON_WORD).
// prettier-ignore
export const OPENING_FUNCTION_WORDS = [
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'but', 'or', 'of', 'to', 'as', 'after',
  'before', 'during', 'when', 'while',
];

/** Possessive determiners ("Their", "His"). Used by: quotes/people (NOT_PERSON_WORD). */
export const POSSESSIVES = ['their', 'his', 'her', 'its', 'our', 'my', 'your'];

/** Subject pronouns: "Florence. She's …" joins no capitalised words into a name. Used by: quotes/people. */
export const SUBJECT_PRONOUNS = ['he', 'she', 'they', 'we', 'i'];

/** Question words, auxiliaries and pronouns that open questions and sentences. Used by: quotes/people. */
// prettier-ignore
export const QUESTION_AND_AUXILIARY_WORDS = [
  'did', 'does', 'do', 'is', 'was', 'why', 'how', 'what', 'where', 'who', 'will', 'can', 'should', 'it', 'this', 'that',
];

/** Participles and verbs that open a clause ("According to …", "Said Mr. X"). Used by: quotes/people. */
// prettier-ignore
export const CLAUSE_OPENING_VERBS = [
  'said', 'says', 'asked', 'added', 'told', 'wrote', 'according', 'following', 'including', 'regarding',
];

/** Labels of a paper's parts printed as headings. Used by: quotes/people (NOT_PERSON_WORD). */
export const DOCUMENT_LABELS = ['abstract'];
