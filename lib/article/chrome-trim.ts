// Readability sometimes keeps a site's menu or image credits above the story ("Sign In", "Home", "News", …).
// A run of several short, unpunctuated blocks at the very start is page chrome, not article text.

const MAX_CHROME_WORDS = 4;
/** One or two short blocks can be a kicker or a section label; a run of this many is a menu. */
const MIN_CHROME_RUN = 3;

function isChromeLike(block: string): boolean {
  const words = block.split(' ').length;
  return words <= MAX_CHROME_WORDS && !/[.!?…:"”»]$/.test(block);
}

/** Drops a leading run of menu-like blocks, but never the whole article. */
export function dropLeadingChrome(blocks: string[]): string[] {
  let run = 0;
  while (run < blocks.length && isChromeLike(blocks[run])) run++;
  if (run < MIN_CHROME_RUN || run === blocks.length) return blocks;
  return blocks.slice(run);
}
