// Reading authors from a byline, rule by rule (named cases for survivors of `npm run mutation` on
// lib/notes/export/authors.ts): the "By" prefix, separators, repeats, the outlet, and how a name is split into given
// and family names.
import { describe, expect, it } from 'vitest';
import { authorsFromByline } from './authors';

const one = (byline: string, outlet: string | null = null) => authorsFromByline(byline, outlet);

describe('authors from a byline', () => {
  it('no byline, no authors', () => {
    expect(one('')).toEqual([]);
    expect(authorsFromByline(null, null)).toEqual([]);
  });

  it('drops a leading By/Von/Par/Por (only as a word at the start) and folds white space', () => {
    expect(one('  Von   Anna   Schmidt')).toEqual([{ given: 'Anna', family: 'Schmidt' }]);
    expect(one('Abby Stone')).toEqual([{ given: 'Abby', family: 'Stone' }]);
    expect(one('Ana Silva; by Colby Jones')).toEqual([
      { given: 'Ana', family: 'Silva' },
      { given: 'Colby', family: 'Jones' },
    ]);
  });

  it('splits at "(with …)" and brackets, and counts a name once whatever its case', () => {
    expect(one('Ana Silva ( with Li Wei)')).toEqual([
      { given: 'Ana', family: 'Silva' },
      { given: 'Li', family: 'Wei' },
    ]);
    expect(one('Ana Silva (Li Wei)')).toEqual([
      { given: 'Ana', family: 'Silva' },
      { given: 'Li', family: 'Wei' },
    ]);
    expect(one('Ana Silva and ANA SILVA')).toEqual([{ given: 'Ana', family: 'Silva' }]);
  });

  it('leaves out the outlet written without its spaces or punctuation', () => {
    expect(one('ExampleNews', 'Example News')).toEqual([]);
  });

  it('splits two to five capitalised words; more words, a lower-case word or a digit stay whole', () => {
    expect(one('Ana Maria Luisa Silva Santos')).toEqual([{ given: 'Ana Maria Luisa Silva', family: 'Santos' }]);
    expect(one('One Two Three Four Five Six')).toEqual([{ literal: 'One Two Three Four Five Six' }]);
    expect(one('Ana silva')).toEqual([{ literal: 'Ana silva' }]);
    expect(one('Ana mcDonald')).toEqual([{ literal: 'Ana mcDonald' }]);
    expect(one('Ana Silva2')).toEqual([{ literal: 'Ana Silva2' }]);
  });

  it('keeps a generational suffix with the family name, and at least one word as the given name', () => {
    for (const suffix of ['Jr.', 'Sr.', 'II', 'III', 'IV'])
      expect(one(`John Smith ${suffix}`)).toEqual([{ given: 'John', family: `Smith ${suffix}` }]);
    expect(one('King Jr.')).toEqual([{ given: 'King', family: 'Jr.' }]);
    expect(one('De Gaulle')).toEqual([{ given: 'De', family: 'Gaulle' }]);
  });
});
