import { describe, expect, it } from 'vitest';
import { firstNameSpeakers } from './first-names';
import { indexPeople } from './people';
import { readNames } from '../names';
import { readText } from '../text';
import { makeArticle } from '../../tests/factories';

const none = (_word: string) => false;
const speakers = (text: string, known = none) => firstNameSpeakers(text, known, none).map((s) => s.name);

describe('people named by first name only', () => {
  it('indexes a given name that speaks twice, with the gender the names table gives', () => {
    expect(firstNameSpeakers('“Too loud,” Lena said. Later, said Lena, it got worse.', none, none)).toEqual([
      { name: 'Lena', gender: 'f' },
    ]);
  });

  it('leaves a name that speaks once, a place, a longer name and a name already known', () => {
    expect(speakers('“Too loud,” Lena said. The band played on.')).toEqual([]);
    expect(speakers('Troops in Jordan waited. Jordan said no. Jordan said it again.')).toEqual([]);
    expect(speakers('Aunt Lena said so. Aunt Lena said it twice.')).toEqual([]);
    expect(speakers('Lena said so. Lena said it twice.', (w) => w === 'Lena')).toEqual([]);
  });
});

describe('a first name the text also puts after a preposition', () => {
  const story = 'He talked to Lena on Monday. “Too loud,” Lena said. Later, said Lena, it got worse.';

  it('is a place only when the caller’s names table types it one ("talked to Lena" makes no place of Lena)', () => {
    expect(firstNameSpeakers(story, none, none, undefined, () => false).map((s) => s.name)).toEqual(['Lena']);
    const jordan = 'Troops in Jordan waited. Jordan said no. Jordan said it again.';
    expect(firstNameSpeakers(jordan, none, none, undefined, (w) => w === 'Jordan')).toEqual([]);
  });

  it('is read from the text alone without a table', () => {
    expect(speakers(story)).toEqual([]);
  });

  it('the people index asks its names table', () => {
    const layer = readText(makeArticle(story));
    const names = readNames(layer, { kb: null, gazetteer: null });
    expect(indexPeople(layer.masked, layer.tokens, names).byName('Lena')?.gender).toBe('f');
  });
});
