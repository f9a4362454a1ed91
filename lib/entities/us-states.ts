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
 * what stands before it is checked behind it (\1 is the abbreviation): a scan for a few capitals is fast, a
 * look-behind tried at every position of the text was not.
 */
const AFTER_TOWN = new RegExp(`(${ALTERNATIVES})(?<=\\p{Lu}[\\p{L}.'-]*,\\s\\1)\\.(?![\\p{L}])`, 'gu');

/** `dateline`: the story's dateline place; a state there only says where the story was filed. */
export function findStateAbbreviations(text: string, kb: KnowledgeBase, dateline: Range | null): Candidate[] {
  const byTitle = new Map<string, Candidate>();
  for (const m of text.matchAll(AFTER_TOWN)) {
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
