// Nouns for made works: a capitalised name right after one is the work's title ("the film Selma", "his novel
// Beloved"), not the place or person it is named after.
// Used by: names/rules (work-noun).
// prettier-ignore
export const WORK_NOUNS = [
  // screen and stage
  'film', 'movie', 'documentary', 'series', 'show', 'sitcom', 'play', 'musical', 'opera', 'ballet',
  // print
  'book', 'novel', 'memoir', 'poem', 'magazine',
  // music and art
  'album', 'song', 'single', 'painting', 'sculpture',
];
