// Words that tell a source phrase from a clause around it: prepositions that govern a name, openers of introductory
// phrases, determiners that start a noun phrase. Each list is read by the quotes engine as named on it. Lower case
// unless the pattern matches the capitalised form only.
import { RELATIVE_DAYS } from './calendar';
import { WHEN_ADVERBS_BEFORE_CUE } from './speech';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVES, THIRD_PERSON_POSSESSIVES } from './determiners';

/** Prepositions of time, place and manner that govern the noun after them. */
// Used by: quotes/mentions (LEAD_PREPOSITION, GOVERNS), quotes/subjects (SUBORDINATE), quotes/phrase (INTRO_PHRASE).
// prettier-ignore
export const GOVERNING_PREPOSITIONS = [
  'in', 'on', 'at', 'during', 'after', 'before', 'with', 'from', 'for', 'by', 'of', 'since', 'until', 'under', 'over',
  'amid', 'despite', 'about',
];

/** Prepositions that open an introductory phrase, not a source ("In a speech at the rally, …"). */
// Used by: quotes/mentions (LEAD_PREPOSITION).
export const LEADING_PREPOSITIONS = [...GOVERNING_PREPOSITIONS, 'into', 'through', 'throughout', 'following', 'upon'];

/**
 * Prepositions that open an introductory phrase only now and then, whose capital would else start a name: "Alongside
 * BLM calls for action, a top strategist said", "Unlike Ohio officials, the mayor said", "Beyond Ohio, …".
 */
// Used by: quotes/mentions (LEAD_PREPOSITION), quotes/subjects (SUBORDINATE_OPENERS).
// prettier-ignore
export const OCCASIONAL_LEADING_PREPOSITIONS = [
  'alongside', 'beyond', 'unlike', 'besides', 'beside', 'against', 'among', 'amongst', 'across', 'behind', 'within',
  'without', 'toward', 'towards', 'inside', 'outside', 'aside',
];

/**
 * Of those, the ones that also open names of firms and media ("Beyond Meat", "Inside Climate News", "Outside"
 * magazine, "Behind the Badge"): a run of capitalised words after one, right before its cue, is that name; set off by
 * a comma before the clause's subject it is an introductory phrase ("Inside City Hall, aides said").
 */
// Used by: quotes/mentions (nameOpenedByPreposition, opensWithNamePreposition: quotes/phrase, people, subjects).
export const PREPOSITIONS_OPENING_NAMES = ['beyond', 'inside', 'outside', 'behind'];

/**
 * The rest of the closed class of prepositions, after the ones that open phrases (LEADING_PREPOSITIONS). Used by:
 * OBLIQUE_MARKERS, lexicon/en/function-words (PREPOSITIONS).
 */
// prettier-ignore
export const OTHER_PREPOSITIONS = [
  'to', 'onto', 'atop', 'above', 'across', 'against', 'along', 'among', 'around', 'behind', 'below', 'beneath',
  'beside', 'between', 'beyond', 'inside', 'near', 'toward', 'towards', 'within', 'without', 'like', 'unlike', 'than',
  'via',
];

/**
 * Prepositions after a lower-case noun or verb that make the name after them its object, not a source: "he held his
 * fire on Ben Carson", "officials in Washington", "prosecutors for David Petraeus". Not "by": the agent it brings in
 * is the source ("a 2018 survey by Penelope Abernathy").
 */
// Used by: quotes/mentions (governsName).
export const OBJECT_PREPOSITIONS = [...LEADING_PREPOSITIONS.filter((w) => w !== 'by'), 'to', 'against', 'like'];

/** A word before a capitalised run that makes the run its object ("under President Obama", "his Clinton"). */
// Used by: quotes/mentions (GOVERNS: the run ends no subject).
// prettier-ignore
export const GOVERNING_WORDS = [
  ...GOVERNING_PREPOSITIONS, 'into', 'through', 'to', ...ARTICLES, ...THIRD_PERSON_POSSESSIVES, 'and', 'or',
];

/**
 * Prepositions that bring in a person who takes part in what the sentence tells ("joined on the call by Ilse Hogue",
 * "courtesy of Wes Nakagiri", "a call with"), unlike one merely said of ("named after", "a gift from", "a blow to").
 */
// Used by: quotes/resolve (introducedAside).
export const AGENT_PREPOSITIONS = ['by', 'with', 'courtesy of', 'alongside'];

/**
 * Prepositions of company: the person after one acts with the sentence's subject ("Clinton campaigned with Tim Kaine",
 * "appeared alongside Tom Baker"), so a "we" in the next quote may be theirs. Used by: quotes/resolve (objectBefore).
 */
export const COMPANION_PREPOSITIONS = ['with', 'alongside', 'beside', 'joined by', 'together with', 'along with'];

/**
 * Words after which a name is the object of a preposition or a modifier, not the subject of a clause. Not "including":
 * it picks one out of a group that is the subject ("Several Republicans, including Sen. Tom Ward, criticised it").
 */
// Used by: quotes/people (OBLIQUE_BEFORE, OPENING_PREPOSITION: "Making her way around Chez Vachon", "Unlike Allen, …").
// Not "following" yet: built from the preposition lists, this list kept the old output without it; adding it is a
// change of its own, to be measured on PolNeAR train.
export const OBLIQUE_MARKERS = [
  ...LEADING_PREPOSITIONS.filter((w) => w !== 'following'),
  ...OTHER_PREPOSITIONS,
  ...AGENT_PREPOSITIONS,
  'outside',
  ...ARTICLES,
];

/**
 * Correlative conjunctions' first words, capitalised when they open a sentence before a name: "Neither Donald J. Trump
 * nor his rivals", "Both Ann Brill and Otto Leib". Used by: NAME_OPENING_FUNCTION_WORDS, lexicon/en/function-words
 * (OPENING_FUNCTION_WORDS).
 */
export const CORRELATIVE_OPENERS = ['neither', 'either', 'both'];

/**
 * Subordinators capitalised when they open a sentence before a name: "Though Tom Baker called the plan “…”, Maria
 * Lopez …", "Because Ann Brill voted no, …" (review30 finding 16); "As", "When", "While", "After", "Before" are in the
 * lists already. Used by: NAME_OPENING_FUNCTION_WORDS, lexicon/en/function-words (OPENING_FUNCTION_WORDS: the names
 * table's openers and the people index).
 */
// prettier-ignore
export const SUBORDINATOR_OPENERS = [
  'though', 'although', 'because', 'unless', 'whereas', 'whenever', 'whilst', 'whether', 'once', 'since', 'until', 'if',
];

/** Function words capitalised at a sentence start, never the first word of a name ("During Tuesday's debate"). */
// Used by: quotes/mentions (FUNCTION_WORD).
// prettier-ignore
export const NAME_OPENING_FUNCTION_WORDS = [
  'to', 'with', 'during', 'in', 'on', 'at', 'after', 'before', 'for', 'from', 'by', 'of', 'as', 'when', 'while',
  'since', 'until', 'if', 'but', 'and', 'or', 'so', 'it', 'this', 'that', 'there', 'here', 'then', 'however',
  'meanwhile', 'still', 'yet', 'now', 'also', ...CORRELATIVE_OPENERS,
  ...SUBORDINATOR_OPENERS,
];

/** Determiners, time words and interjections that open a sentence ("Last week", "Perhaps", "Well"). */
// Used by: quotes/mentions (SENTENCE_OPENER).
// prettier-ignore
export const SENTENCE_OPENERS = [
  'a', 'an', 'last', 'next', 'this', 'once', 'after', 'before', 'following', 'my', 'your', 'our', 'even', 'only',
  'just', 'finally', 'perhaps', 'maybe', 'later', 'earlier', 'soon', 'first', 'thus', 'yes', 'no', 'well', 'oh',
  'like', 'unlike', 'asked', 'instead',
];

/**
 * Words that end a phrase cut off before its noun ("pastries from", "their"). Not "her": it is also the object
 * pronoun that ends a whole phrase ("told her"). Used by: quotes/mentions.
 */
// prettier-ignore
export const FRAGMENT_ENDS = [
  'from', 'in', 'on', 'at', 'to', 'with', 'for', 'by', 'and', 'but', 'or', ...ARTICLES,
  ...POSSESSIVES.filter((w) => w !== 'her'), 'key', "what's", 'what’s',
];

/** Words that follow an auxiliary in a clause ("has already", "was quoted", "had been"). Used by: quotes/mentions. */
// prettier-ignore
export const AFTER_AUXILIARY = [
  'already', 'also', 'not', 'never', 'long', 'since', 'first', 'still', 'just', 'been', 'being', 'quoted', 'to', 'in',
  'on', 'at', 'by',
];

/**
 * Words that open a clause whose own subject may be a voice of its own, between a name and a quote ("When Tom Baker
 * walked in, and the crowd — “…” —"). Used by: quotes/fallbacks (VOICE_BETWEEN).
 */
export const VOICE_CLAUSE_OPENERS = ['and', 'but', 'while', 'as', 'when'];

/**
 * Past participles that open an aside between a source and its cue, telling how the words were had: "a spokesman,
 * reached by phone, said", "an aide, asked about the report, said". (A present participle, "speaking on condition of
 * anonymity", is known by its ending.)
 */
// Used by: quotes/phrase (ASIDE_OPENING).
export const ASIDE_PARTICIPLES = ['reached', 'contacted', 'interviewed', 'asked', 'questioned', 'pressed', 'told'];

/** Conjunctions and subordinators that open a clause before its subject ("When Wallace died in 1998, …"). */
// Used by: quotes/subjects (SUBORDINATE), quotes/phrase (INTRO_PHRASE), MAIN_CLAUSE_SUBORDINATORS.
// prettier-ignore
export const SUBORDINATORS = [
  'when', 'while', 'if', 'because', 'although', 'though', 'once', 'asked', 'like', 'unlike',
];

/**
 * Participles opening a clause with no subject of its own ("Asked about Clinton's lead, she replied", "Pressed on
 * whether Trump …, he said"): their subject is the main clause's, so a name inside is no one's subject. Used by:
 * quotes/resolve (a pronoun's own sentence).
 */
// prettier-ignore
export const SUBJECTLESS_OPENERS = [
  'asked', 'pressed', 'questioned', 'speaking', 'responding', 'reacting', 'commenting',
];

/**
 * Words after a comma that join a main clause with a subject of its own ("Jindal signed an order, while Huckabee
 * proposed …"). Used by: quotes/near (a partial quote's clause is the last one joined).
 */
export const CLAUSE_JOINERS = ['while', 'whereas', 'but', 'and', 'yet'];
/**
 * Joiners that set a second subject against the first ("Ann Reyes calls the plan “…,” but Tom Ward sees it as “…”"),
 * and the copulas after which that subject is only spoken of ("while Cruz is “a basket case”"). Used by: quotes/near.
 */
export const CONTRAST_JOINERS = ['while', 'whereas', 'but', 'yet'];
export const COPULAS = ['is', 'was', 'are', 'were', 'remains', 'remained', 'seems', 'seemed'];

/**
 * Words of time that also open a subordinate clause before the subject ("As he left the stage, Mark Jones stepped
 * up", "After she won, Ann Lee thanked them"): as prepositions they open none. Used by: quotes/resolve, with
 * SUBORDINATORS, for a pronoun in the opening clause; MAIN_CLAUSE_SUBORDINATORS.
 */
export const TIME_SUBORDINATORS = ['as', 'after', 'before', 'since', 'until'];

/**
 * Every word that opens a subordinate clause with a subject of its own before the main clause ("When Smith arrived,
 * Jones …", "Whereas Smith …"): SUBORDINATORS without the participle and prepositions, the time subordinators, and
 * the rest of the closed class. Used by: quotes/main-subject (subordinate-clause).
 */
// prettier-ignore
export const MAIN_CLAUSE_SUBORDINATORS = [
  ...SUBORDINATORS.filter((w) => !['asked', 'like', 'unlike'].includes(w)), ...TIME_SUBORDINATORS, 'whenever',
  'whilst', 'unless', 'even though', 'even if', 'whether', 'whereas', 'now that', 'so that', 'as soon as',
];

/**
 * Words that join a sentence to the one before it, with or without a comma ("But Jones said", "Meanwhile, Jones
 * said"): the subject comes after them. Used by: quotes/main-subject (connective).
 */
// prettier-ignore
export const SENTENCE_CONNECTIVES = [
  'but', 'and', 'so', 'yet', 'still', 'now', 'then', 'instead', 'meanwhile', 'however', 'also', 'indeed', 'moreover',
  'plus', 'separately', 'earlier', 'later', 'afterward', 'afterwards', 'previously', 'ultimately', 'finally',
];

/**
 * Prepositions that open a phrase set off by a comma before a sentence's subject ("In a letter to Smith, Jones …",
 * "According to Smith, …"). Used by: quotes/main-subject (prepositional-phrase).
 */
// prettier-ignore
export const FRONTED_PREPOSITIONS = [
  'in', 'on', 'at', 'during', 'for', 'from', 'with', 'without', 'unlike', 'like', 'despite', 'amid', 'under', 'over',
  'through', 'throughout', 'within', 'among', 'against', 'across', 'beyond', 'by', 'following', 'according to',
  'after', 'before', 'since', 'until', 'besides', 'beside', 'as for', 'apart from', 'along with', 'in addition to',
];

/**
 * Words that open a time phrase of its own before a comma and the subject ("Last week, Jones …", "Today, …").
 * Used by: quotes/main-subject (time-or-adverb).
 */
export const FRONTED_TIME_WORDS = [...RELATIVE_DAYS, 'tonight', 'last', 'this', 'next', 'earlier', 'later'];

/**
 * Sentence adverbs in "-ly" whose ending given names share ("Nearly", "Clearly", "Certainly", "Happily"): read as
 * adverbs before a given name from this list, not by their ending, so "Everly Anne Brill" and "Marly Tom" stay names
 * (review30 finding 23). The rest are read by an ending no name has (word-endings ADVERB_ONLY_ENDINGS). Not "Early", a
 * surname. Used by: names/openers (adverbBeforeName).
 */
// prettier-ignore
export const SENTENCE_ADVERBS_IN_LY = [
  // how sure or how much
  'only', 'nearly', 'clearly', 'certainly', 'likely', 'surely', 'merely', 'rarely', 'barely', 'largely', 'simply',
  'mostly', 'partly', 'mainly', 'namely', 'really', 'truly', 'duly', 'highly', 'widely', 'openly', 'jointly',
  // the speaker's view
  'frankly', 'happily', 'luckily', 'sadly', 'oddly', 'briefly',
  // time and order
  'shortly', 'firstly', 'secondly', 'thirdly', 'lastly', 'newly', 'suddenly', 'slowly', 'quickly', 'quietly',
  // in "-erly", "-ily", as given names end ("Everly", "Emily")
  'formerly', 'properly', 'utterly', 'bitterly', 'cleverly', 'overly', 'eagerly', 'easily', 'heavily', 'readily',
  'steadily', 'angrily', 'hastily', 'wearily', 'kindly', 'boldly', 'loudly', 'proudly', 'broadly', 'badly',
];

/**
 * Adverbs of time and frequency that open a sentence without a comma before its subject, capitalised and so read as a
 * name's first word ("Yesterday Tom Baker voted yes", "Tonight Maria Lopez will vote"). Read only before a known given
 * name, so "Today Show", "Tonight Show" stay names; words in "-ly" are SENTENCE_ADVERBS_IN_LY's.
 * Used by: names/openers (ADVERB_OPENER).
 */
// prettier-ignore
export const TIME_ADVERB_OPENERS = [
  // days
  ...RELATIVE_DAYS, 'tonight', 'tomorrow',
  // order and frequency
  'later', 'earlier', 'again', 'often', 'sometimes', 'once', 'soon',
];

/** Adverbs that narrow a subordinate clause ("even before", "shortly after"). Used by: quotes/subjects, phrase. */
export const CLAUSE_NARROWERS = ['even', 'just', 'shortly', 'long', 'right', 'only', 'soon'];

/** Sentence adverbs and connectives set apart by commas ("however", "for example"). Used by: quotes/phrase. */
// prettier-ignore
export const SENTENCE_ADVERBS = [
  'however', 'though', 'too', 'also', 'meanwhile', 'instead', 'moreover', 'furthermore', 'in turn', 'for example',
  'for instance', 'in fact', 'of course', 'again', 'then', 'now', 'still', 'yet', 'indeed', 'nonetheless',
  'nevertheless',
];

/** Words that make a capitalised opening a noun phrase, not a name ("Her critics", "Several Republican senators"). */
// Used by: quotes/subjects (SUBJECT). Capitalised: the pattern is case-sensitive.
// prettier-ignore
export const PHRASE_DETERMINERS = [
  'His', 'Her', 'Their', 'Its', 'My', 'Our', 'Your', 'This', 'That', 'These', 'Those', 'Several', 'Some', 'Many',
  'Most', 'Few', 'All', 'Both', 'Other', 'Such', 'Any', 'No', 'Every', 'Each', 'A', 'An', 'The',
];

/** Number words that open a noun phrase ("Two officials", "Dozens of residents"). Used by: quotes/mentions. */
// prettier-ignore
export const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundreds', 'thousands', 'dozens',
];

/**
 * Words that say a person introduced is dead ("Tom Birch, a local artist who died in 1890", "who was killed in the
 * crash", "the late Ann Reyes"): such a person speaks for no later "he said".
 */
// Used by: quotes/the-dead.
export const DEATH_VERBS = ['died', 'was killed', 'passed away', 'was murdered', 'was executed'];
export const DEATH_TITLE = 'the late';
/**
 * Words that open a clause or phrase of their own inside an apposition: "the father of a teenager who was killed",
 * "who treated a patient who died" are about someone else. Used by: quotes/the-dead.
 */
export const RELATIVE_PRONOUNS = ['who', 'whom', 'whose', 'which', 'that'];

/**
 * Words that open a restrictive relative clause on a noun, with no comma before them ("doctors who treated Ann Reyes",
 * "a woman whose son was hurt", "nurses at the clinic where Ann Reyes works"): a name inside the clause is not the
 * subject of the verb after it. Not "that" (after a verb it opens what is said: "said that Ann Reyes told him") nor
 * "which" (a restrictive "which" is rare, and "which he described as" has its own subject).
 * Used by: quotes/mention-before (localSubject), quotes/mentions (readMention).
 */
export const RESTRICTIVE_RELATIVE_WORDS = ['who', 'whom', 'whose', 'where'];

/**
 * Verbs of what is done to a person by police, courts or attackers: the name after them is the verb's object, not a
 * subject a later "he said" goes back to ("Officers arrested Mark Deane, a 34-year-old mechanic. ¶ “…,” he said"). Not
 * "appointed", "elected", "hired": their object is often the next speaker.
 */
// Used by: quotes/people (oblique), lexicon/en/events (HARMS_TO_PEOPLE).
// prettier-ignore
export const ACTS_ON_A_PERSON = [
  'arrested', 'detained', 'charged', 'indicted', 'convicted', 'sentenced', 'jailed', 'handcuffed', 'questioned',
  'interrogated', 'shot', 'stabbed', 'killed', 'attacked', 'assaulted', 'robbed', 'kidnapped', 'abducted',
];

/** Determiners that open a source phrase: "the spokesman", "his aides", "several senators". */
// Used by: quotes/mentions (DETERMINERS: the phrase is no name).
// prettier-ignore
export const SOURCE_DETERMINERS = [
  ...ARTICLES, ...THIRD_PERSON_POSSESSIVES, 'our', ...DEMONSTRATIVES, 'one', 'another', 'some', 'two', 'three',
  'several', 'many',
];
/** Of those, the ones that leave a source unnamed: "a source", "one official", "some aides". */
// Used by: quotes/mentions (INDEFINITE: an anonymous source).
export const INDEFINITE_DETERMINERS = ['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three'];
/** Quantities that make a plural noun a group, not one source: "several environmental groups", "some protesters". */
// Used by: quotes/mentions (roleMention).
export const GROUP_QUANTIFIERS = ['several', 'some', 'many', 'two', 'three'];
/** Determiners of the noun phrase a relative pronoun goes back to ("the officers, who"); not "that" (a conjunction). */
// Used by: quotes/relative (DETERMINED).
export const ANTECEDENT_DETERMINERS = [
  ...ARTICLES,
  ...THIRD_PERSON_POSSESSIVES,
  'our',
  ...DEMONSTRATIVES.filter((w) => w !== 'that'),
  'one',
  'another',
];

/** Words that join a phrase on and are dropped before its source: "And Trump said", "As one employee put it". */
// Used by: quotes/mentions (readMention).
// prettier-ignore
export const LEADING_CONNECTIVES = [
  'and', 'but', 'also', 'then', 'later', 'now', 'so', 'as', 'while', 'when', 'because', 'yet',
];

/**
 * Focus adverbs before a source's determiner: "even a top GOP strategist said", "only one official said". They say how
 * the source stands among others, not who it is. Used by: quotes/mentions (readMention drops them).
 */
export const FOCUS_ADVERBS = ['even', 'only', 'just'];

/**
 * Words that end the role before a name: a cue, a preposition, a verb or a relative word ("said Kazakh President
 * Tokayev", "according to spokesman Berik Uali", "who met Senator X"). The cue verbs are added by the reader.
 */
/** Verbs that take a person as object ("who met Senator X", "thanked the volunteers"). */
export const PERSON_OBJECT_VERBS = ['thanked', 'met', 'visited'];

// Used by: quotes/mentions (ROLE_BREAK).
// prettier-ignore
export const ROLE_BREAKS = [
  // Prepositions and the words of "according to"
  'according', 'to', 'by', 'as', 'with', 'from', 'for', 'of', 'in', 'on', 'at',
  // Joiners, relative words and copulas
  'and', 'that', 'who', 'is', 'was', 'were', 'are', 'be', 'been',
  // Verbs that take the person as object
  ...PERSON_OBJECT_VERBS,
];

/**
 * Words right before the noun phrase a relative pronoun refers back to ("a lecture from the mayor, who said",
 * "thanked the volunteers, who were"): prepositions, "and", and verbs that take a person as object.
 */
// Used by: quotes/mention-before (RELATIVE).
// prettier-ignore
export const ANTECEDENT_BEFORE = [
  'to', 'for', 'from', 'with', 'by', 'of', 'and', 'at', 'on', 'in', 'among', ...PERSON_OBJECT_VERBS, 'told',
];

/**
 * Prepositions that tie a person to a body or a place: "Tasos Georgelis of the city's Department", "McConnell of
 * Kentucky", "a researcher at Yale". Used by: quotes/mentions (AFFILIATION).
 */
export const AFFILIATION_PREPOSITIONS = ['of', 'at', 'for', 'from', 'with'];
/** Those and "in": a phrase's head noun is the word before them ("relatives of the officers", "officials in Ohio"). */
// Used by: quotes/mentions (roleMention's head, goesOnAfterName), quotes/relative (an affiliation after a name).
export const HEAD_ENDING_PREPOSITIONS = [...AFFILIATION_PREPOSITIONS, 'in'];
/** The preposition that names whom a document comes from: "a statement from Ann Reyes". */
// Used by: quotes/mentions, quotes/mention-after (an inverted cue's document and its issuer).
export const ISSUING_PREPOSITIONS = ['from'];
/** Prepositions that give an office its domain: "ambassador to Britain", "a spokesman for Boeing", "professor at". */
// Used by: quotes/mentions (officeHolder).
export const OFFICE_PREPOSITIONS = ['to', 'for', 'of', 'at'];
/** Prepositions that put a place inside a role before a name: "envoy to Ukraine Kurt Volker". Used by: mentions. */
export const ROLE_PLACE_PREPOSITIONS = ['to', 'of', 'for', 'in'];
/** Prepositions inside one office's or body's name: "Bank of England", "Commissioner for Human Rights". */
// Used by: quotes/mentions (nameAfterOf), quotes/patterns (BODY_NAME), quotes/mention-before
// (OWNER_RUN: "Secretary of State Brad Raffensperger’s").
export const NAME_INNER_PREPOSITIONS = ['of', 'for'];

/**
 * Prepositions whose object is no subject of the cue after it ("responded on Facebook writing", "directed at Bannon,
 * who Beck called"), and "the spokesman" after them is no subject either ("a letter to the senator said").
 */
// Used by: quotes/mention-before (GOVERNING).
// prettier-ignore
export const PREPOSITIONS_BEFORE_OBJECT = [
  'of', 'to', 'for', 'from', 'with', 'by', 'at', 'in', 'on', 'about', 'against', 'among', 'over', 'under', 'into',
  'through', 'between',
];
/**
 * Of those, the ones after which a participle's subject or the agent may follow: "footage of Trump saying", "with the
 * union calling her", "an email sent out by Sanders". Used by: quotes/mention-before (PLACE_PREPOSITIONS).
 */
export const PREPOSITIONS_BEFORE_AGENT = ['of', 'with', 'by'];

/**
 * Prepositions of a place phrase after a clause subject's noun: "a man in the back", "a woman at the door", "a voice
 * from the crowd". Used by: quotes/mention-before (JOINED_NOUN_SUBJECT).
 */
export const PLACE_TAIL_PREPOSITIONS = ['in', 'at', 'from', 'near', 'on'];
/**
 * Prepositions of a time or place adjunct after an inverted cue's source: "noted coach Dana Reed after the game:",
 * "writes Maria Lopez in her new book:". Not "of"/"for": "the head of the union" is one source. Used by:
 * quotes/subjects (INVERTED_BEFORE_COLON).
 */
export const ADJUNCT_AFTER_SOURCE_PREPOSITIONS = ['in', 'on', 'at', 'after', 'before', 'during', 'since', 'over'];

/** The preposition of an absolute phrase: "with the union calling her “…”" (the union is the participle's subject). */
// Used by: quotes/mention-before (WITH_PARTICIPLE).
export const ABSOLUTE_PREPOSITIONS = ['with'];

/** Auxiliaries: "has denied", "was quoted", "did not". Used by: quotes/mentions (a phrase that is a clause). */
export const AUXILIARIES = ['is', 'was', 'were', 'are', 'has', 'have', 'had', 'does', 'did'];
/**
 * Forms of "be" and "get" before a participle: the clause is passive ("her son was killed", "he got hurt"), or states
 * ("the mayor was blunt"). Used by: quotes/mention-before (clauseVerb).
 */
export const BE_AND_GET = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'got', 'gets', 'get'];
/**
 * The rest of a verb group between a subject and its verb: auxiliaries, modals and negation ("has stepped in", "would
 * not listen"). Used by: quotes/mention-before (clauseVerb), with AUXILIARIES and BE_AND_GET.
 */
export const VERB_GROUP_WORDS = ['have', 'would', 'will', 'could', 'can', 'do', 'not'];
/** Words that open an indirect question or a clause: "how", "why", "whether". Used by: quotes/mentions. */
export const INDIRECT_QUESTION_WORDS = ['how', 'why', 'whether'];
/** Words that open a clause, never a source phrase: "which holds", "there is", "just as". Used by: quotes/mentions. */
export const CLAUSE_OPENING_WORDS = ['which', 'who', 'there', 'just', 'what', 'how', 'why'];
/**
 * Words after a name that go on with the clause the name is the subject or object of, never a noun it modifies: a
 * joiner ("Lopez but not Kim", "nor"), a verb group's word ("Lopez not", "Lopez would"), an adverb between a subject
 * and its verb ("Lopez never", "Lopez later"), a clause opener ("Park there", "Kim just"), a time ("Santos today",
 * "Obama last week"). Used by: quotes/speaker-kind (CLAUSE_WORD), with verb forms, prepositions and sentence adverbs.
 */
export const NAME_FOLLOWERS = [
  ...CONTRAST_JOINERS,
  'nor',
  ...VERB_GROUP_WORDS,
  ...WHEN_ADVERBS_BEFORE_CUE,
  ...CLAUSE_OPENING_WORDS,
  ...FRONTED_TIME_WORDS,
];
/**
 * Adverbs and connectives capitalised at a sentence start that stand alone before a cue, never a name ("Indeed, …",
 * "Meanwhile said"); those in "-ly" are read by their ending. Used by: quotes/mentions.
 */
export const LONE_OPENING_ADVERBS = ['already', 'amazing', 'indeed', 'instead', 'meanwhile', 'still', 'yet', 'even'];

/**
 * Copulas, modals and pronouns after "who": the clause states or may, it does not say ("Hoff, who was …", "which he
 * …" opens a new clause). Used by: quotes/relative (VERB_CLAUSE).
 */
// prettier-ignore
export const NOT_AN_ACT_AFTER_WHO = [
  // Copulas and modals
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must',
  'did', 'does', 'do',
];
/** Words between "who" and its verb: "who has long postured", "who also thinks". Used by: quotes/relative. */
export const BEFORE_A_VERB_AFTER_WHO = ['has', 'have', 'had', 'also', 'once', 'often', 'long'];

/**
 * Words of where and when after a cue and its source ("Trump said in a statement.", "Uali said on Wednesday.", "said
 * Uali last week"): the source's name ends before them.
 */
// prettier-ignore
const WHERE_AND_WHEN_AFTER_CUE = [
  'in', 'on', 'at', 'during', 'after', 'before', 'to', 'from', 'last', 'this', 'yesterday', 'today',
];
/** Those and "of" ("Trump said of the ruling."): what may follow the cue of a short "X said." line. */
// Used by: quotes/mention-after (SHORT_ATTRIBUTION).
export const TIME_OR_PLACE_AFTER_CUE = [...WHERE_AND_WHEN_AFTER_CUE, 'of'];
/**
 * Words that end the source after an inverted cue ("said Uali in a statement", "said Beck, who …", "said Ann Lee of
 * an advocacy group"): the words of where and when, and the openers of a clause or an affiliation; "of" only before
 * an article, as alone it may be inside a name ("Bank of England").
 */
// Used by: quotes/mention-after (AFTER_INVERTED).
// prettier-ignore
export const SOURCE_ENDS = [
  ...WHERE_AND_WHEN_AFTER_CUE, 'while', 'when', 'who', 'according', 'as', 'earlier', 'about', 'of a', 'of an',
];
/**
 * Words that end the noun naming a sign or a document after "read" ("…,” read the statement, which was attributed to
 * Miller", "read a banner at the rally"): a relative pronoun for a thing, or a preposition.
 */
// Used by: quotes/mention-after (READ_BY).
export const DOCUMENT_NOUN_ENDS = ['which', 'that', 'from', 'of', 'in', 'on', 'at', 'by'];

/**
 * Words after "<Name> is" that tell what is due to happen to a person, not the post they hold: "is expected to
 * testify", "is up for re-election", "is due in court", "is set to retire".
 */
// Used by: quotes/writer (an author's note names a post).
// prettier-ignore
export const PROSPECT_WORDS = [
  'expected', 'due', 'scheduled', 'set', 'slated', 'poised', 'likely', 'unlikely', 'up', 'going', 'about', 'to', 'not',
  'being', 'accused', 'charged', 'running', 'seeking', 'facing', 'survived', 'buried', 'married',
];

/**
 * Verbs whose object a person often is, in forms without a regular ending ("give Trump some credit", "told Clinton
 * that …"); the forms in -ed and -ing are known by their ending.
 */
// Used by: quotes/people (a name right after a verb is its object, no subject a later pronoun goes on with).
// prettier-ignore
export const VERBS_TAKING_A_PERSON = [
  'give', 'gives', 'gave', 'beat', 'beats', 'hit', 'hits', 'send', 'sends', 'sent', 'let', 'lets', 'made', 'makes',
  'make', 'took', 'take', 'takes', 'brought', 'bring', 'brings', 'urge', 'urges', 'help', 'helps', 'force', 'forces',
  'fire', 'fires', 'praise', 'praises', 'blame', 'blames',
];
/**
 * Verbs of speaking to or meeting someone: whom they address answers next ("I told Sanders that …. “…,” he
 * responded"), so their object stays a referent for the pronoun after.
 */
// Used by: quotes/people (no object of a verb).
// prettier-ignore
export const ADDRESSING_VERBS = [
  // speaking to them
  'asked', 'asking', 'ask', 'asks', 'told', 'telling', 'tell', 'tells', 'pressed', 'pressing', 'reminded', 'informed',
  'assured', 'warned', 'thanked', 'thank', 'thanks', 'interviewed', 'urged', 'urging', 'challenged', 'confronted',
  'questioned',
  // meeting them ("I met Tom Smith at his farm. “…,” he said")
  'met', 'meet', 'meets', 'meeting', 'called', 'calling', 'call', 'calls', 'visited', 'visiting', 'reached', 'phoned',
  'joined', 'invited',
];
/** Verbs that give a person a post ("The board appointed Ann Reyes as …"): whom they appoint is the story's next. */
// Used by: quotes/people (no object of a verb).
// prettier-ignore
export const APPOINTING_VERBS = [
  'appointed', 'elected', 'nominated', 'hired', 'tapped', 'picked', 'chose', 'selected', 'promoted', 'named',
];
/** Participles that give a person their name ("a woman named Gloria Estes"): the name is whom the phrase is about. */
// Used by: quotes/people (no object of a verb).
export const NAMING_PARTICIPLES = ['named', 'called', 'dubbed', 'nicknamed', 'identified', 'titled'];
/** Participles that join two roles into one ("Police officer turned novelist Jane Doe"): the role goes on. */
// Used by: quotes/mentions (pastAfterHead: no verb of the person before them).
export const ROLE_JOINING_PARTICIPLES = ['turned'];

/** Words after "him"/"her" that show it is an object, not a possessive ("thanked her for", "told him that"). */
// Used by: quotes/people (a pronoun that is the object of the person's own verb says nothing of their gender).
// prettier-ignore
export const OBJECT_FOLLOWERS = [
  'for', 'to', 'that', 'and', 'in', 'on', 'at', 'with', 'about', 'as', 'over', 'into', 'from', 'of', 'after', 'before',
  'again', 'out', 'off', 'up', 'down', 'back',
];

/**
 * Past participles no "-ed" tells that open an aside after a subject: "The report, written by two former judges,
 * says …", "The mayor, shaken by the news, said …". Used by: quotes/mention-before (PARTICIPLE_ASIDE).
 */
// prettier-ignore
export const IRREGULAR_ASIDE_PARTICIPLES = [
  'written', 'given', 'taken', 'shown', 'seen', 'known', 'held', 'led', 'told', 'drawn', 'sworn', 'beaten', 'caught',
  'brought', 'sent', 'kept', 'left', 'made', 'found', 'struck', 'shaken', 'driven', 'hidden', 'stung',
];
/**
 * Words in "-ing" that are prepositions: ", including Tom Baker," names part of the subject, ", according to police,"
 * a source, ", during a town hall in Columbus, Ohio," a time; none is a participle's aside. Used by:
 * quotes/mention-before (PARTICIPLE_ASIDE).
 */
export const ING_PREPOSITIONS = ['including', 'according', 'excluding', 'regarding', 'concerning', 'during'];
