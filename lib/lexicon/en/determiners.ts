// Determiners: the words that open a noun phrase and say which one or whose ("the", "a", "his"). Lower case. The
// lists of clause-words and function-words that hold determiners take them from here.

/** The articles: "the spokesman", "a source", "an aide". Used by: quotes/mention-after (READ_BY). */
export const ARTICLES = ['the', 'a', 'an'];
