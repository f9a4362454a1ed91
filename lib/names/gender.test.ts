// The first-name table: built from the Moby lists and the US legislators (scripts/data/given-names.ts).
import { describe, expect, it } from 'vitest';
import { givenNameGender, nameGender } from './gender';

describe('first-name gender', () => {
  it('knows names used for one gender', () => {
    expect(givenNameGender('Kenneth')).toBe('m');
    expect(givenNameGender('melanie')).toBe('f');
  });
  it('settles a name both Moby lists hold when two legislators or more share one gender', () => {
    expect(givenNameGender('Tim')).toBe('m');
  });
  it('leaves names used for both genders unknown', () => {
    expect(givenNameGender('Leslie')).toBeNull();
    expect(givenNameGender('Kim')).toBeNull();
  });
  it('reads the first word of a full name only', () => {
    expect(nameGender('Kenneth Baer')).toBe('m');
    expect(nameGender('Baer')).toBeNull();
    expect(nameGender('Trending Today USA')).toBeNull();
  });
  it("gives a person a shared first name's majority gender, never a word's, nor a Korean family name's", () => {
    expect(givenNameGender('Hillary')).toBeNull();
    expect(nameGender('Hillary Clinton')).toBe('f');
    expect(nameGender('Kelly Ayotte')).toBe('f');
    // Only where a legislator of that gender bears it too: the majority list alone does not settle "Terry".
    expect(nameGender('Terry Jones')).toBeNull();
    expect(nameGender('Kim Jong-un')).toBeNull();
    expect(nameGender('Kim Jong Un')).toBeNull();
  });
});
