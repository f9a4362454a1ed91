import { describe, expect, it } from 'vitest';
import { isAgentNoun, shownRole } from './shown-role';
import { analyzeQuotes } from '.';
import { readNames } from '../names';
import { readText } from '../text';
import { makeArticle } from '../../tests/factories';

describe('the role a speaker is shown with', () => {
  it.each([
    ['a title', 'Kazakh President', 'Kazakh President'],
    ['a job', 'spokesman', 'spokesman'],
    [
      'a job with where it is held',
      'research analyst at the Council on Energy',
      'research analyst at the Council on Energy',
    ],
    ['a job named by its ending', 'planetary geologist', 'planetary geologist'],
    ['a plural job', 'Singer-guitarists', 'Singer-guitarists'],
    ['a relation', 'his aunt', 'his aunt'],
    ['an age', '56-year-old', '56-year-old'],
    ['an affiliation', 'University of North Carolina', 'University of North Carolina'],
    ['a role followed by "named"', 'graduate student named', 'graduate student'],
    ['a clause fragment after the comma goes', 'public information officer, she', 'public information officer'],
    ['a verb is no role', 'burying', null],
    ['a verb and a preposition are no role', 'released through', null],
    ['a time phrase is no role', 'month after', null],
    ['an adjective is no role', '14th-ranked', null],
    ['a figure is no role', 'fifty-one percent', null],
    ['a word of the caption is no role', 'caption', null],
  ])('%s', (_label, role, shown) => {
    expect(shownRole(role)).toBe(shown);
  });

  it.each([
    'went',
    'spent',
    'statement',
    'government',
    'later',
    'however',
    'together',
    'rather',
    'former',
    'winter',
    'However',
    'Later',
    'Monday',
    'The',
    'But',
    'Meanwhile',
    'When',
    'told',
    'had created',
  ])('"%s" is a word of the sentence, not a role', (role) => {
    expect(shownRole(role)).toBeNull();
  });

  it('person nouns ending like "statement" are listed, so they stay', () => {
    for (const role of ['senior consultant', 'student', 'defendant', 'White House correspondent'])
      expect(shownRole(role)).toBe(role);
  });

  it('common nouns for what a person is are shown (review finding 3)', () => {
    for (const role of ['veteran quarterback', 'the widow', 'plaintiff', 'airline pilot', 'teen'])
      expect(shownRole(role)).toBe(role);
  });

  it('no role stays none', () => expect(shownRole(null)).toBeNull());
});

describe('a noun for what someone does, by its ending', () => {
  it.each(['strategist', 'pollster', 'spokesman', 'historian'])('%s is one', (w) => expect(isAgentNoun(w)).toBe(true));
  it.each(['never', 'later', 'order', 'answers', 'after'])('%s is none', (w) => expect(isAgentNoun(w)).toBe(false));
});

describe('the role shown beside a speaker, as a story gives it (review28 finding 23)', () => {
  const shown = (paragraph: string) => {
    const article = makeArticle([paragraph]);
    const layer = readText(article);
    const q = analyzeQuotes(article, layer, readNames(layer, { kb: null, gazetteer: null })).quotes[0];
    return [q.speaker, q.speakerRole];
  };

  it.each([
    // A job after a title word, before the name, is the title's second word: the name is not "Executive Ann Reyes".
    ['Acme Chief Executive Ann Reyes said the plant would “stay open through the winter.”', 'Acme Chief Executive'],
    ['“The plant will stay open through the winter,” said Acme Chief Strategist Ann Reyes.', 'Acme Chief Strategist'],
    [
      'Acme Chief Executive Ann Reyes’s memo to staff said the plant would “stay open through the winter.”',
      'Acme Chief Executive',
    ],
  ])('%s', (paragraph, role) => expect(shown(paragraph)).toEqual(['Ann Reyes', role]));

  it('keeps a given name that is also a noun for a job as the name ("Coach Tanner Reyes")', () => {
    expect(shown('Coach Tanner Reyes said the team was “ready for the whole season.”')).toEqual([
      'Tanner Reyes',
      'Coach',
    ]);
  });
});

describe('a role phrase as the speaker: its role keeps the story’s casing (review28 finding 23a)', () => {
  const roleOf = (paragraph: string) => {
    const article = makeArticle([paragraph]);
    const layer = readText(article);
    return analyzeQuotes(article, layer, readNames(layer, { kb: null, gazetteer: null })).quotes[0].speakerRole;
  };

  it.each([
    // A name inside the phrase keeps its capitals.
    [
      'Senate Majority Leader Ann Reyes’s spokesman said the vote would “happen next week at the latest.”',
      'Senate Majority Leader Ann Reyes’s spokesman',
    ],
    ['“The vote will happen next week at the latest,” said the Democratic senator.', 'Democratic senator'],
    // A capital that only opens the sentence goes.
    ['Former aide said the vote would “happen next week at the latest.”', 'former aide'],
    ['My mother said the vote would “happen next week at the latest.”', 'my mother'],
  ])('%s', (paragraph, role) => expect(roleOf(paragraph)).toBe(role));
});
