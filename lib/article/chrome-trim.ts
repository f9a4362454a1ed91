// Readability sometimes keeps a site's menu or image credits above the story ("Sign In", "Home", "News", …).
// A run of several short, unpunctuated blocks at the very start is page chrome, not article text.

const MAX_CHROME_WORDS = 4;
/** One or two short blocks can be a kicker or a section label; a run of this many is a menu. */
const MIN_CHROME_RUN = 3;
/** Marks that end a sentence, a quote or a label: a block ending in one is text, not a menu entry. */
const END_MARKS = new Set(['.', '!', '?', '…', ':', '"', '”', '»']);

/**
 * At most `words` words, words being what single spaces separate (blocks come with white space collapsed). Spaces
 * are counted up to the limit: the story's first paragraph is not split into a list of its words to be told long.
 */
function atMostWords(block: string, words: number): boolean {
  let spaces = 0;
  for (let at = block.indexOf(' '); at >= 0; at = block.indexOf(' ', at + 1)) if (++spaces >= words) return false;
  return true;
}

function isChromeLike(block: string): boolean {
  // The last character alone: an anchored class (/[.!?…:"”»]$/) is tried at every position of the block.
  return !END_MARKS.has(block[block.length - 1]) && atMostWords(block, MAX_CHROME_WORDS);
}

/** Drops a leading run of menu-like blocks, but never the whole article. */
export function dropLeadingChrome(blocks: string[]): string[] {
  let run = 0;
  while (run < blocks.length && isChromeLike(blocks[run])) run++;
  if (run < MIN_CHROME_RUN || run === blocks.length) return blocks;
  return blocks.slice(run);
}
