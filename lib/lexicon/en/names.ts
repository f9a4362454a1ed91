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

/**
 * Particles joined to the name word after them by a hyphen, in lower case ("Bashar al-Assad", "Ahmed el-Sayed",
 * "Zia ul-Haq", "Mohammed bin-Salman"): the word is a name word though it opens in lower case, and a surname alone
 * ("al-Assad said", "Al-Assad said", "Assad said"). As news and Wikipedia's titles write Arabic names.
 */
// Used by: names/joined-article (every reader of name words: names/runs and rules, quotes/people and mentions,
// entities/name-runs and recognize).
// prettier-ignore
export const JOINED_NAME_PARTICLES = [
  // the article: "al" as most writers spell it, "el" in Egyptian and North African names, "ul" in South Asian ones
  'al', 'el', 'ul',
  // "son of"
  'bin', 'ibn',
];

/**
 * The article assimilated to the consonant that opens the name ("Abd ar-Rahman", "Nasir ad-Din", "Ahmed ash-Shami"):
 * the letters after "a" are that consonant's, so the name opens with them ("at-Large", "as-Is" open otherwise).
 */
// Used by: names/joined-article.
// prettier-ignore
export const ASSIMILATED_ARTICLES = [
  // one letter: t, d, r, z, s, n
  'at', 'ad', 'ar', 'az', 'as', 'an',
  // two letters: th, dh, sh
  'ath', 'adh', 'ash',
];

/** Given names and surnames that end like a sentence adverb ("Kelly responded" is no "Normally"). */
// Used by: quotes/mentions (LY_NAMES).
// prettier-ignore
export const NAMES_ENDING_IN_LY = [
  'Kelly', 'Shelly', 'Nelly', 'Holly', 'Molly', 'Polly', 'Dolly', 'Sally', 'Billy', 'Willy', 'Wally', 'Emily',
  'Beverly', 'Kimberly', 'Lilly', 'Lily', 'Daly', 'Healy', 'Connolly', 'Donnelly', 'Tully', 'Scully', 'Reilly',
  'Carly',
];

/**
 * Title words that are common surnames too ("Steve King", "Amy Pope", "Erik Prince", "John Major", "Patty Judge",
 * "Ana Pastor", "Adel Imam"): after a known given name, at the end of the name, the word is the surname, not a title
 * before the next name.
 */
// Used by: names/title-surnames (runs of the names table, quotes/mentions, quotes/people).
// prettier-ignore
export const TITLES_ALSO_SURNAMES = ['king', 'pope', 'prince', 'major', 'judge', 'pastor', 'imam'];

/** Generational suffixes after a name ("Martin Luther King Jr.", "Henry Ford II"), lower case, without a point. */
// Used by: entities/knowledge-base (a suffix is no surname).
// prettier-ignore
export const GENERATIONAL_SUFFIXES = ['jr', 'sr', 'ii', 'iii', 'iv'];

/**
 * Nouns labelled by a capital letter ("Plan B", "Terminal B", "Vitamin C", "Hepatitis C", "Model S"): the letter is
 * no middle initial, and a point after it ends the sentence. Lower case.
 */
// Used by: names/runs (where an initial's point goes on in a name).
// prettier-ignore
export const LETTERED_NOUNS = [
  // plans, options and documents
  'plan', 'option', 'part', 'section', 'article', 'chapter', 'appendix', 'annex', 'exhibit', 'schedule', 'figure',
  'table', 'form', 'title',
  // places in a building or a site
  'terminal', 'gate', 'building', 'block', 'wing', 'hall', 'level', 'floor', 'lot', 'zone', 'area', 'ward', 'pier',
  // kinds and grades
  'type', 'class', 'grade', 'group', 'category', 'tier', 'division', 'phase', 'stage', 'series', 'model', 'list',
  // medicine
  'vitamin', 'hepatitis', 'strain',
];

/**
 * Family names that open East Asian names, written first ("Kim Jong Un", "Lee Hsien Loong", "Park Geun-hye"): such a
 * first word says no gender, though English uses some as given names too ("Kim"). Used by: scripts/data/given-names
 * (kept out of the majority-gender lists).
 */
// prettier-ignore
export const FAMILY_NAMES_WRITTEN_FIRST = [
  'kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'shin', 'moon', 'wang', 'li',
  'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'hu', 'guo', 'lin', 'ho',
];
