// Nouns that name a source without naming a person: documents that speak for their authors, groups of people,
// and the role nouns a later mention uses for an office named earlier. Lower case.
import { TITLE_ABBREVIATION_ROLES } from './address';

/** Documents speak for whoever wrote them ("the report said", "the letter reads"); typed with organisations. */
// Used by: quotes/mentions (DOCUMENT_HEADS), quotes/mention-before (ownsDocument: "Kasich’s statement said").
// prettier-ignore
export const DOCUMENT_NOUNS = [
  // Reports and studies
  'report', 'piece', 'article', 'letter', 'memo', 'memorandum', 'headline', 'study', 'research', 'findings', 'poll',
  'survey', 'book', 'analysis', 'audit', 'review', 'guidance', 'summary', 'excerpt', 'passage', 'footnote', 'caption',
  'data', 'figures', 'statistics',
  // Advertising and social media
  'ad', 'advertisement', 'tweet', 'post', 'video', 'website', 'blog', 'email', 'e-mail', 'message',
  // A social media account posts for its owner ("her Twitter account posted: “…”")
  'account',
  // Courts and law
  'complaint', 'lawsuit', 'indictment', 'filing', 'ruling', 'opinion', 'verdict', 'bill', 'rules', 'bylaws',
  'resolution', 'petition', 'records', 'documents', 'document', 'transcript',
  // A party's written argument or sworn statement to a court ("Ivana Trump's brief said", "the affidavit says")
  'brief', 'affidavit',
  // Statements and publications
  'statement', 'release', 'editorial', 'column', 'response', 'reply', 'answer', 'remarks', 'comments', 'notice',
  'cable', 'dispatch',
  // Programmes
  'platform', 'plan', 'proposal', 'agenda', 'manifesto',
];

/**
 * Kinds of document whose nouns stand for one another: a later "the book" may be the "memoir" an earlier sentence
 * gave a title ("Mariano wrote a memoir entitled The White House Doctor. … ¶ “…,” the book said"), "the piece" the
 * "editorial" ("the editorial, entitled “Mr. Sanders Is Not a Brave Truth-Teller,” …. The piece goes on …").
 */
// Used by: quotes/titled-works (a work introduced as "entitled/titled …").
// prettier-ignore
export const DOCUMENT_KINDS = [
  // published at book length
  ['book', 'memoir', 'biography', 'novel'],
  // printed in a paper or on a site
  ['piece', 'article', 'editorial', 'column', 'op-ed', 'essay'],
  // findings written up
  ['report', 'study', 'analysis', 'review'],
];

/**
 * Documents a correspondent files from where the news is: "a report from Moscow", "a dispatch from Kyiv" name the
 * place it was filed from, not who issued it. Not "a statement from Beijing", "a letter from Detroit": a place there
 * stands for its government or a body based there (review29 finding 1).
 */
// Used by: quotes/mention-after (filedFrom).
export const FILED_DOCUMENTS = ['report', 'dispatch', 'despatch', 'cable'];

/**
 * What a document's participle and preposition after it tell: who holds or has seen it, not who wrote it ("a memo
 * obtained by Politico says", "a letter from the American Legion obtained by The Associated Press warns").
 */
// Got hold of, then read: "obtained by Politico", "seen by Reuters", "provided to The Post" (any of
// DOCUMENT_HOLDER_PREPOSITIONS after them names the holder).
// Used by: quotes/mentions (readMention cuts a document phrase before them), quotes/mention-before.
// prettier-ignore
export const DOCUMENT_GOT_PARTICIPLES = ['obtained', 'acquired', 'received', 'seen', 'reviewed', 'viewed', 'examined'];
/**
 * Handed on: a holder only after "to" or "with" ("shared with reporters"); after "by" they name the sender, who is
 * the source ("A statement provided by the White House said", "A letter sent by Sen. Ann Reyes says").
 */
// Used by: quotes/mentions, quotes/mention-before.
// Sent to someone: "a letter addressed to Ann Reyes", "an email written to the board" (the addressee holds it).
// prettier-ignore
export const DOCUMENT_HANDED_PARTICIPLES = [
  'provided', 'shared', 'leaked', 'sent', 'given', 'addressed', 'written', 'delivered', 'mailed',
];
/** The prepositions after those participles that name the holder ("obtained by", "provided to", "shared with"). */
// Used by: quotes/mentions, quotes/mention-before.
export const DOCUMENT_HOLDER_PREPOSITIONS = ['by', 'to', 'with'];
/** Of those, the ones a handed-on participle takes before its holder. */
// Used by: quotes/mentions, quotes/mention-before.
export const HANDED_TO_PREPOSITIONS = ['to', 'with'];

/**
 * Messages someone sends in their own words, unlike a report, a brief or a party's bylaws (which speak as documents):
 * the sender is the source ("Tom Baker's tweet read", "a statement from the Clinton campaign said").
 */
// Used by: quotes/mentions (documentAuthor).
// prettier-ignore
export const MESSAGE_NOUNS = ['statement', 'tweet', 'email', 'e-mail', 'letter', 'memo', 'message', 'post', 'note'];
/**
 * Participles that name who wrote or issued a document, before "by" and its author: "The document, written by Tom Baker
 * in 2005, says" (Tom Baker speaks), unlike DOCUMENT_GOT_PARTICIPLES ("the email, reviewed by The Post, said").
 */
// Used by: quotes/phrase (DOCUMENT_ASIDE).
// Not "released", "published", "posted": "The email, released by WikiLeaks, said" names who made it public, not its
// writer (review37 finding 16).
// prettier-ignore
export const DOCUMENT_AUTHOR_PARTICIPLES = [
  'written', 'signed', 'authored', 'drafted', 'prepared', 'issued', 'sent', 'filed',
];
/** After a message, the prepositions that name its sender: "a statement from the Clinton campaign". */
// Used by: quotes/mentions (documentAuthor).
export const AUTHOR_PREPOSITIONS = ['from', 'by'];
/**
 * After a document's author, the prepositions that name whom it went to, never its source: "an email from Tom Baker to
 * Ann Reyes", "a letter from Ann Reyes to the board".
 */
// Used by: quotes/mentions (withoutAddressee).
export const ADDRESSEE_PREPOSITIONS = ['to'];

/**
 * Class nouns a later mention uses for one organisation the article has just named, whatever its name's own words
 * ("Business Insider also commented … ¶ “…,” the company said"; "told Fox News. … according to the news outlet").
 */
// Used by: quotes/resolve (organisationNamed's fallback, org-pronouns namedOrganisationNear),
// places/role-cues (REGISTERED).
// prettier-ignore
export const ORGANISATION_CLASS_NOUNS = [
  // Businesses
  'company', 'firm', 'business', 'retailer', 'manufacturer', 'maker', 'startup', 'start-up', 'airline', 'carrier',
  'automaker', 'carmaker', 'insurer', 'lender', 'chain', 'brewer', 'publisher',
  // Bodies in general
  // not "group": as often the people just named ("protesters marched past Exxon's offices … the group chanted"; see
  // BODY_OR_PEOPLE_NOUNS)
  'organization', 'organisation', 'charity', 'nonprofit',
];

/**
 * Class nouns a later mention uses for a body or for people alike ("Human Rights Watch accused the army of abuses. ¶
 * “…,” the group said"; "Protesters marched past Exxon's offices. … the group chanted"): they stand for an
 * organisation only when it is the subject of the mention's own sentence or the one before.
 */
// Used by: quotes/resolve (bodyOpeningNear).
export const BODY_OR_PEOPLE_NOUNS = ['group'];

/**
 * News media's nouns by the kind of outlet they name: a later "the paper" may be "a local newspaper" just brought in,
 * not a station named further back. The first kind ("outlet", "publication") is said of any.
 */
// Used by: quotes/org-pronouns (outletFurtherBack).
export const NEWS_MEDIUM_KINDS = [
  ['outlet', 'publication'],
  // printed
  ['newspaper', 'paper', 'tabloid', 'magazine'],
  // broadcast
  ['network', 'broadcaster', 'channel', 'station'],
  // online
  ['website', 'site'],
];

/** The same for news media: they stand only for a name known as an outlet's ("told Fox News. … the news outlet"). */
// Used by: quotes/org-pronouns (namedOrganisationNear).
export const NEWS_MEDIUM_NOUNS = NEWS_MEDIUM_KINDS.flat();

/**
 * Things carried, put up or worn with words on them: “…” right before one is the words it bears ("waved “Vote Yes”
 * signs"), no one's speech. Used by: quotes/not-quotes (SIGN_AFTER), and in DISPLAY_NOUNS.
 */
// prettier-ignore
export const CARRIED_DISPLAY_NOUNS = [
  'banner', 'banners', 'sign', 'signs', 'placard', 'placards', 'poster', 'posters', 'billboard', 'billboards',
  'flag', 'flags', 'inscription', 'graffiti', 'plaque', 'shirt', 'shirts', 't-shirt', 't-shirts',
];

/**
 * Things that carry words of their own for all to read or hear: a colon after one introduces their words, not the
 * last speaker's ("The banner above the stage carried a simple message: “No bridge, no vote.”").
 */
// Used by: quotes/fallbacks (previous-quote-colon).
// prettier-ignore
export const DISPLAY_NOUNS = [
  // Carried or put up (CARRIED_DISPLAY_NOUNS)
  ...CARRIED_DISPLAY_NOUNS,
  // Said or sung together
  'slogan', 'slogans', 'chant', 'chants', 'song', 'anthem',
  // Printed over a text
  'headline', 'headlines', 'caption', 'title',
];

/**
 * Words printed on a thing: with DISPLAY_NOUNS, a quote set after one as its apposition is its wording ("The company's
 * motto, “Quality in every box,” hangs over the door"), no neighbour's words. (Not a law's or a deal's noun: "The bill,
 * “a disgrace to the state,” passed" quotes someone's word for it.)
 */
// Used by: FIXED_TEXT_NOUNS, quotes/fallbacks (neighbour-quote).
export const PRINTED_TEXT_NOUNS = ['motto', 'label', 'sticker', 'logo', 'menu', 'ticket'];

/**
 * Texts whose wording binds or stands for itself, not for a speaker: a partial quote of one in a sentence it is the
 * subject of is its wording ("The ordinance bans “any gathering of more than ten people”"), no neighbour's words.
 */
// Used by: quotes/fallbacks (neighbour-quote), with DISPLAY_NOUNS.
// prettier-ignore
export const FIXED_TEXT_NOUNS = [
  // Laws and rules
  'law', 'laws', 'ordinance', 'statute', 'regulation', 'regulations', 'rule', 'rules', 'bylaws', 'code', 'charter',
  'constitution', 'amendment', 'bill', 'measure', 'policy', 'permit', 'warrant', 'order',
  // Agreements
  'contract', 'agreement', 'lease', 'treaty', 'deal', 'settlement', 'license', 'licence',
  // Printed on a thing
  ...PRINTED_TEXT_NOUNS,
];

/** Plural and collective nouns for people who speak together ("relatives said", "officials say", "the crowd"). */
// Used by: quotes/mentions (GROUP_HEADS): a mention headed by one is a group.
// prettier-ignore
export const GROUP_NOUNS = [
  // People at an event
  'people', 'residents', 'protesters', 'demonstrators', 'witnesses', 'crowd', 'audience', 'neighbors', 'neighbours',
  'friends', 'colleagues', 'citizens', 'voters', 'workers', 'students',
  // A family speaks as one ("the family said in a statement", "Scott's family has called on police …")
  'family', 'families', 'relatives', 'parents',
  // Officials and professionals
  'officials', 'authorities', 'investigators', 'lawmakers', 'leaders', 'members', 'doctors', 'officers', 'soldiers',
  'diplomats', 'aides', 'advisers', 'advisors', 'organizers', 'organisers', 'sources',
  // Experts and commentators
  'analysts', 'experts', 'critics', 'activists', 'supporters', 'opponents', 'observers', 'researchers', 'scientists',
  'economists',
  // Parties and camps
  'republicans', 'democrats', 'conservatives', 'liberals',
  // Quantifiers used alone ("many say", "others argued")
  'others', 'many', 'some', 'both', 'several', 'few',
];

/**
 * The other side of a story, as a heading or caption names it ("The opposition view", "What rivals say"). Singular;
 * plurals are formed by the reader. Used by: quotes/fallbacks (quote-after-narration: not over such a line).
 */
export const OPPOSING_SIDE_NOUNS = ['opposition', 'rival', 'challenger', 'dissenter', 'skeptic', 'sceptic'];

/** Words of quantity a group's phrase may open with: "about 50 protesters", "hundreds of demonstrators". */
// Used by: quotes/near (chanted: where a chanting group's phrase starts).
// prettier-ignore
export const GROUP_QUANTITY_WORDS = [
  'about', 'some', 'more', 'nearly', 'almost', 'over', 'dozens', 'hundreds', 'thousands',
];

/**
 * Plural nouns for people that neither list holds nor a singular agent noun gives ("teachers" → "teacher"): irregular
 * plurals and the police. A sentence whose subject is one has moved on from people named before ("Tom Baker and Ann
 * Lee filed suit. The neighbors were angry. Their children …"): a later "they" is theirs.
 */
// Used by: quotes/together (a plural subject ends the search for the people named together).
export const OTHER_PEOPLE_PLURALS = ['police', 'children', 'kids', 'men', 'women', 'youths', 'teens', 'staff'];

/**
 * Those who watch an event and may shout or chant at it ("— “Go, go!” — the fans rose"); not in GROUP_NOUNS, whose
 * members speak as a source elsewhere too.
 */
// Used by: quotes/fallbacks (a voice of its own around a quote).
export const ONLOOKER_NOUNS = [
  'fans',
  'spectators',
  'onlookers',
  'bystanders',
  'passersby',
  'mourners',
  'marchers',
  'hecklers',
];

/**
 * A role noun a later mention uses ("the leader said") → the role words an earlier introduction may have used
 * ("Prime Minister X"). A head not listed matches itself.
 */
// Used by: quotes/resolve (resolveRole), quotes/epithets (ownedRoleGiven).
export const ROLE_SYNONYMS: Record<string, string[]> = {
  leader: ['president', 'prime minister', 'leader', 'chancellor', 'king', 'premier', 'head'],
  president: ['president'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  spokeswoman: ['spokeswoman', 'spokesman', 'spokesperson', 'press secretary'],
  // "the spokesperson" after "Hope Hicks, Trump's spokeswoman,"
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman', 'press secretary'],
  // "the chairwoman" after "Committee chair Ann Rice" or "Ann Rice, the committee's chair,"; "chair" already stands
  // at the start of "chairman" and "chairwoman"
  chairwoman: ['chairwoman', 'chair', 'chairperson'],
  chairman: ['chairman', 'chair', 'chairperson'],
  // "the lawmaker" after "Rep. Adam Schiff" or "Sen. Tim Kaine": any member of a legislature
  lawmaker: ['lawmaker', 'legislator', 'senator', 'sen.', 'representative', 'rep.', 'congressman', 'congresswoman'],
  minister: ['minister'],
  // a party's standard-bearer is its nominee ("Ann Reyes, the Democratic nominee, … the standard-bearer said")
  'standard-bearer': ['standard-bearer', 'nominee'],
  ...abbreviatedRoles(),
};

/**
 * The role nouns a later mention uses for a title written abbreviated before a name: "Gov. Ann Reyes … the governor
 * said", "Rep. Tom Ward … the congressman said". Each noun's synonyms are the noun itself, the other nouns of the same
 * title and the abbreviation with its point.
 */
function abbreviatedRoles(): Record<string, string[]> {
  const roles: Record<string, string[]> = {};
  for (const [abbreviation, nouns] of Object.entries(TITLE_ABBREVIATION_ROLES))
    for (const noun of nouns) roles[noun] = [...nouns, `${abbreviation}.`];
  return roles;
}

/** Roles held "of/at/for" an organisation ("The leader of Ennahda, Rachid Ghannouchi,"). */
// Used by: quotes/attribute (OFFICE_OF): the name in apposition after the organisation is its person.
// prettier-ignore
export const ROLES_OF_AN_ORGANISATION = [
  'leader', 'head', 'chief', 'founder', 'co-founder', 'president', 'chairman', 'chairwoman', 'chair', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'minister', 'ceo', 'executive', 'editor', 'owner',
  'member', 'commander', 'governor', 'mayor',
];

/**
 * A class noun an article uses for an organisation it has named ("the agency said", "the union wrote") → the head
 * nouns that end the names of organisations of that class ("Environmental Protection Agency", "Association of
 * Flight Attendants"). Capitalised, as the names are written. The noun itself is a head too ("the commission").
 */
// Used by: quotes/resolve (organisationNamed).
export const ORGANISATION_CLASS_HEADS: Record<string, string[]> = {
  agency: ['Agency', 'Administration', 'Service', 'Bureau', 'Department', 'Office', 'Authority'],
  union: ['Union', 'Association', 'Federation', 'Brotherhood', 'Guild'],
  company: ['Company', 'Corporation', 'Corp', 'Inc', 'Group', 'Holdings'],
};

/**
 * Last words of the names of public agencies ("Federal Aviation Administration", "Securities and Exchange
 * Commission"): a name "the agency" may stand for besides an acronym ("the FBI"). A company's name ("Boeing", "Acme
 * Foods") has none: a regulator's story names the company it acts on, and "the agency" is not that company.
 */
// Used by: quotes/resolve (agencyNear).
// prettier-ignore
export const AGENCY_NAME_HEADS = [
  ...ORGANISATION_CLASS_HEADS.agency,
  // boards and commissions that regulate or oversee
  'Commission', 'Board', 'Inspectorate', 'Directorate', 'Ministry',
  // armed and police services written as agencies
  'Corps', 'Command', 'Police',
];

/**
 * Heads of a description that is people's words or an event, not who said them: "responses in multiple languages range
 * from surprise to amusement: “…”", "the merger of the big newspaper companies". Not a document or its parts, which do
 * speak ("the results of the survey concluded", "One sweeping question asked whether …", "the listing said"). Used
 * by: quotes/speaker-kind (such a description shows as no speaker).
 */
// prettier-ignore
export const NOT_SOURCE_HEADS = [
  ...['response', 'responses', 'reaction', 'reactions', 'reply', 'replies', 'comment', 'comments'], // words answered
  'merger', // an event
];

/**
 * Words that take a complement, left at the end of a description cut before it: "a source close | to the campaign",
 * "a source involved | in the effort". The description shows without them ("a source"). Used by: quotes/speaker-kind.
 */
// prettier-ignore
export const COMPLEMENT_TAKERS = [
  'close', 'involved', 'familiar', 'near', 'opposed', 'loyal', 'connected', 'linked', 'allied', 'briefed',
  'knowledgeable', 'privy', 'sympathetic', 'aligned', 'associated', 'tied', 'attached', 'assigned',
];

/** Heads of a source phrase that name no one: "a source close to", "someone familiar", "insiders". */
// Used by: quotes/mentions (an anonymous source).
export const ANONYMOUS_HEADS = ['source', 'sources', 'someone', 'somebody', 'insider', 'insiders'];

/**
 * Words that tell a source from one described alike when only one of the two descriptions has them: "another
 * official" is not "an official", "the new source" not "the source", "a former official" not "a senior official".
 * Used by: quotes/same-speaker (such names are not listed as one speaker).
 */
// prettier-ignore
export const DISTINGUISHING_SOURCE_WORDS = [
  'another', 'other', 'new', 'second', 'third', 'different', 'separate', 'former', 'current', 'ex',
];
