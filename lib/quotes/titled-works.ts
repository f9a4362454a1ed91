// "The “No Comparison” ad contrasts Bush’s record …. ¶ The ad claims “…”": a document noun standing alone ("the ad",
// "the column") goes back to the work the text named with the same noun and a title: a title in quote marks
// ("the “No Comparison” ad") or a run of capitalised words with perhaps a gloss in brackets ("the Vox Populi (Voice
// of the People) column"), or a title given after "entitled" or "titled" ("a memoir entitled The White House Doctor",
// "the editorial, entitled “…,”"), where a noun of the same kind of document stands for it too ("the book" for the
// memoir). The title is what the work is called; the panel shows it as the source. A capitalised run may also be the
// work's owner ("the Pew Research Center study"), which is as good a source to show.
import { alternation } from '../lexicon/build';
import { DOCUMENT_KINDS, DOCUMENT_NOUNS } from '../lexicon/en/sources';
import type { NameTable } from '../names';
import type { Mention } from './mentions';

// How far back the titled work is looked for: a few paragraphs, as a story comes back to an ad or a column.
const TITLE_REACH = 2500;

const DOCUMENTS = new Set(DOCUMENT_NOUNS);
// "the ad", "The column": the definite article and the noun, nothing else.
const BARE_DOCUMENT = new RegExp(`^the\\s+(${alternation(DOCUMENT_NOUNS)})$`, 'iu');

/** The patterns for one noun, built once each (a story says "the ad" again and again). */
const patterns = new Map<string, { quoted: RegExp; capitalised: RegExp; entitled: RegExp; introduced: RegExp }>();
function patternsFor(noun: string) {
  let found = patterns.get(noun);
  if (!found) {
    const kind = alternation(DOCUMENT_KINDS.find((k) => k.includes(noun)) ?? [noun]);
    found = {
      // "the “No Comparison” ad", "its “Morning in America” online video": the title in quote marks, capitalised
      // and whole (a comma or full stop before the closing mark ends a quotation: "the “worst deal,” the ad says"),
      // perhaps one lower-case word between that is no article. Case-sensitive: under /i, \p{Lu} takes any letter,
      // and a scare-quoted word ("its “final” report") is no title.
      quoted: new RegExp(
        `\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+[“"](\\p{Lu}[^“”",.\\n]{1,59}?)[”"]\\s+` +
          `(?:(?!(?:the|an?)\\s)[\\p{Ll}-]+\\s+)?${noun}\\b`,
        'gu',
      ),
      // "the Vox Populi (Voice of the People) column": "the", two to four capitalised words, a gloss in brackets, all
      // on one line (a heading ending without a full stop is not the start of a title).
      capitalised: new RegExp(
        `\\b[Tt]he[^\\S\\n]+((?:\\p{Lu}[\\p{L}'’-]*[^\\S\\n]+){1,3}\\p{Lu}[\\p{L}'’-]*)[^\\S\\n]+` +
          `(?:\\([^()\\n]{1,40}\\)[^\\S\\n]+)?${noun}\\b`,
        'gu',
      ),
      // "a memoir of her years at the White House entitled The White House Doctor: My Patients Were Presidents.",
      // "the editorial, entitled “Mr. Sanders Is Not a Brave Truth-Teller,”": a noun of the kind, up to 60
      // characters of its own sentence, then the title in quote marks or as capitalised words up to a comma or the
      // sentence's end.
      entitled: new RegExp(
        `\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${kind})\\b` +
          `[^.;!?\\n“”"]{0,60}?\\s+(?:entitled|titled)\\s+` +
          `(?:[“"](\\p{Lu}[^“”"\\n]{1,79}?)[,.]?[”"]|(\\p{Lu}[^.,;!?\\n“”"]{1,79}))`,
        'gu',
      ),
      // "a new online ad": another work of the kind brought in since.
      introduced: new RegExp(`\\b(?:a|an|another)\\s+(?:[\\p{L}-]+\\s+){0,3}${noun}\\b`, 'iu'),
    };
    patterns.set(noun, found);
  }
  return found;
}

/** The last match of a global pattern in `text`, or null. */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}

/**
 * The title of the work a bare document noun ("the ad") stands for: the last one named before it with that noun,
 * within a few paragraphs, when no other work of the kind was brought in since ("a new online ad"). A capitalised
 * run the names table types as a person is an owner, not a title ("the Jeb Bush ad").
 */
export function titledWork(mention: Mention, text: string, names?: NameTable): string | null {
  const noun = BARE_DOCUMENT.exec(mention.text)?.[1]?.toLowerCase();
  if (!noun || !DOCUMENTS.has(noun)) return null;
  const from = Math.max(0, mention.start - TITLE_REACH);
  const before = text.slice(from, mention.start);
  const { quoted, capitalised, entitled, introduced } = patternsFor(noun);
  const person = (run: string) => names?.types.get(run.toLowerCase())?.has('person') ?? false;
  const candidates = [lastMatch(quoted, before), lastMatch(capitalised, before), lastMatch(entitled, before)]
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ at: m.index, end: m.index + m[0].length, title: (m[1] ?? m[2]).trim() }))
    .filter((c) => !person(c.title));
  const latest = candidates.sort((a, b) => b.at - a.at)[0];
  if (!latest) return null;
  return introduced.test(before.slice(latest.end)) ? null : latest.title;
}
