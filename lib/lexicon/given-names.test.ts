// The given-name lists are generated (scripts/data/given-names.ts) from the Moby name lists (npm) and the US
// legislators' data in the shared corpus: the lists the engines read must be exactly what the generator makes from
// those sources, so a hand edit or a lost line fails here (regenerate with `npx tsx scripts/data/given-names.ts`).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_SOURCES, givenNameGenders } from '../../scripts/data/given-names';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './en/given-names';

describe('given names', () => {
  it('are what scripts/data/given-names.ts makes from its sources', () => {
    expect(existsSync(ENTITY_SOURCES), `${ENTITY_SOURCES} (shared corpus) is missing`).toBe(true);
    const { female, male } = givenNameGenders(ENTITY_SOURCES);
    expect(female.length).toBeGreaterThan(4000);
    expect(male.length).toBeGreaterThan(3000);
    expect(FEMALE_GIVEN_NAMES.split(' ')).toEqual(female);
    expect(MALE_GIVEN_NAMES.split(' ')).toEqual(male);
  });
});
