// htmlparser2 (linkedom's parser) keeps its stack of open elements in an array with the top at index 0: every
// open tag is an unshift and every close a shift, each moving the whole array. A page with 50,000 unclosed tags
// took 10 s to parse here (quadratic; the deep generated pages of the robustness run timed out on it), while a
// browser's stack of open elements is a linked list. This gives every htmlparser2 parser a stack stored top-last
// behind the array operations the parser uses, so Node parses such a page in linear time, like a browser.
import { Parser } from 'htmlparser2';

/** The array operations htmlparser2 10's Parser performs on its stack, index 0 being the top. */
function topFirstStack(): string[] {
  const items: string[] = [];
  const at = (index: number) => items[items.length - 1 - index];
  const methods: Record<string, unknown> = {
    shift: () => items.pop(),
    unshift: (name: string) => items.push(name),
    indexOf: (name: string) => {
      const i = items.lastIndexOf(name);
      return i < 0 ? -1 : items.length - 1 - i;
    },
  };
  return new Proxy(items, {
    get(_, key) {
      if (key === 'length') return items.length;
      if (key === '0') return at(0);
      if (typeof key === 'string' && key in methods) return methods[key];
      if (typeof key === 'string' && /^\d+$/.test(key)) return at(Number(key));
      // A newer htmlparser2 using another array operation must fail loudly, not parse wrongly.
      throw new Error(`parser-stack: htmlparser2 used stack.${String(key)}, which this stack does not provide`);
    },
    set(_, key, value) {
      if (key !== 'length') throw new Error(`parser-stack: htmlparser2 set stack.${String(key)}`);
      items.length = value;
      return true;
    },
  });
}

const STACK = Symbol('stack');
type WithStack = { [STACK]?: string[] };
// The constructor assigns `this.stack = []`; a setter on the prototype catches that and keeps our stack instead.
Object.defineProperty(Parser.prototype, 'stack', {
  configurable: true,
  get(this: WithStack) {
    return this[STACK];
  },
  set(this: WithStack) {
    this[STACK] = topFirstStack();
  },
});
