// Names with a particle joined by a hyphen ("Karim al-Haddad", "Samir el-Masri"): the particle's word is a name word
// though it opens in lower case (names/joined-article), inside a name and as a surname alone.
import { describe, expect, it } from 'vitest';
import { joinedArticle, withoutJoinedArticle } from '../names/joined-article';
import { readNames } from '../names';
import { readText } from '../text';
import { speakersNamed } from './test-helpers';
import { analyzeQuotes } from '.';
import { makeArticle } from '../../tests/factories';

describe('a name word opened by a joined particle', () => {
  it('is read by its particle: the article, "el", an assimilated article repeating the consonant after it', () => {
    expect(['al-Haddad', 'Al-Haddad', 'el-Masri', 'ar-Rashid', 'ash-Shami', 'ul-Karim'].map(joinedArticle)).toEqual([
      3, 3, 3, 3, 4, 3,
    ]);
    // "at-Large" is no assimilated article ("at" before "L"), "al-QA" no name word, "pro-Haddad" no particle.
    expect(['at-Large', 'al-QA', 'pro-Haddad', 'Haddad', 'as-Is'].map(joinedArticle)).toEqual([0, 0, 0, 0, 0]);
    expect(withoutJoinedArticle('al-Haddad')).toBe('Haddad');
  });
});

describe('speakers named with a joined particle', () => {
  it("keeps the particle's word in the full name, after a title and before a cue", () => {
    expect(speakersNamed(['“We will reopen the market,” said Trade Minister Karim al-Haddad on Tuesday.'])).toEqual([
      'Karim al-Haddad',
    ]);
    expect(speakersNamed(['The governor, Samir el-Masri, said: “The road will stay closed.”'])).toEqual([
      'Samir el-Masri',
    ]);
  });

  it('gives a pronoun the full name: the title and first name alone are no person of their own', () => {
    const story = [
      'Mayor Karim al-Haddad visited the flooded quarter. He said the damage was “worse than anything we feared.”',
    ];
    expect(speakersNamed(story)).toEqual(['Karim al-Haddad']);
  });

  it('reads the surname alone, in lower case, opening a sentence, or without the particle, as the person', () => {
    const intro = 'Karim al-Haddad, the trade minister, toured the port on Monday.';
    expect(speakersNamed([intro, '“The cranes will run again by spring,” al-Haddad said.'])).toEqual([
      'Karim al-Haddad',
    ]);
    expect(speakersNamed([intro, 'Al-Haddad said: “The cranes will run again by spring.”'])).toEqual([
      'Karim al-Haddad',
    ]);
    expect(speakersNamed([intro, '“The cranes will run again by spring,” Haddad said.'])).toEqual(['Karim al-Haddad']);
  });
});

describe('a surname with a joined particle the article gives alone', () => {
  it('is a speaker after a cue and after a title, and the title names the person a pronoun takes up', () => {
    expect(speakersNamed(['“We will reopen the market,” al-Haddad said on Tuesday.'])).toEqual(['al-Haddad']);
    expect(speakersNamed(['“We will reopen the market,” Minister al-Haddad said.'])).toEqual(['al-Haddad']);
    const titled = ['President al-Haddad toured the port on Monday.', '“The cranes will run by spring,” he said.'];
    expect(speakersNamed(titled)).toEqual(['al-Haddad']);
  });

  it('is no organisation on its own: an Arabic surname so written speaks far more often than a body (review34 finding 2)', () => {
    const article = makeArticle(['“We will hold the elections on time,” al-Farouq said.']);
    const layer = readText(article);
    const names = readNames(layer, { kb: null, gazetteer: null });
    const [quote] = analyzeQuotes(article, layer, names).quotes;
    expect([quote.speaker, quote.speakerType]).toEqual(['al-Farouq', 'person']);
  });
});

describe("a word opened by a joined particle that is no known person's surname", () => {
  it('is left unknown in the names table: a body or a surname', () => {
    const text = 'Al-Farouq claimed the attack. The group had been quiet.';
    const names = readNames(readText({ text }), { kb: null, gazetteer: null });
    expect(names.names.find((n) => n.text === 'Al-Farouq')?.type).toBe('unknown');
  });

  it('stays one when someone with that surname is named', () => {
    const text = 'Karim al-Haddad spoke first. After lunch, al-Haddad left.';
    const names = readNames(readText({ text }), { kb: null, gazetteer: null });
    expect(names.names.filter((n) => n.text.endsWith('al-Haddad')).map((n) => n.type)).toEqual(['person', 'person']);
  });
});
