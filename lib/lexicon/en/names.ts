// Words inside personal names that are not capitalised names themselves.

/** Lower-case particles inside a name ("Bill de Blasio", "Osama bin Laden", "Ludwig van Beethoven"). */
// Used by: quotes/people (NAME_RUN), quotes/mentions (NAME_PARTICLE, NAME_TOKEN), entities/recognize (name shape,
// capitalised particles), entities/name-runs (CONNECTORS), notes/export/authors (family-name particles).
// prettier-ignore
export const NAME_PARTICLES = [
  // Romance languages
  'de', 'del', 'della', 'di', 'da', 'dos', 'du', 'la', 'le',
  // Dutch and German
  'van', 'von', 'der', 'den', 'ter',
  // Arabic: "son of", "daughter of", the article
  'bin', 'bint', 'ibn', 'al', 'el',
];
