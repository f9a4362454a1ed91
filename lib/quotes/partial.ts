// A partial quote is embedded in the reporter's own sentence ("expressing the hope that “tragic events …”").
// A full quote stands as its own sentence: at the start, after a colon, or right after an attribution.
import { CUE_AT_END } from './cues';

// A quoted fragment closed by a comma right before ("it would be “incredibly ugly,” “a huge shock” and …").
const FRAGMENT_BEFORE = /[“"][^“”"]{1,60},[”"]\s*$/u;

export function isPartialQuote(quoted: string, before: string): boolean {
  // One of a list of quoted fragments: the words before the list decide.
  const fragment = /^\p{Ll}/u.test(quoted.trim()) ? FRAGMENT_BEFORE.exec(before) : null;
  if (fragment) return isPartialQuote(quoted, before.slice(0, fragment.index));
  const lead = before.replace(/\s+$/, '');
  const prev = lead.at(-1);
  if (!prev || /[.!?…:"”“'’»«]/.test(prev)) return false;
  const clause = lead
    .replace(/[,—–]$/, '')
    .split(/[.!?:"”“«»]/)
    .pop()!
    .trim();
  const attributed = clause.split(/\s+/).length <= 10 && CUE_AT_END.test(clause);
  const capital = /^[\p{Lu}\p{N}…\[(]/u.test(quoted.trim());
  // "…," he said, "we will." — the second piece of an interrupted quote, or: He said: / He said, "We will."
  if (attributed && (/[,—–]/.test(prev) || capital)) return false;
  return true;
}
