// Word endings that tell a word's kind without a list of the words: a finite verb ("-ed", "-s"), a participle, a
// noun for a person by what they do ("-er", "-ist"). Lower case; the engines add the stem pattern ("\p{Ll}{2,}").

/** A finite verb after its subject: "barked", "mocks", "pushes". Used by: quotes/subjects (VERB), people
 * (BARE_SUBJECT), mention-after (ANY_VERB_INVERTED), mention-before ("I laughed and said"). */
export const VERB_ENDINGS = ['ed', 'es', 's'];

/** A present participle: "calling", "saying". Used by: quotes/attribute (DOING_AFTER). */
export const PRESENT_PARTICIPLE_ENDINGS = ['ing'];

/** A participle's forms: "Understated", "Leading" (no first names). Used by: quotes/people, mention-before. */
export const PARTICIPLE_FORM_ENDINGS = ['ed', ...PRESENT_PARTICIPLE_ENDINGS];

/**
 * Participles after an auxiliary: "-ed" ("has denied"), "-en" ("was taken"), "-wn" ("was shown"), "-ne" ("has
 * gone"), "-id" ("has said"), "-ld" ("was told"), "-ot" ("has got"), "-ght" ("has sought"), "-ung" ("was hung"),
 * "-ade" ("was made"), "-ome" ("has become"). Used by: quotes/mentions (a source phrase's own auxiliary).
 */
export const PARTICIPLE_ENDINGS = ['ed', 'en', 'wn', 'ne', 'id', 'ld', 'ot', 'ght', 'ung', 'ade', 'ome'];

/** A past verb after an adverb: "similarly found", "sharply criticized". Used by: quotes/mentions (a clause). */
export const PAST_AFTER_ADVERB_ENDINGS = ['ed', 'nd', 'ound'];

/** Nouns for one who practises a field: "economist", "historian". Used by: places/role-cues (WORKER). */
export const PRACTITIONER_ENDINGS = ['ist', 'ian'];

/** Nouns for one who does something: "reporter", "governor", and the practitioners. Used by: quotes/mentions, subjects,
 * shown-role, entities/describe (AGENT_NOUN, with the "-ent"/"-ant", gendered and recipient endings below). */
export const AGENT_ENDINGS = ['er', 'or', ...PRACTITIONER_ENDINGS];

/** Compounds naming a person: "spokesman", "chairwoman", "spokesperson". Used by: quotes/subjects, shown-role,
 * entities/describe. */
export const GENDERED_PERSON_ENDINGS = ['man', 'woman'];
export const PERSON_COMPOUND_ENDINGS = [...GENDERED_PERSON_ENDINGS, 'person'];

/** Nouns for one to whom something is done: "appointee", "nominee", "trustee". Used by: quotes/shown-role,
 * entities/describe. */
export const RECIPIENT_ENDINGS = ['ee'];

/** "-ent"/"-ant" nouns: people only after a listed stem ("consultant", "resident"; not "incident", "restaurant"). */
// Used by: quotes/mentions (a role phrase's head, any stem), entities/describe (an apposition's first word, any stem),
// quotes/subjects (PERSON_NOUN, listed stems only).
export const ENT_ANT_ENDINGS = ['ent', 'ant'];
// prettier-ignore
export const PERSON_STEMS_IN_ENT_ANT = [
  'resid', 'stud', 'ag', 'correspond', 'particip', 'assist', 'consult', 'defend', 'claim', 'applic', 'immigr', 'serv',
  'dissid', 'oppon', 'propon', 'cli', 'par', 'pati', 'advoc',
];

/**
 * Endings only adverbs have among words in "-ly": no given name ends so, unlike "-rly", "-sly", "-dly", "-tly", "-ily",
 * "-ely" alone ("Everly", "Carly", "Ainsly", "Hadly", "Brittly", "Emily", "Raely"; review30 finding 23, review31
 * finding 19). Used by: names/openers (adverbBeforeName), with SENTENCE_ADVERBS_IN_LY.
 */
// prettier-ignore
export const ADVERB_ONLY_ENDINGS = [
  'ally', // Normally, Usually, Finally
  'ously', // Previously, Obviously, Seriously
  'ingly', // Surprisingly, Interestingly
  'ively', // Effectively, Respectively
  'ently', 'antly', // Apparently, Recently, Importantly
  'edly', // Reportedly, Allegedly
  'fully', 'lessly', // Hopefully, Needlessly
  'ably', 'ibly', // Arguably, Possibly
  'ately', 'itely', 'etely', 'utely', // Immediately, Politely, Definitely, Completely, Absolutely
  'arily', // Necessarily, Primarily
  'ctly', 'ptly', 'htly', 'stly', 'etly', // Directly, Abruptly, Rightly, Honestly, Secretly
  'icly', // Publicly
  'larly', // Similarly, Regularly, Particularly
  'ghly', 'idly', // Roughly, Thoroughly, Rapidly
  'irely', 'emely', 'erely', // Entirely, Extremely, Sincerely
  'osely', 'isely', 'rsely', // Closely, Precisely, Conversely
];
