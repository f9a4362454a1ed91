// Names whose meaning depends on the country the story is about: "Democrats" in a US story is the
// Democratic Party of the United States, in a Japanese one it is not. Linked only when the places
// engine puts the story in that country. Facts only (names → Wikipedia titles).
import type { EntityType } from '../../lib/types';

export interface ContextualEntity {
  title: string;
  type: EntityType;
  /** ISO 3166-1 alpha-2 code of the country the story must be set in. */
  country: string;
  /** Surface names, first = display name; matched case-insensitively inside capitalised name runs. */
  names: string[];
  /** Lower-case phrases matched anywhere in the text ("the Iowa caucuses" has a lower-case word). */
  phrases?: string[];
}

const party = (country: string, title: string, names: string[]): ContextualEntity => ({
  title,
  type: 'organization',
  country,
  names,
});
const event = (country: string, title: string, phrases: string[]): ContextualEntity => ({
  title,
  type: 'event',
  country,
  names: [],
  phrases,
});

export const CONTEXTUAL_ENTITIES: ContextualEntity[] = [
  party('US', 'Democratic_Party_(United_States)', [
    'Democratic Party',
    'Democratic',
    'Democrats',
    'Democrat',
    'Democratic National Committee',
  ]),
  party('US', 'Republican_Party_(United_States)', [
    'Republican Party',
    'Republican',
    'Republicans',
    'GOP',
    'Republican National Committee',
  ]),
  party('GB', 'Labour_Party_(UK)', ['Labour Party', 'Labour']),
  party('GB', 'Conservative_Party_(UK)', ['Conservative Party', 'Conservatives', 'Tory', 'Tories']),
  party('GB', 'Liberal_Democrats_(UK)', ['Liberal Democrats', 'Lib Dems']),
  party('GB', 'Scottish_National_Party', ['Scottish National Party', 'SNP']),
  party('CA', 'Liberal_Party_of_Canada', ['Liberal Party', 'Liberals']),
  party('CA', 'Conservative_Party_of_Canada', ['Conservative Party', 'Conservatives', 'Tories']),
  party('AU', 'Australian_Labor_Party', ['Labor Party', 'Labor']),
  // "Senate" and "Supreme Court" are left out: in US copy they are as often a state's.
  party('US', 'United_States_Congress', ['Congress']),
  party('GB', 'House_of_Commons_of_the_United_Kingdom', ['House of Commons']),
  // Parties, legislatures, courts and ministries that copy names without the country, by country (Wikipedia titles).
  party('KR', 'People_Power_Party_(South_Korea)', ['People Power Party']),
  party('KR', 'Democratic_Party_of_Korea', ['Democratic Party', 'Democratic Party of Korea']),
  party('KR', 'National_Assembly_(South_Korea)', ['National Assembly']),
  party('KR', 'Supreme_Court_of_Korea', ['Supreme Court']),
  party('KR', 'Constitutional_Court_of_Korea', ['Constitutional Court']),
  party('KR', 'Ministry_of_National_Defense_(South_Korea)', ['Defense Ministry', 'Ministry of National Defense']),
  party('JP', 'Liberal_Democratic_Party_(Japan)', ['Liberal Democratic Party', 'LDP']),
  party('JP', 'National_Diet', ['Diet']),
  party('FR', 'National_Assembly_(France)', ['National Assembly']),
  party('PK', 'National_Assembly_of_Pakistan', ['National Assembly']),
  party('PK', 'Supreme_Court_of_Pakistan', ['Supreme Court']),
  party('IN', 'Indian_National_Congress', ['Congress party', 'Congress Party']),
  party('IN', 'Supreme_Court_of_India', ['Supreme Court']),
  party('IL', 'Supreme_Court_of_Israel', ['Supreme Court']),
  party('GB', 'Supreme_Court_of_the_United_Kingdom', ['Supreme Court']),
  party('GB', 'Parliament_of_the_United_Kingdom', ['Parliament']),
  party('CA', 'Parliament_of_Canada', ['Parliament']),
  party('CA', 'Supreme_Court_of_Canada', ['Supreme Court']),
  party('AU', 'Parliament_of_Australia', ['Parliament']),
  party('AU', 'Liberal_Party_of_Australia', ['Liberal Party', 'Liberals']),
  party('AU', 'Australian_Broadcasting_Corporation', ['ABC']),
  party('US', 'American_Broadcasting_Company', ['ABC']),
  party('US', 'United_States_Navy', ['Navy']),
  party('US', 'United_States_Army', ['Army']),
  event('US', 'Iowa_caucuses', ['iowa caucuses', 'iowa caucus']),
  event('US', 'New_Hampshire_primary', ['new hampshire primary']),
  event('US', 'Super_Tuesday', ['super tuesday']),
  event('US', 'United_States_Electoral_College', ['electoral college']),
  event('US', 'State_of_the_Union', ['state of the union address', 'state of the union']),
];
