// Determiners: the words that open a noun phrase and say which one or whose ("the", "a", "his"). Lower case. The
// lists of clause-words and function-words that hold determiners take them from here.

/**
 * The articles: "the spokesman", "a source", "an aide". Used by: quotes/mention-after (READ_BY), entities/describe,
 * clause-words (GOVERNING_WORDS, OBLIQUE_MARKERS, FRAGMENT_ENDS, SOURCE_DETERMINERS, ANTECEDENT_DETERMINERS).
 */
export const ARTICLES = ['the', 'a', 'an'];

/**
 * Possessive determiners of the third person, the ones that go back to someone already named ("his aides", "its
 * spokesman"). Used by: entities/describe, clause-words (GOVERNING_WORDS, SOURCE_DETERMINERS, ANTECEDENT_DETERMINERS).
 */
export const THIRD_PERSON_POSSESSIVES = ['their', 'his', 'her', 'its'];

/** All possessive determiners ("Their", "His", "My"). Used by: quotes/people (NOT_PERSON_WORD), places/roles (FILLER),
 * names/runs (OPENERS), clause-words (FRAGMENT_ENDS), through function-words. */
export const POSSESSIVES = [...THIRD_PERSON_POSSESSIVES, 'our', 'my', 'your'];

/** Demonstratives: "this official", "those aides". */
// Used by: clause-words (SOURCE_DETERMINERS, ANTECEDENT_DETERMINERS).
export const DEMONSTRATIVES = ['this', 'that', 'these', 'those'];
