// The Node DOM's parser keeps its stack of open elements top-last: the very same trees, in linear time on deep markup.
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import '../../scripts/node/parser-stack';
import { generatePage, KIND_NAMES } from '../robustness/generate-pages';

/** Parses with htmlparser2's own array stack (the patch lifted for the call). */
function withArrayStack<T>(run: () => T): T {
  const descriptor = Object.getOwnPropertyDescriptor(Parser.prototype, 'stack')!;
  Reflect.deleteProperty(Parser.prototype, 'stack');
  try {
    return run();
  } finally {
    Object.defineProperty(Parser.prototype, 'stack', descriptor);
  }
}

const tree = (html: string) => parseHTML(html).document.toString();

// prettier-ignore
const TRICKY = [
  '<p>one<p>two<div>three</p>four', // implied closes and a stray </p>
  '<ul><li>a<li>b<ul><li>c</ul><li>d</ul>',
  '<table><tr><td>1<td>2<tr><td>3</table><b><i>x</b>y</i>',
  '<svg><circle/><text>t</text></svg><br/><img src=x></span></div>',
  '<select><option>a<option>b<optgroup><option>c</select><textarea><p>raw</textarea>',
  '<div><span><a href="#">unclosed',
  '<html><body><script>if (a < b) document.write("</div>")</script><p>x</body></html><p>after',
];

describe('parser stack (scripts/node/parser-stack.ts)', () => {
  it('builds exactly the trees htmlparser2 builds with its own stack', () => {
    for (const html of TRICKY) expect(tree(html)).toBe(withArrayStack(() => tree(html)));
  });

  it('builds the same trees on a generated page of every kind', () => {
    const limits = { hugeBytes: 5000, depth: 700, manyParagraphs: 30 };
    for (let index = 0; index < KIND_NAMES.length; index++) {
      const { html, name } = generatePage(1, index, limits);
      expect(tree(html), name).toBe(withArrayStack(() => tree(html)));
    }
  });

  it('opens 150,000 unclosed elements without moving an array per element (the array stack is quadratic)', () => {
    // The cost of htmlparser2's own stack is an Array unshift per open element, each moving every element below it
    // (10 s for 100,000 here); the patched stack pushes on its top-last array instead. Counted, not timed: the
    // parse time is the robustness script's to measure (npm run robustness).
    const html = (n: number) => `<html><body><p>${'<span>x '.repeat(n)}end</p></body></html>`;
    const unshift = vi.spyOn(Array.prototype, 'unshift');
    try {
      withArrayStack(() => parseHTML(html(1000)));
      expect(unshift.mock.calls.length).toBeGreaterThanOrEqual(1000);
      unshift.mockClear();
      const { document } = parseHTML(html(150_000));
      expect(unshift).not.toHaveBeenCalled();
      expect(document.querySelectorAll('span')).toHaveLength(150_000);
      expect(document.body.textContent).toBe('x '.repeat(150_000) + 'end');
    } finally {
      unshift.mockRestore();
    }
  });
});
