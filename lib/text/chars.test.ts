import { describe, expect, it } from 'vitest';
import { codePointBefore } from './chars';

describe('codePointBefore', () => {
  it.each([
    ['an ASCII letter', 'ab', 2, 'b'.codePointAt(0)!, 1],
    ['a surrogate pair read as one', 'a𐐀', 3, 0x10400, 2],
    ['a lone low surrogate as itself', 'a\udc00', 2, 0xdc00, 1],
    ['a lone high surrogate as itself', 'a\ud801', 2, 0xd801, 1],
    ['a low surrogate at the start', '\udc00x', 1, 0xdc00, 1],
  ])('%s', (_label, text, at, code, size) => {
    expect(codePointBefore(text, at)).toEqual({ code, size });
  });
});
