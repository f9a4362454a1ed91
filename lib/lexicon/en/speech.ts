// Speech verbs and phrases: the words that attribute words to a source. Written for this project (no dataset).

/** Cues of direct and indirect speech ("said", "told", "pointed out", "was quoted as saying"). */
// Used by: quotes/cues (CUE patterns), quotes/mention-before (participle cues).
// prettier-ignore
export const CUE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'explained', 'explains', 'noted', 'notes',
  'wrote', 'writes', 'stated', 'states', 'declared', 'insisted', 'insists', 'argued', 'argues', 'continued', 'warned',
  'warns', 'recalled', 'recalls', 'replied', 'responded', 'claimed', 'claims', 'tweeted', 'posted', 'announced',
  'acknowledged', 'admitted', 'observed', 'remarked', 'commented', 'suggested', 'suggests', 'urged', 'cautioned',
  'complained', 'conceded', 'concluded', 'confirmed', 'contended', 'emphasized', 'emphasised', 'stressed', 'predicted',
  'promised', 'reiterated', 'repeated', 'shouted', 'testified', 'joked', 'quipped', 'mused', 'lamented', 'boasted',
  'vowed', 'pledged', 'maintained', 'alleged', 'countered', 'retorted', 'charged', 'echoed', 'pointed out', 'went on',
  'reported', 'reports', 'wondered', 'thundered', 'yelled', 'screamed', 'whispered', 'agreed', 'disagreed', 'objected',
  'cited', 'quoted', 'texted', 'emailed', 'messaged', 'blasted', 'slammed', 'praised', 'criticized', 'criticised',
  'describes', 'described', 'called', 'calls', 'labeled', 'labelled', 'branded', 'hinted', 'surmised', 'speculated',
  'theorized', 'theorised', 'reasoned', 'posited', // a guess put forward ("one blogger theorized that it is “…”")
  'sings', 'sang', 'tweeting', 'expressing', 'saying', 'telling', 'adding', 'writing', 'arguing', 'warning', 'noting',
  'asking', 'insisting',
  'calling', 'describing', 'declaring', 'claiming', 'urging', 'vowing', 'explaining', 'recalling', 'stating', 'joking',
  'quipping',
  'proclaimed', 'portrayed', 'characterized', 'characterised', 'dismissed', 'accused', 'lauded', 'likened', 'decried',
  'denounced', 'condemned', 'hailed', 'touted', 'mocked', 'ridiculed', 'demanded', 'exclaimed', 'answered', 'concludes',
  'answers', 'points out', 'confessed', 'boomed', 'scoffed', 'snapped', 'fumed', 'shot back', 'fired back',
  'riffed', 'gushed', 'raved', 'sounded off',
  'wrote back',
  'chanted', 'chanting', 'chant', 'cheered',
  'declares', 'tweets', 'jokes', 'quips', 'admits', 'acknowledges', 'predicts', 'promises', 'vows', 'urges',
  'complains',
  // Claims in a dispute or a court filing, present and past ("the lawsuit alleges", "she contends").
  'alleges', 'asserts', 'asserted', 'contends', 'maintains',
  'laments', 'boasts', 'counters', 'responds', 'replies', 'continues', 'agrees', 'muses', 'recounts', 'recounted',
  // Plural present: "the two write", "critics argue".
  'write', 'argue', 'note', 'add', 'ask', 'tell', 'explain', 'insist', 'warn', 'claim', 'recall', 'contend', 'complain',
  // "the authors conclude", "researchers suggest": a study's or a group's words.
  'conclude', 'suggest', 'admit', 'acknowledge', 'predict', 'observe', 'caution',
  // "critics describe it as", "lobbyists characterize the work as": a group's words about something, judged. Not the
  // forms that are nouns as often ("call", "praise", "label"): a noun there would read as a cue.
  'describe', 'characterize', 'characterise', 'portray', 'dismiss', 'accuse', 'liken', 'criticize', 'criticise',
  'denounce', 'condemn', 'decry', 'deride', 'proclaim', 'declare', 'concede', 'emphasize', 'emphasise',
  'reiterate', 'lament', 'recount',
  'was cited as saying', 'was quoted as saying', 'were quoted as saying', 'is quoted as saying', 'has said', 'had said',
];

/** Cues of a reply: the words answer someone else's ("asked about tariffs: “…,” the senator answered"). */
// Used by: quotes/resolve (salientHolder: the one who asked is not the one who answers).
// prettier-ignore
export const REPLY_VERBS = [
  'answered', 'answers', 'replied', 'replies', 'responded', 'responds', 'retorted', 'countered', 'counters',
  'shot back', 'fired back', 'wrote back',
];

/** Verbs that may follow the content they report, before their subject ("It is flawed, said Mr. Burman."). */
// Used by: quotes/reported (CONTENT_INVERTED).
// prettier-ignore
export const INVERTED_VERBS = [
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'argued', 'argues',
];

/** Verbs of reported speech, in pattern order; some take a listener, some a claim of responsibility. */
// Used by: quotes/reported (SAY): "X said that …", "…, the spokesman was cited as saying".
// prettier-ignore
export const REPORTING_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'announced', 'reported', 'added', 'adds', 'stated', 'claimed', 'claims',
  'noted', 'notes', 'warned', 'warns', 'argued', 'argues', 'argue', 'insisted', 'insists', 'explained', 'acknowledged',
  'admitted', 'confirmed', 'contended', 'contends', 'suggested', 'suggests', 'believes', 'believe', 'thinks', 'think',
  'was cited as saying', 'was quoted as saying',
];
/**
 * Verbs of asking a question ("A reporter asked whether …", "“Why now?” a journalist pressed"). Used by: quotes/press
 * (a reporter who asks is not whom the answer after it quotes).
 */
export const QUESTION_VERBS = ['asked', 'asks', 'pressed', 'questioned', 'wondered', 'quizzed'];
/** Reporting verbs followed by whom they were said to ("told reporters"). Used by: quotes/reported. */
export const VERBS_WITH_LISTENER = ['told', 'tells'];
/** "claimed responsibility" is no speech. Used by: quotes/reported. */
export const VERBS_CLAIMING = ['claimed', 'claims'];

/** What a capital or a country does when it stands for its government ("Washington said", "Moscow denied"). */
// Used by: places/recognize (SPEECH_AFTER: such a place name is metonymy, not a place of the story).
// prettier-ignore
export const STATEMENT_VERBS = [
  'said', 'says', 'say', 'told', 'announced', 'claimed', 'stated', 'warned', 'insisted', 'denied', 'accused', 'argued',
  'responded', 'condemned', 'urged', 'demanded', 'called',
];

/** Adverbs of time and order, and of frequency, that stand between a source and its cue ("the mayor later said"). */
// Used by: BETWEEN_SOURCE_AND_CUE; quotes/mention-before (JOINED_NOUN_SUBJECT: no part of the noun phrase).
// prettier-ignore
export const WHEN_ADVERBS_BEFORE_CUE = [
  // Time and order
  'also', 'later', 'then', 'further', 'previously', 'once', 'again', 'recently', 'earlier',
  // Frequency
  'often', 'always', 'frequently', 'repeatedly', 'never', 'usually', 'sometimes',
];

/**
 * Nouns that end like an -ly adverb ("his family later said", "his closest ally said", "the assembly said"): the head
 * of a noun phrase before a cue, never an adverb between the phrase and its cue.
 */
// Used by: quotes/mention-before (JOINED_NOUN_SUBJECT).
// prettier-ignore
export const NOUNS_ENDING_IN_LY = [
  // people and groups
  'family', 'ally', 'assembly', 'rally', 'bully',
  // trade and papers
  'supply', 'monopoly', 'daily', 'weekly', 'monthly', 'quarterly',
];

/** Adverbs and auxiliaries that stand between a source and its cue ("Uali also said", "X has repeatedly said"). */
// Used by: quotes/cues (ADVERBS). "told", "who", "was" let a cue follow them too ("X, who was quoted as saying").
// prettier-ignore
export const BETWEEN_SOURCE_AND_CUE = [
  ...WHEN_ADVERBS_BEFORE_CUE,
  // Manner
  'publicly', 'privately', 'reportedly', 'simply', 'flatly', 'quickly',
  // Auxiliaries and the words of a relative or passive clause
  'has', 'had', 'have', 'would', 'will', 'told', 'who', 'was', 'were',
  // A perception passive: the source is heard or seen speaking on a recording ("a reporter can be heard asking",
  // "“…,” Baker is heard saying on the tape", "the officers are seen shouting")
  'can', 'could', 'be', 'is', 'are', 'heard', 'seen',
];

/** Irregular past tenses read as the verb after a speaker ("“…,” Trump shot back", "she wrote"). */
// Used by: quotes/subjects (VERB), with any lower-case word ending in -ed, -es or -s.
// prettier-ignore
export const IRREGULAR_PASTS = [
  'shot', 'wrote', 'spoke', 'went', 'began', 'sang', 'said', 'told', 'thought', 'swore', 'threw', 'broke', 'bit',
  'fought', 'took', 'gave', 'made', 'put', 'got', 'kept', 'left', 'came', 'brought', 'sent', 'held', 'stood', 'struck',
  'hit', 'set', 'read', 'sought', 'knew', 'saw', 'led', 'won', 'lost', 'met', 'paid', 'spent', 'became', 'drew',
  'felt', 'heard', 'let', 'rose', 'sat', 'shook', 'stuck', 'tore', 'wore', 'meant', 'laid', 'ran', 'found', 'taught',
  'caught', 'chose', 'froze', 'grew', 'hung', 'woke',
  // the same in the present ("the chairman cut her off:", "she burst out:")
  'cut', 'burst', 'shut', 'quit',
];

/** Words that set a quoted phrase apart as a name or term, not a quotation ("dubbed", "the so-called"). */
// Used by: quotes/not-quotes (NAMING_CUE).
// prettier-ignore
export const NAMING_CUES = [
  'titled', 'entitled', 'named', 'nicknamed', 'dubbed', 'known as', 'so-called', 'called the', 'the word',
  'the phrase', 'the term', 'hashtag', 'slogan',
  // a name no one is said to give ("what's called “…”"); not "labelled", a speech act like "called" ("Trump labelled
  // her “…”": his words)
  "what's called", 'what’s called', 'what is called',
];

/**
 * What follows a source's label when a report quotes that source: "The radio quoted “senior officials” as saying …",
 * "reported “a military source” as warning": the marked words are the label, not words anyone said.
 */
// Used by: quotes/not-quotes (SOURCE_LABEL).
export const QUOTED_AS_VERBS = ['saying', 'telling', 'stating', 'writing', 'warning', 'adding', 'describing'];

/** Participles that say how a document or poll came about ("According to X, published in …"). */
// Used by: quotes/reported (ACCORDING_OPENING).
// prettier-ignore
export const PUBLISHING_PARTICIPLES = [
  'published', 'released', 'issued', 'conducted', 'filed', 'obtained', 'reviewed', 'seen', 'cited', 'led', 'written',
  'compiled', 'quoted',
];

/** Verbs that bring in a sign's or a document's words after the quote ("…,” read the statement"). */
// Used by: quotes/mention-after (READ_BY).
export const DOCUMENT_VERBS = ['read', 'reads'];

/** Verbs of "as X put it": "As Cornyn put it", "as the report notes it". Used by: quotes/mention-before (AS_PUT_IT). */
export const PUT_IT_VERBS = ['put', 'puts', 'said', 'says', 'wrote', 'writes', 'noted', 'notes'];

/**
 * Nouns for words someone said, which a possessive gives to their speaker: "his call for “a total ban”", "Obama's “if
 * you like your plan” promise". Not "statement about" or "comments on": the quote is then the topic. Used by:
 * quotes/fallbacks (possessor-of-words).
 */
// prettier-ignore
export const WORDS_FOR_WORDS = [
  ...['words', 'remark', 'remarks', 'comment', 'comments', 'statement', 'line', 'quip'], // what was said
  ...['promise', 'pledge', 'vow', 'prediction', 'warning', 'threat', 'boast'], // what is to come
  ...['call', 'plea', 'appeal', 'demand'], // asking for something
  ...['claim', 'assertion', 'insistence', 'description', 'rejection', 'denial'], // saying what is (not) so
  ...['allegation', 'accusation', 'charge', 'contention', 'argument', 'suggestion', 'advice'], // blaming, urging
  ...['finding', 'findings', 'conclusion', 'verdict'], // what an inquiry or a study found ("the report's finding")
  // said again and again
  ...['slogan', 'motto', 'mantra', 'catchphrase', 'refrain', 'signature', 'battle cry', 'rallying cry'],
];

/**
 * The means a source's words came by, in a phrase after the source ("according to her lawyers in a court filing",
 * "according to a police spokesman on Twitter", "said one official in a phone interview"): how it spoke, not who. Lower
 * case, but for the platforms, which are names. Used by: quotes/phrase (a source phrase ends before them).
 */
// prettier-ignore
export const SPEECH_MEDIA = [
  ...['statement', 'interview', 'filing', 'letter', 'memo', 'email', 'e-mail', 'message', 'note'], // written or asked
  ...['release', 'announcement'], // issued ("said the WHO through a press release")
  ...['tweet', 'post', 'video', 'podcast', 'broadcast', 'blog', 'op-ed', 'column'], // published
  ...['call', 'conversation', 'briefing', 'speech', 'testimony', 'deposition', 'affidavit', 'hearing'], // spoken
  ...['Twitter', 'Facebook', 'Instagram', 'YouTube', 'TikTok', 'social media', 'television', 'radio'], // platforms
];

/**
 * Words for words a crowd calls out together ("roused the crowd to chants of “…”", "protesters gathered, chanting
 * “…”", "the crowd reprised the chant “…”"): the chanters speak them, not the person the sentence is about. Used by:
 * quotes/near (chanted).
 */
export const CHANT_WORDS = ['chant', 'chants', 'chanted', 'chanting', 'chorus'];

// Verbs of watching, waiting, posture and passing that say nothing: "and the crowd listened:", "and her son died:" —
// the clause they end before a colon introduces no words of its subject. Used by: quotes/mention-before (a clause
// joined by ", and"/", but"/";", whose any other verb gives the quote to its subject).
export const SILENT_VERBS = [
  ...['watched', 'watches', 'looked', 'looks', 'listened', 'listens', 'waited', 'waits'], // watching, waiting
  ...['stood', 'stands', 'sat', 'sits', 'nodded', 'nods', 'smiled', 'smiles'], // posture, gesture
  ...['died', 'dies', 'slept', 'sleeps', 'arrived', 'arrives', 'left'], // passing, coming and going
];

// What is done to a person, after "was"/"got": a clause joined by ", and"/", but" whose subject suffers it ("and her
// son was killed:", "but the mayor was asked:") introduces no words of that subject. Not "was defiant", "was blunt":
// a state the subject then speaks from. Used by: quotes/mention-before (joinedColonSubject), with ACTS_ON_A_PERSON.
// prettier-ignore
export const DONE_TO_A_SPEAKER = [
  'injured', 'hurt', 'wounded', 'hospitalized', 'hospitalised', 'told', 'asked', 'taken', 'hit', 'struck', 'fired',
];

// Verbs of stepping into a talk that are no cue themselves: "before her lawyer stepped in:", "when the judge cut him
// off:", "until the chairman broke in:". After a subordinator (while, when, after, as, before, until …) the joined
// clause is background ("while her husband quietly watched:", "after her son was killed:") unless its verb is one of
// these. Used by: quotes/mention-before (joinedColonSubject). Cues ("replied", "shot back") are read as cues first.
// prettier-ignore
export const INTERJECTING_VERBS = [
  ...['stepped', 'steps', 'cut', 'cuts', 'broke', 'breaks', 'chimed', 'chimes', 'jumped', 'jumps'], // in, off
  ...['interjected', 'interjects', 'interrupted', 'interrupts', 'weighed', 'weighs', 'spoke', 'speaks'], // in, up
  ...['piped', 'pipes', 'burst', 'bursts', 'erupted', 'erupts', 'roared', 'roars'], // up, out, a crowd's voice
  ...['pressed', 'presses'], // a question on someone ("when a reporter pressed him:")
];

// Participles of words put to someone, who is told or asked what to do: "Maria Lopez was told by the judge to “sit
// down”", "was urged by her doctor to “slow down”" (review32 finding 7). Used by: quotes/mention-before
// (PASSIVE_AGENT: these alone take "to" after the agent), in PASSIVE_CUE_PARTICIPLES.
// prettier-ignore
export const WORDS_PUT_PARTICIPLES = ['told', 'warned', 'urged', 'advised', 'assured', 'reminded', 'promised', 'asked'];

// Participles of speech verbs whose passive gives the words to the agent after "by", not to the subject described:
// "Tom Baker was described by his neighbors as “a quiet man”", "Lopez, praised by Baker as “the finest officer”",
// "he was told by doctors that he had “…”" (review31 finding 9). Not "quoted"/"cited": "was quoted by the Times as
// saying “…”" is still the subject's words. Used by: quotes/mention-before (PASSIVE_AGENT).
// prettier-ignore
export const PASSIVE_CUE_PARTICIPLES = [
  ...['described', 'called', 'labeled', 'labelled', 'branded', 'dubbed', 'characterized', 'characterised'], // naming
  ...['portrayed', 'painted', 'depicted', 'likened', 'compared', 'remembered', 'eulogized', 'eulogised'], // picturing
  ...['praised', 'hailed', 'lauded', 'touted', 'celebrated', 'credited', 'thanked'], // praise
  ...['accused', 'criticized', 'criticised', 'blasted', 'slammed', 'attacked', 'denounced', 'condemned'], // blame
  ...['mocked', 'ridiculed', 'derided', 'dismissed', 'decried', 'chided', 'scolded', 'rebuked', 'faulted'], // scorn
  ...WORDS_PUT_PARTICIPLES,
];

// Verbs that take on someone else's words as their object, dismissing or repeating them: "Lopez dismissed Baker's claim
// that the plan was “…”", "she mocked his promise of “…”", "he repeated Trump's line that …": the quoted words are the
// possessor's, not the subject's (review31 finding 12). Used by: quotes/mention-before (WORDS_TAKEN_ON), with
// WORDS_FOR_WORDS.
// prettier-ignore
export const TAKES_ON_WORDS_VERBS = [
  ...['dismissed', 'dismisses', 'rejected', 'rejects', 'disputed', 'disputes', 'denied', 'denies'], // refusing
  ...['mocked', 'mocks', 'ridiculed', 'ridicules', 'derided', 'derides', 'questioned', 'questions'], // scorn, doubt
  ...['challenged', 'challenges', 'refuted', 'refutes', 'rebutted', 'rebuts', 'attacked', 'attacks'], // answering
  ...['repeated', 'repeats', 'echoed', 'echoes', 'cited', 'cites', 'quoted', 'quotes'], // taking up
];

// Cue forms that do not open a sentence before their source: passives and words taken on ("Described by …", "Quoted
// in …"), and forms read as nouns or names when capitalised ("Reports", "Notes", "Calls", "Sang").
// prettier-ignore
const NOT_OPENING_CUES = new Set([
  ...PASSIVE_CUE_PARTICIPLES, ...TAKES_ON_WORDS_VERBS,
  'posted', 'reported', 'reports', 'notes', 'calls', 'claims', 'states', 'promises', 'answers', 'replies', 'sang',
  'sings', 'cheered', 'charged',
]);

/**
 * Cues that open a sentence before their source ("Said Comey, “…”", "Explained Keith, “…”", "Continued Stone: “…”"):
 * the one-word cues in the past or the third person present, lower case. Capitalised, such a word is never a name's
 * first word. Used by: quotes/mention-before (SAID_X), lexicon/en/function-words (CLAUSE_OPENING_VERBS).
 */
export const OPENING_CUE_VERBS = CUE_VERBS.filter(
  (v) => (/^\p{Ll}+(?:ed|[^s]s)$/u.test(v) || ['said', 'told', 'wrote'].includes(v)) && !NOT_OPENING_CUES.has(v),
);

/**
 * The opening cues that are never adjectives, so they open a sentence before whatever phrase names the source ("Said
 * the mayor's spokesman, who …: “…”"). The others open a sentence as adjectives too ("Alleged mob boss Frank Cali told
 * the court “…”", "Noted historian …"): as cues they need a name set off by a comma or colon (quotes/mention-before).
 */
export const OPENING_CUES_BEFORE_ANY_SOURCE = ['said', 'says', 'added', 'adds', 'asked', 'wrote', 'writes'];
