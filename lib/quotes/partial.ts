// A partial quote is embedded in the reporter's own sentence ("expressing the hope that “tragic events …”").
// A full quote stands as its own sentence: at the start, after a colon, or right after an attribution.
import { CUE_AT_END } from './cues';
import { pieceCount } from './not-quotes';
import { charClass } from '../text/chars';

// A quoted fragment closed by a comma right before ("it would be “incredibly ugly,” “a huge shock” and …").
const FRAGMENT_BEFORE = /[“"][^“”"]{1,60},[”"]\s*$/u;

const CLAUSE_BREAK = charClass(/^[.!?:"”“«»]$/);

/** `s.split(/[.!?:"”“«»]/).pop()`, found from the end (no array of the pieces before). */
function lastClause(s: string): string {
  let from = s.length;
  while (from > 0 && !CLAUSE_BREAK(s.charCodeAt(from - 1))) from--;
  return s.slice(from);
}

export function isPartialQuote(quoted: string, before: string): boolean {
  // `before.replace(/\s+$/, '')`: trimEnd drops the same white space, from the end.
  const lead = before.trimEnd();
  // One of a list of quoted fragments: the words before the list decide. (FRAGMENT_BEFORE ends in a comma and a
  // closing mark: asked only then.)
  const fragment =
    /^\p{Ll}/u.test(quoted.trim()) && (lead.endsWith(',”') || lead.endsWith(',"'))
      ? FRAGMENT_BEFORE.exec(before)
      : null;
  if (fragment) return isPartialQuote(quoted, before.slice(0, fragment.index));
  const prev = lead.at(-1);
  if (!prev || /[.!?…:"”“'’»«]/.test(prev)) return false;
  const clause = lastClause(/[,—–]/.test(prev) ? lead.slice(0, -1) : lead).trim();
  // The words of the clause, counted (the clause is trimmed: split(/\s+/) gives one piece more than its spaces).
  const attributed = pieceCount(clause) <= 10 && CUE_AT_END.test(clause);
  const capital = /^[\p{Lu}\p{N}…\[(]/u.test(quoted.trim());
  // "…," he said, "we will." — the second piece of an interrupted quote, or: He said: / He said, "We will."
  // "claimed on Tuesday that “General Petraeus got …”": after "that" the quote goes on the reporter's clause, whatever
  // its first letter (a name or a title may open it).
  if (/\bthat$/i.test(lead)) return true;
  if (attributed && (/[,—–]/.test(prev) || capital)) return false;
  return true;
}
