// Speaker names of one article listed as one source (same-speaker.ts): each rule's example joins, and the names a
// reader would take for two sources stay apart.
import { describe, expect, it } from 'vitest';
import type { SpeakerType } from '../types';
import { SAME_SPEAKER_RULES, sameSpeakers } from './same-speaker';

const p = (name: string, type: SpeakerType = 'person') => ({ name, type });
/** The names each given name is listed under, in order. */
const listed = (...sources: { name: string; type: SpeakerType }[]) => {
  const map = sameSpeakers(sources);
  return sources.map((s) => map.get(s.name.toLowerCase()));
};

describe('same speaker rules', () => {
  it.each(SAME_SPEAKER_RULES.map((r) => [r.id, r.example] as const))('%s: its example is one source', (_id, ex) => {
    const [shorter, longer] = ex;
    expect(listed(shorter, longer)).toEqual([longer.name, longer.name]);
  });

  it('lists names that differ only by case and article once', () => {
    expect(listed(p('The Food Standards Agency', 'organization'), p('Food Standards Agency', 'organization'))).toEqual([
      'The Food Standards Agency',
      'The Food Standards Agency',
    ]);
    expect(listed(p('the spokesperson'), p('A spokesperson'))).toEqual(['the spokesperson', 'the spokesperson']);
  });

  it('joins a role noun to the one body named with it, and a sentence-opening plural to its lower-case form', () => {
    expect(listed(p('The European Space Agency', 'organization'), p('the agency', 'organization'))[1]).toBe(
      'The European Space Agency',
    );
    expect(listed(p('Federal prosecutors', 'group'), p('Prosecutors', 'group'))[1]).toBe('Federal prosecutors');
    expect(listed(p('one legal expert'), p('the expert'))[1]).toBe('one legal expert');
    expect(listed(p('Gen. Harris'), p('Harry B. Harris Jr.'))[0]).toBe('Harry B. Harris Jr.');
  });

  it('keeps apart what two sources could be', () => {
    // Two relatives: the surname alone fits both.
    expect(listed(p('Bill Clinton'), p('Hillary Clinton'), p('Clinton'))[2]).toBe('Clinton');
    // Two reports: "the report" fits both.
    const reports = [p('the Strava report', 'organization'), p('the trends report', 'organization')];
    expect(listed(...reports, p('the report', 'organization'))[2]).toBe('the report');
    // A word that tells one from the other on one side only.
    expect(listed(p('the source'), p('the new source'))).toEqual(['the source', 'the new source']);
    expect(listed(p('an official'), p('another official'))).toEqual(['an official', 'another official']);
    expect(listed(p('a senior official'), p('a former senior official'))[0]).toBe('a senior official');
    // Possessives of two people: "the spokesman" fits both.
    expect(listed(p('his spokesman'), p('her spokesman'), p('the spokesman'))[2]).toBe('the spokesman');
    // A noun that ends a person's name, or one inside a phrase about something else.
    expect(listed(p('Tom Singer'), p('the singer'))).toEqual(['Tom Singer', 'the singer']);
    expect(listed(p('the letter signed by seven physicians', 'group'), p('the physicians', 'group'))[1]).toBe(
      'the physicians',
    );
    // A capitalised word alone that no name writes in lower case is a name, not a description.
    expect(listed(p('Federal Reserve', 'organization'), p('Reserve', 'organization'))[1]).toBe('Reserve');
    // A class noun said of any company, beside a body named with it.
    expect(listed(p('Besecker Company', 'organization'), p('the company', 'organization'))[1]).toBe('the company');
    // Types that cannot be one source.
    expect(listed(p('the company', 'organization'), p('a company spokesman'))[0]).toBe('the company');
  });
});
