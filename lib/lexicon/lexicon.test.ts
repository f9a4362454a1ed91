// The word lists are data read by every engine, mostly through regex alternations (build.ts): an empty entry there is
// an empty alternative, which matches at every position ("said|" finds a cue everywhere), and an empty list matches
// nothing. So every list, set, table and name string the lexicon exports holds only non-empty, trimmed entries, and
// every exported pattern has no empty alternative. (What each word does is tested by the engines that read it.)
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as deSpeech from './de/speech';
import * as enAddress from './en/address';
import * as enCalendar from './en/calendar';
import * as enClauseWords from './en/clause-words';
import * as enDeterminers from './en/determiners';
import * as enEpithets from './en/epithets';
import * as enEvents from './en/events';
import * as enFunctionWords from './en/function-words';
import * as enGivenNames from './en/given-names';
import * as enNameWords from './en/name-words';
import * as enNames from './en/names';
import * as enOrganisations from './en/organisations';
import * as enPlaceWords from './en/place-words';
import * as enRoles from './en/roles';
import * as enSites from './en/sites';
import * as enSources from './en/sources';
import * as enSpeech from './en/speech';
import * as enUsStates from './en/us-states';
import * as enWordEndings from './en/word-endings';
import * as enWorks from './en/works';

// Imported one by one (not read from the folder at run time): vitest, and so Stryker, then knows this file tests them.
const MODULES: Record<string, Record<string, unknown>> = {
  'de/speech.ts': deSpeech,
  'en/address.ts': enAddress,
  'en/calendar.ts': enCalendar,
  'en/clause-words.ts': enClauseWords,
  'en/determiners.ts': enDeterminers,
  'en/epithets.ts': enEpithets,
  'en/events.ts': enEvents,
  'en/function-words.ts': enFunctionWords,
  'en/given-names.ts': enGivenNames,
  'en/name-words.ts': enNameWords,
  'en/names.ts': enNames,
  'en/organisations.ts': enOrganisations,
  'en/place-words.ts': enPlaceWords,
  'en/roles.ts': enRoles,
  'en/sites.ts': enSites,
  'en/sources.ts': enSources,
  'en/speech.ts': enSpeech,
  'en/us-states.ts': enUsStates,
  'en/word-endings.ts': enWordEndings,
  'en/works.ts': enWorks,
};

/** Each problem of a value: where it is and what is wrong. */
function problems(value: unknown, where: string): string[] {
  if (typeof value === 'string') {
    if (value === '') return [`${where}: empty`];
    return value === value.trim() && !/\s{2}/.test(value)
      ? []
      : [`${where}: stray white space in ${JSON.stringify(value)}`];
  }
  if (value instanceof RegExp) {
    const empty = /(?<!\\)\|(?:\||\))|\((?:\?:)?\|/.test(value.source);
    return empty ? [`${where}: empty alternative in /${value.source.slice(0, 60)}…/`] : [];
  }
  if (Array.isArray(value) || value instanceof Set) {
    const items = [...value];
    if (!items.length) return [`${where}: empty list`];
    return items.flatMap((item, i) => problems(item, `${where}[${i}]`));
  }
  if (value instanceof Map) return [...value].flatMap(([k, v]) => problems(v, `${where}.get(${JSON.stringify(k)})`));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) return [`${where}: empty table`];
    return entries.flatMap(([k, v]) => problems(v, `${where}.${k}`));
  }
  return [];
}

describe('the lexicon’s lists', () => {
  it('checks every module of the lexicon (a new one must be added here)', () => {
    const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'build.ts')
      .map((name) => name.replace(/\\/g, '/'))
      .sort();
    expect(Object.keys(MODULES).sort()).toEqual(files);
  });

  it.each(Object.keys(MODULES))('%s: no empty list, entry or alternative, no stray white space', (name) => {
    const exports = MODULES[name];
    expect(Object.keys(exports).length).toBeGreaterThan(0);
    expect(Object.entries(exports).flatMap(([key, value]) => problems(value, key))).toEqual([]);
  });
});
