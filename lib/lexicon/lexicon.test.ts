// The word lists are data read by every engine, mostly through regex alternations (build.ts): an empty entry there is
// an empty alternative, which matches at every position ("said|" finds a cue everywhere), and an empty list matches
// nothing. So every list, set, table and name string the lexicon exports holds only non-empty, trimmed entries, and
// every exported pattern has no empty alternative. (What each word does is tested by the engines that read it.)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const modules = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'build.ts')
  .sort();

/** Each problem of a value: where it is and what is wrong. */
function problems(value: unknown, where: string): string[] {
  if (typeof value === 'string') {
    if (value === '') return [`${where}: empty`];
    return value === value.trim() && !/\s{2}/.test(value)
      ? []
      : [`${where}: stray white space in ${JSON.stringify(value)}`];
  }
  if (value instanceof RegExp) {
    const empty = /(?<!\\)\|(?:\||\))|\((?:\?:)?\|/.test(value.source);
    return empty ? [`${where}: empty alternative in /${value.source.slice(0, 60)}…/`] : [];
  }
  if (Array.isArray(value) || value instanceof Set) {
    const items = [...value];
    if (!items.length) return [`${where}: empty list`];
    return items.flatMap((item, i) => problems(item, `${where}[${i}]`));
  }
  if (value instanceof Map) return [...value].flatMap(([k, v]) => problems(v, `${where}.get(${JSON.stringify(k)})`));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) return [`${where}: empty table`];
    return entries.flatMap(([k, v]) => problems(v, `${where}.${k}`));
  }
  return [];
}

describe('the lexicon’s lists', () => {
  it('has the modules it should (the test reads them all)', () => {
    expect(modules).toContain(join('en', 'speech.ts'));
    expect(modules.length).toBeGreaterThan(15);
  });

  it.each(modules)('%s: no empty list, entry or alternative, no stray white space', async (name) => {
    const exports = (await import(`./${name.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    expect(Object.keys(exports).length).toBeGreaterThan(0);
    expect(Object.entries(exports).flatMap(([key, value]) => problems(value, key))).toEqual([]);
  });
});
