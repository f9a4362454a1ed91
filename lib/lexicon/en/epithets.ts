// Descriptions a story puts in place of a name it has already given, to vary it ("the 46-year-old", "the billionaire
// businessman", "the Republican nominee"). Lower case. Used by: quotes/epithets (when
// no role holder fits such a description, it is the person the story is about just then).

import { RACE_STANDINGS, WEALTH_TITLES } from './roles';

/** Status and trade words papers use to vary a protagonist's name; a functionary's role ("the spokesman") is none. */
// prettier-ignore
export const EPITHET_HEADS = [
  // Wealth and business
  'businessman', 'businesswoman', ...WEALTH_TITLES, 'developer', 'entrepreneur', 'heiress',
  // A race and its runners
  'nominee', 'candidate', 'contender', 'challenger', ...RACE_STANDINGS,
];

/**
 * Nouns for someone running against another. Brought in by an indefinite description after a person given a party
 * ("Ward beat Ann Reyes, a Democrat. This year he faces a new opponent."), they are someone new that a party byword
 * then stands for. Used by: quotes/resolve (partyHolder).
 */
export const RIVAL_NOUNS = ['opponent', 'rival', 'challenger', 'contender'];

/** Words in a description that say a woman ("the 34-year-old mother of three"): no man fits it. */
// prettier-ignore
export const FEMALE_DESCRIPTION_WORDS = [
  'woman', 'mother', 'wife', 'daughter', 'sister', 'grandmother', 'girl', 'businesswoman', 'congresswoman', 'heiress',
  'actress', 'widow',
  // roles written with "-woman" ("spokeswoman Hope Hicks")
  'spokeswoman', 'chairwoman', 'councilwoman', 'assemblywoman', 'anchorwoman', 'stateswoman',
];

/** Words in a description that say a man ("the 70-year-old father"): no woman fits it. */
// prettier-ignore
export const MALE_DESCRIPTION_WORDS = [
  'man', 'father', 'husband', 'son', 'brother', 'grandfather', 'boy', 'businessman', 'congressman', 'widower',
  // roles written with "-man" that name men only ("spokesman"; a "chairman" may be a woman)
  'spokesman', 'councilman', 'assemblyman', 'anchorman',
];

/**
 * Role words a person a byword stands for may also be given besides offices, parties and EPITHET_HEADS
 * ("Rep. Ann Cole, a Florida congresswoman" may be "the Florida lawmaker"). Used by: quotes/resolve (a person given
 * any other role noun, "Jim Brown, a retired machinist", is no "Ohio senator").
 */
export const BYWORD_ROLE_WORDS = ['congressman', 'congresswoman', 'lawmaker', 'legislator', 'presidential'];

/**
 * Nouns for a party's member that stand alone as a byword ("“…,” the Republican said this week" after "Presidential
 * candidate Tom Baker spoke in Ohio"). Capitalised as written. Used by: quotes/epithets.
 */
export const PARTY_MEMBER_NOUNS = ['Republican', 'Democrat', 'Libertarian'];

/**
 * Words that make a definite description point back to someone the story has given ("“…,” said the former top aide"
 * after "One of the plan's authors, Tom Baker, said …"; "the same official"). Without one, or the description's head
 * written with the person, a description after a quote is a new voice ("the prosecutor said" after the defendant).
 * Used by: quotes/resolve (describedSpeaker).
 */
export const ANAPHORIC_DESCRIPTION_WORDS = ['former', 'same'];

/** A clause after a name that has the person act for another ("Ana Silva, who represents Jones,"). */
// Used by: quotes/epithets (ownedRoleGiven).
// prettier-ignore
export const ACTING_FOR_VERBS = [
  'represents', 'represented', 'works for', 'worked for', 'speaks for', 'spoke for',
];

/**
 * Nouns of a person's own side: their campaign, staff, family and home. A story that describes a person by an epithet
 * still names them as the owner of these where the words came from ("“…,” the 64-year-old said in a statement
 * released by Ames's campaign", "a post from the Cole campaign"). Used by: quotes/epithets (namedLaterInSentence).
 */
// prettier-ignore
export const OWN_SIDE_NOUNS = [
  // a campaign and those who speak or work for the person
  'campaign', 'camp', 'staff', 'aides', 'spokesman', 'spokeswoman', 'spokesperson', 'office', 'website',
  // the family, and where it lives
  'family', 'home', 'house', 'farm', 'headquarters',
];

/**
 * Prepositions that open where or how a source spoke, after the verb ("the candidate said at …", "said in a
 * statement …", "said outside …"): the place or the occasion, not whom the words are about. Used by: quotes/epithets.
 */
export const SAID_WHERE_PREPOSITIONS = ['in', 'at', 'on', 'outside', 'inside'];

/**
 * Prepositions before a person's own side that say where the words came from ("in a statement released by Ames's
 * campaign", "a post from Cole's office"); "said of the Baker campaign's attacks" is about the other side, "in an
 * attack on the Baker campaign" aimed at it. Used by: quotes/epithets.
 */
export const OWN_SIDE_PREPOSITIONS = ['by', 'from'];
