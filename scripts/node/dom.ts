// Node-side DOM for the CLI, eval and bench: linkedom (fast, same Readability output as jsdom).
import { parseHTML } from 'linkedom';

export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
