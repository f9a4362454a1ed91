// Injected on demand (files: ['/highlight.js']); installs the mark/clear functions in the extension's isolated world,
// where later executeScript({ func }) calls find them. Esc in the page clears the marks too, and tells the panel.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { clearMarks, markPassages, nearestPassage } from '../../lib/article/page-text';
import type { PageHighlighter } from '../../lib/contracts';
import { send } from '../../services/messaging';

export type { PageHighlighter };

type World = typeof globalThis & { __newsLens?: PageHighlighter };

export default defineUnlistedScript(() => {
  const world = globalThis as World;
  if (world.__newsLens) return; // injected again by a later highlight: keep the one Esc listener
  let marked = false;
  const api: PageHighlighter = {
    mark(targets) {
      const { found, first } = markPassages(document, targets);
      first?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      marked = found > 0;
      return found;
    },
    nearest: (target) => nearestPassage(document, target),
    clear: () => {
      marked = false;
      clearMarks(document);
    },
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !marked) return;
    api.clear();
    send('news-lens/highlight-cleared', {}).catch(() => {});
  });
  world.__newsLens = api;
});
