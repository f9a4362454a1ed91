import { describe, expect, it } from 'vitest';
import { outletOf, readableByline } from './article-display';

describe('readableByline', () => {
  it('sets a byline in capitals in title case, keeping initialisms and words already in lower case', () => {
    expect(readableByline('MEG KINNARD and ERRIN HAINES, Associated Press')).toBe(
      'Meg Kinnard and Errin Haines, Associated Press',
    );
    expect(readableByline('JOHN O’NEILL-SMITH, AP')).toBe('John O’Neill-Smith, AP');
  });

  it("keeps an outlet's initials in capitals: no vowel, no name", () => {
    expect(readableByline('JANE DOE, CNN')).toBe('Jane Doe, CNN');
    expect(readableByline('BBC NEWS')).toBe('BBC NEWS');
  });

  it('leaves a byline in ordinary case alone', () => {
    expect(readableByline('Jeffrey Gettleman')).toBe('Jeffrey Gettleman');
    expect(readableByline('Jane Doe, BBC News')).toBe('Jane Doe, BBC News');
  });
});

describe('outletOf', () => {
  it('is the site name, else the address without www', () => {
    expect(outletOf({ siteName: 'Le Monde.fr', url: 'https://www.lemonde.fr/a' })).toBe('Le Monde.fr');
    expect(outletOf({ siteName: null, url: 'https://www.nytimes.com/2017/01/13/world/x.html' })).toBe('nytimes.com');
    expect(outletOf({ siteName: null, url: 'not a url' })).toBeNull();
  });
});
