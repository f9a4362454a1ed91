// The Node DOM caps tree depth like a browser's parser, keeping every node in document order.
import { describe, expect, it } from 'vitest';
import { capTreeDepth, MAX_TREE_DEPTH } from '../../scripts/node/depth-cap';
import { parseDocument } from '../../scripts/node/dom';

function depthOf(doc: Document): number {
  let max = 0;
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const child of Array.from(el.children)) stack.push([child, d + 1]);
  }
  return max;
}

describe('capTreeDepth', () => {
  it('flattens a 20,000-deep page to the depth Chromium builds (513) and keeps the text in order', () => {
    const doc = parseDocument(
      `<html><body>${'<div>a'.repeat(20_000)}<p>end</p>${'</div>'.repeat(20_000)}</body></html>`,
    );
    expect(depthOf(doc)).toBe(MAX_TREE_DEPTH);
    expect(MAX_TREE_DEPTH).toBe(513);
    expect(doc.querySelectorAll('div')).toHaveLength(20_000);
    expect(doc.body.textContent).toBe('a'.repeat(20_000) + 'end');
  });

  it('moves the elements below the cap to follow the deepest allowed one, each with its own text', () => {
    const doc = parseDocument(
      '<html><body><div id="a"><div id="b"><i>1</i><div id="c"><b>2</b></div>3</div></div></body></html>',
    );
    const moved = capTreeDepth(doc.documentElement, 4); // html 1, body 2, #a 3, #b 4
    expect(moved).toBe(3);
    const a = doc.getElementById('a')!;
    expect(Array.from(a.childNodes).map((n) => `${n.nodeName.toLowerCase()}:${n.textContent}`)).toEqual([
      'div:3',
      'i:1',
      'div:',
      'b:2',
    ]);
    expect(doc.getElementById('b')!.childNodes).toHaveLength(1);
  });

  it('leaves a page within the cap untouched', () => {
    const html = '<html><body><article><p>One <b>two</b></p></article></body></html>';
    const doc = parseDocument(html);
    expect(capTreeDepth(doc.documentElement)).toBe(0);
    expect(doc.body.innerHTML).toBe('<article><p>One <b>two</b></p></article>');
  });
});
