// Readability's article element → plain text with paragraph offsets. The panel renders this text, never HTML.
import type { Paragraph } from '../types';

// prettier-ignore
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1',
  'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
// prettier-ignore
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT',
]);
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** The same class, tested first: most text nodes hold none, and the test costs less than a replace. */
const HAS_ZERO_WIDTH = new RegExp(ZERO_WIDTH.source);

export interface PlainText {
  text: string;
  paragraphs: Paragraph[];
}

/** Walks the element; block boundaries start paragraphs, whitespace collapses, zero-width characters go. */
export function elementToText(root: Node): PlainText {
  return joinParagraphs(elementToBlocks(root));
}

/**
 * White space a block's text must lose: a run holding anything but a lone space (a lone space stays as it is). The
 * same output as replacing every run of [ \t\f\v\r\n\u00A0] by one space, without a replacement per word gap.
 */
const LOOSE_SPACE = / *[\t\f\v\r\n\u00A0][ \t\f\v\r\n\u00A0]*| {2,}/g;

/** The element's text as one string per block, whitespace collapsed, empty blocks dropped. */
export function elementToBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const cleaned = current.replace(LOOSE_SPACE, ' ').trim();
    if (cleaned) blocks.push(cleaned);
    current = '';
  };
  // Iterative walk: deeply nested hostile markup must not overflow the stack. A node is pushed with `false` to be
  // entered and again with `true` to be left (two parallel stacks: no object per node).
  const nodes: Node[] = [root];
  const leaving: boolean[] = [false];
  while (nodes.length) {
    const node = nodes.pop()!;
    const exiting = leaving.pop()!;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      current += HAS_ZERO_WIDTH.test(value) ? value.replace(ZERO_WIDTH, '') : value;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      current += ' ';
      continue;
    }
    const isBlock = BLOCK.has(tag);
    if (exiting) {
      if (isBlock) flush();
      continue;
    }
    if (isBlock) flush();
    nodes.push(node);
    leaving.push(true);
    // Last child first, so the first pops first (no list of the children is made).
    for (let child = node.lastChild; child; child = child.previousSibling) {
      nodes.push(child);
      leaving.push(false);
    }
  }
  flush();
  return blocks;
}

export function joinParagraphs(blocks: string[]): PlainText {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const block of blocks) {
    paragraphs.push({ start: offset, end: offset + block.length });
    offset += block.length + 2;
  }
  return { text: blocks.join('\n\n'), paragraphs };
}
