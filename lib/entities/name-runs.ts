// Splits article text into runs of capitalised words ("Kazakh President Kassym-Jomart Tokayev"),
// the only places a named entity can start. Lower-case connectors join runs ("Bank of England").
import type { Paragraph } from '../types';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence: capitalised for grammar, not necessarily a name. */
  sentenceStart: boolean;
}

export interface NameRun {
  tokens: Token[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'da', 'von', 'van', 'der', 'bin', 'al', 'la', 'le', 'du']);
/** Abbreviations whose final period belongs to the word. */
const KEEP_PERIOD = /^(?:[A-Z]\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Jr|Sr|Lt|Col|Sgt|Prof)\.$/;

function trimToken(raw: string): string {
  let word = raw.replace(/['’]s$/u, '');
  if (word.endsWith('.') && !KEEP_PERIOD.test(word)) word = word.slice(0, -1);
  return word.replace(/[-'’]+$/u, '');
}

/** "al-Bashir" is capitalised where it counts. */
const isCapitalised = (w: string) => /^[\p{Lu}]/u.test(w) || /^(?:al|el|bin|ibn)-\p{Lu}/u.test(w);

/** Title-case lines (headlines) capitalise every word, so they say nothing about names. */
function isHeadline(text: string): boolean {
  const words = text.match(WORD) ?? [];
  if (words.length < 4 || /[.!?"”]$/u.test(text.trim())) return false;
  return words.filter(isCapitalised).length / words.length >= 0.6;
}

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = trimToken(m[0]);
    if (!word) continue;
    const start = offset + m.index;
    const before = text.slice(0, m.index).trimEnd();
    tokens.push({ text: word, start, end: start + word.length, sentenceStart: before === '' || /[.!?:"“”«]$/u.test(before) });
  }
  return tokens;
}

/** Two tokens belong to one run only when plain spaces separate them. */
const adjacent = (text: string, a: Token, b: Token) => /^ +$/.test(text.slice(a.end, b.start));

export function findNameRuns(text: string, paragraphs: Paragraph[]): NameRun[] {
  const runs: NameRun[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    if (isHeadline(body)) continue;
    const tokens = tokenize(body, p.start);
    let current: Token[] = [];
    const flush = () => {
      while (current.length && !isCapitalised(current[current.length - 1].text)) current.pop();
      if (current.length) runs.push({ tokens: current });
      current = [];
    };
    for (const token of tokens) {
      const prev = current[current.length - 1];
      const joins = prev && adjacent(text, prev, token);
      if (isCapitalised(token.text)) {
        if (!joins) flush();
        current.push(token);
      } else if (joins && CONNECTORS.has(token.text) && isCapitalised(prev.text)) {
        current.push(token);
      } else flush();
    }
    flush();
  }
  return runs;
}

/** Every word the text writes in lower case: such a word capitalised is grammar, not a name. */
export function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
}
