import { describe, expect, it } from 'vitest';
import { firstNameSpeakers } from './first-names';

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
