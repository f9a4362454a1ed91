// The plurals group-of reads for the person nouns (review31 finding 22).
import { describe, expect, it } from 'vitest';
import { plural } from './group-of';

describe('plural of a person noun', () => {
  it.each([
    ['lawyer', 'lawyers'],
    ['ally', 'allies'],
    ['spokeswoman', 'spokeswomen'],
    ['woman', 'women'],
    ['chairman', 'chairmen'],
    ['wife', 'wives'],
    ['ex-wife', 'ex-wives'],
    ['coach', 'coaches'],
    ['boss', 'bosses'],
    ['witness', 'witnesses'],
    ['actress', 'actresses'],
    ['grandchild', 'grandchildren'],
    ['mother-in-law', 'mothers-in-law'],
    ['attorney', 'attorneys'],
  ])('%s → %s', (noun, plurals) => {
    expect(plural(noun)).toBe(plurals);
  });
});
