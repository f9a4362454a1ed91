// US news writes a town's state in AP style after a comma ("BIRMINGHAM, Ala.", "Fresno, Calif."). The
// abbreviation names the state; read only in that position, where it cannot be a word ("Mass", "Miss", "Wash").
import type { Span } from '../types';
import { regionTitle, type KnowledgeBase } from './knowledge-base';
import type { Candidate } from './recognize';
import { inDateline, type Range } from '../text/datelines';
import { AP_STATES } from '../lexicon/en/us-states';

const escape = (s: string) => s.replace(/[.]/g, '\\.');
const ALTERNATIVES = Object.keys(AP_STATES)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
/**
 * A capitalised word (the town), a comma, then the abbreviation with its period. The abbreviation comes first and
 * what stands before it is checked behind it (\1 is the abbreviation). Sticky: it is tried only two characters after
 * each comma, the one place its look-behind (", " right before \1) lets it start; a scan of the text tried the
 * alternation at every character.
 */
const AFTER_TOWN = new RegExp(`(${ALTERNATIVES})(?<=\\p{Lu}[\\p{L}.'-]*,\\s\\1)\\.(?![\\p{L}])`, 'uy');

const isAsciiCapital = (c: number) => c >= 65 && c <= 90;
if (!Object.keys(AP_STATES).every((a) => isAsciiCapital(a.charCodeAt(0))))
  throw new Error('us-states: an AP abbreviation must open with an ASCII capital (afterTown reads that first)');

/** Every match of AFTER_TOWN in the text, in order (matches cannot overlap: none holds a comma). */
function afterTown(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let comma = text.indexOf(','); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    // Every abbreviation opens with an ASCII capital: most commas are followed by a space and a lower-case word.
    if (!isAsciiCapital(text.charCodeAt(comma + 2))) continue;
    AFTER_TOWN.lastIndex = comma + 2;
    const m = AFTER_TOWN.exec(text);
    if (m) found.push(m);
  }
  return found;
}

/** `dateline`: the story's dateline place; a state there only says where the story was filed. */
export function findStateAbbreviations(text: string, kb: KnowledgeBase, dateline: Range | null): Candidate[] {
  const byTitle = new Map<string, Candidate>();
  for (const m of afterTown(text)) {
    const state = AP_STATES[m[1]];
    const title = regionTitle(kb, state, 'US') ?? regionTitle(kb, state);
    const span: Span = { start: m.index, end: m.index + m[0].length };
    if (!title || inDateline(dateline, span)) continue;
    const c = byTitle.get(title) ?? {
      name: state,
      type: 'place',
      wikipedia: title,
      aliases: new Set(),
      mentions: [],
      namedMentions: 0,
      guessedType: false,
    };
    c.aliases.add(m[0]);
    c.mentions.push(span);
    c.namedMentions++;
    byTitle.set(title, c);
  }
  return [...byTitle.values()];
}
