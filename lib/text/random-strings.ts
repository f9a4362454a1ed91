// Random texts glued from given pieces, for tests that compare a fast scan with the plain pattern it replaces: a
// fixed seed (a linear congruential generator) makes a failure reproducible.

/** `n` strings, each up to `maxParts` pieces, each piece followed by one of `glue`. */
export function randomStrings(
  pieces: readonly string[],
  glue: readonly string[],
  n: number,
  seed: number,
  maxParts: number,
): string[] {
  let x = seed;
  const next = (k: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % k;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    for (let k = next(maxParts); k >= 0; k--) s += pieces[next(pieces.length)] + glue[next(glue.length)];
    out.push(s);
  }
  return out;
}
