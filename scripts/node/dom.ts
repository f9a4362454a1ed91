// Node-side DOM for the CLI, eval and bench: linkedom (fast, same Readability output as jsdom).
import { parseHTML } from 'linkedom';
import { capTreeDepth } from './depth-cap';
import './parser-stack';

export function parseDocument(html: string): Document {
  // A bare fragment would give linkedom a document without <html>/<body>, which Readability cannot walk;
  // a browser always wraps it, so do the same.
  const whole = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const document = parseHTML(whole).document as unknown as Document;
  // A browser's parser caps nesting at 512 levels; do the same so Node measures what a browser would run.
  if (document.documentElement) capTreeDepth(document.documentElement);
  return document;
}
