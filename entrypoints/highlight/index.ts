// Injected on demand (files: ['/highlight.js']); installs the mark/clear functions in the extension's isolated world,
// where later executeScript({ func }) calls find them.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { clearMarks, markPassages, type PassageTarget } from '../../lib/article/page-text';

export interface PageHighlighter {
  mark(targets: PassageTarget[]): number;
  clear(): void;
}

export default defineUnlistedScript(() => {
  const api: PageHighlighter = {
    mark(targets) {
      const { found, first } = markPassages(document, targets);
      first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return found;
    },
    clear: () => clearMarks(document),
  };
  (globalThis as { __newsLens?: PageHighlighter }).__newsLens = api;
});
