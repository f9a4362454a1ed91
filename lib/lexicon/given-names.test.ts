// The given-name lists are generated (scripts/data/given-names.ts) from the Moby name lists (npm) and the US
// legislators' data in the shared corpus: the lists the engines read must be exactly what the generator makes from
// those sources, so a hand edit or a lost line fails here (regenerate with `npx tsx scripts/data/given-names.ts`).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { givenNameGenders } from '../../scripts/data/given-names';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './en/given-names';

/** The shared corpus's entity sources, next to the repository or to a folder above it (a mutation-test sandbox). */
function entitySources(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const found = join(dir, 'shared/data/entity-sources');
    if (existsSync(found)) return found;
  }
  return '';
}

describe('given names', () => {
  it('are what scripts/data/given-names.ts makes from its sources', () => {
    const sources = entitySources();
    expect(sources, 'shared/data/entity-sources (the shared corpus) is missing').not.toBe('');
    const { female, male } = givenNameGenders(sources);
    expect(female.length).toBeGreaterThan(4000);
    expect(male.length).toBeGreaterThan(3000);
    expect(FEMALE_GIVEN_NAMES.split(' ')).toEqual(female);
    expect(MALE_GIVEN_NAMES.split(' ')).toEqual(male);
  });
});
