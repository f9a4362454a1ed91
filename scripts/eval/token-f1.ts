// Token-bag overlap of an extracted text against an expected text: lower-cased letter/digit runs compared as
// multisets (the WCXB metric), so order and paragraphing do not count, repeated words do.

export interface TokenScore {
  p: number;
  r: number;
  f1: number;
}

export function tokenBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const token of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(token, (bag.get(token) ?? 0) + 1);
  return bag;
}

const size = (bag: Map<string, number>) => [...bag.values()].reduce((a, b) => a + b, 0);

export function tokenF1(predicted: string, expected: string): TokenScore {
  const got = tokenBag(predicted);
  const want = tokenBag(expected);
  let shared = 0;
  for (const [token, n] of got) shared += Math.min(n, want.get(token) ?? 0);
  const gotSize = size(got);
  const wantSize = size(want);
  // An empty extraction of an empty expectation is exact; an empty side against a non-empty one scores 0.
  if (!gotSize && !wantSize) return { p: 1, r: 1, f1: 1 };
  const p = gotSize ? shared / gotSize : 0;
  const r = wantSize ? shared / wantSize : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
