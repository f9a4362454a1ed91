// Nouns for made works: a capitalised name right after one is the work's title ("the film Selma", "his novel
// Beloved"), not the place or person it is named after.
// Used by: names/rules (work-noun), places/1-recognize (WORK_BEFORE: a work's title is no place).
// prettier-ignore
export const WORK_NOUNS = [
  // screen and stage
  'film', 'movie', 'documentary', 'series', 'show', 'sitcom', 'drama', 'episode', 'play', 'musical', 'opera', 'ballet',
  // print
  'book', 'novel', 'memoir', 'poem', 'magazine',
  // music and art
  'album', 'record', 'track', 'song', 'single', 'painting', 'sculpture',
];
