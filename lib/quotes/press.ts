// "Governor Dan Ward toured the town. ¶ A reporter asked whether the state would pay. “We will cover every dollar,” he
// told reporters.": a member of the press who asks a question is not whom the "he"/"she" after it quotes; the
// answer is the story's person's. Read where the description stands, with the verb right after it ("a reporter
// asked") or right before it ("asked a reporter", "“…?” asked one journalist").
import { alternation, wordSet } from '../lexicon/build';
import { PRESS_ASKERS } from '../lexicon/en/roles';
import { QUESTION_VERBS } from '../lexicon/en/speech';

const PRESS = wordSet(PRESS_ASKERS);
const ASKING = alternation(QUESTION_VERBS);
const ASKS_AFTER = new RegExp(`^[^\\S\\n]+(?:(?:then|also|later)[^\\S\\n]+)?(?:${ASKING})\\b`, 'i');
const ASKS_BEFORE = new RegExp(`\\b(?:${ASKING})[^\\S\\n]+$`, 'i');

/** The description `words` (its last word its head) stands at [start, end) of `text` as a reporter asking. */
export function pressAsking(text: string, start: number, end: number, words = text.slice(start, end)): boolean {
  const head = /([\p{L}-]+)\s*$/u.exec(words)?.[1].toLowerCase() ?? '';
  if (!PRESS.has(head)) return false;
  return ASKS_AFTER.test(text.slice(end, end + 30)) || ASKS_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
