// Nouns for made works: a capitalised name right after one is the work's title ("the film Selma", "his novel
// Beloved"), not the place or person it is named after.
// Used by: names/rules (work-noun), places/1-recognize (WORK_BEFORE: a work's title is no place),
// quotes/mention-before (ownsDocument: a work speaks for its author), quotes/not-quotes (WORK_BEFORE: the book “…”).
// prettier-ignore
export const WORK_NOUNS = [
  // screen and stage
  'film', 'movie', 'documentary', 'series', 'show', 'sitcom', 'drama', 'episode', 'play', 'musical', 'opera', 'ballet',
  // heard
  'podcast',
  // print
  'book', 'novel', 'memoir', 'poem', 'magazine',
  // music and art
  'album', 'record', 'track', 'song', 'single', 'painting', 'sculpture',
];

// Words that end a product's model name ("MacBook Pro", "iPad Mini", "Nike Air"): a name so ended is a made thing,
// not the company that makes it nor a person.
// Used by: names/rules (product-name), names/index and entities/recognize (a model word is nobody's surname).
// prettier-ignore
export const PRODUCT_MODEL_WORDS = ['pro', 'max', 'mini', 'air', 'plus', 'ultra', 'lite'];
const PRODUCT_MODELS = new Set(PRODUCT_MODEL_WORDS);
/** A product's model word, lower case ("pro" of "MacBook Pro"). */
export const isProductModelWord = (lower: string): boolean => PRODUCT_MODELS.has(lower);

/** Words opening the credit line that closes a book excerpt ("From STEALING AMERICA by …", "Adapted from …"). */
// Used by: quotes/writer (book-credit).
export const CREDIT_OPENERS = ['From', 'Excerpted from', 'Adapted from'];
