// PolNeAR's train split holds 120 New York Times articles taken from an archive that writes quotation marks as two
// apostrophes (''…''); the converter knew only " and “ ”, so these articles came with no quotes and no speakers
// (1 quote in 120 articles, where dev's 12 New York Times articles have 94). Their attributions (content, cue,
// source) are all annotated. This file restores the marks and derives quotes and speakers from the attributions the
// way the converter did for the other publishers (see the README of ../shared/corpus/polnear and dev.jsonl):
// - a quote is the text inside one pair of marks within an attribution's content;
// - an attribution is direct when its content is quoted text only, mixed when quoted text sits in reported speech
//   (its quotes are partial), indirect when it holds no quoted text;
// - the quote's speaker is the attribution's source, typed pronoun (a personal or relative pronoun), name (a
//   capitalised word: the converter's rule, so "the Vermont senator" is a name; see sourceKind) or nominal.

export interface NytSpan {
  start: number;
  end: number;
  text: string;
}
export interface NytAttribution {
  type: string;
  content: NytSpan[];
  cue?: NytSpan[];
  source: NytSpan[];
  no_source: boolean;
}
export interface NytDoc {
  id: string;
  text: string;
  quotes: (NytSpan & { attribution: number; partial: boolean; words: number })[];
  speakers: (NytSpan & { quote_index: number; mention_type: 'name' | 'pronoun' | 'nominal' })[];
  attributions: NytAttribution[];
}

const OPEN = '\u201c';
const CLOSE = '\u201d';

/** Whether a '' at `at` opens a quote: after a space, a line start or an opening bracket or dash, before a letter. */
function opensAt(text: string, at: number, end: number, open: boolean): boolean {
  const before = at === 0 ? ' ' : text[at - 1];
  const after = end >= text.length ? ' ' : text[end];
  const spaceBefore = /[\s([{\u2014-]/.test(before);
  const spaceAfter = /\s/.test(after);
  if (spaceBefore && !spaceAfter) return true;
  if (!spaceBefore && spaceAfter) return false;
  // Both sides alike ("word''word", " '' "): the opposite of the paragraph's current state.
  return !open;
}

/**
 * The text with each '' turned into “ or ” (one character for two), and a map from old offsets to new ones. Three
 * apostrophes are a double mark beside a single one: ''' opening is “ + ', closing is ' + ”.
 */
export function restoreMarks(text: string): { text: string; at: (offset: number) => number } {
  const newAt = new Int32Array(text.length + 1);
  let out = '';
  let open = false;
  for (let i = 0; i < text.length;) {
    newAt[i] = out.length;
    if (text[i] === '\n') open = false; // a quote left open runs to its paragraph's end at most
    if (!text.startsWith("''", i)) {
      out += text[i++];
      continue;
    }
    const width = text.startsWith("'''", i) ? 3 : 2;
    const opening = opensAt(text, i, i + width, open);
    const mark = width === 3 ? (opening ? `${OPEN}'` : `'${CLOSE}`) : opening ? OPEN : CLOSE;
    // An offset inside the apostrophes (a span cut between them) keeps the mark inside the span: an opening mark's
    // inner offsets map to its start, a closing mark's to its end.
    for (let k = 1; k < width; k++) newAt[i + k] = opening ? out.length : out.length + mark.length;
    out += mark;
    open = opening;
    i += width;
  }
  newAt[text.length] = out.length;
  return { text: out, at: (offset) => newAt[Math.min(Math.max(offset, 0), text.length)] };
}

// Personal pronouns; relative ones ("who", "which") the converter typed nominal.
const PRONOUNS = new Set(['he', 'she', 'i', 'it', 'they', 'we', 'you', 'him', 'her', 'them', 'me', 'us']);
const NAME_WORD = /^[A-Z][a-z]+[.,;:]?$/;

/** The converter's mention type (see the file comment). */
export function mentionType(source: string): 'name' | 'pronoun' | 'nominal' {
  const s = source.trim();
  if (PRONOUNS.has(s.toLowerCase())) return 'pronoun';
  return s.split(/\s+/).some((w) => NAME_WORD.test(w)) ? 'name' : 'nominal';
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Quoted stretches of one content span: from each “ to the next ” (or the paragraph's or span's end). `open`: the
 * span goes on a quote an earlier fragment of the same content opened and did not close ("“… hate. [gap] And …”").
 */
function quotedIn(text: string, span: NytSpan, open: boolean): { pieces: NytSpan[]; open: boolean } {
  const pieces: NytSpan[] = [];
  let i = span.start;
  let stillOpen = false;
  while (i < span.end) {
    const continuing = open && i === span.start;
    const mark = continuing ? i - 1 : text.indexOf(OPEN, i);
    if (!continuing && (mark < 0 || mark >= span.end)) break;
    const close = text.indexOf(CLOSE, mark + 1);
    const para = text.indexOf('\n', mark + 1);
    let end = close >= 0 && close <= span.end ? close : span.end;
    if (para >= 0 && para < end) end = para;
    stillOpen = end === span.end && close !== span.end;
    const start = mark + 1;
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body) pieces.push({ start: start + lead, end: start + lead + body.length, text: body });
    i = end + 1;
  }
  return { pieces, open: stillOpen };
}

/** An attribution's content with the quoted stretches taken out holds words: reported speech around the quote. */
function hasUnquotedWords(text: string, span: NytSpan, quoted: NytSpan[]): boolean {
  let rest = text.slice(span.start, span.end);
  for (const q of [...quoted].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, q.start - span.start) + ' '.repeat(q.end - q.start) + rest.slice(q.end - span.start);
  return /[\p{L}\p{N}]/u.test(rest.replace(/[“”]/g, ''));
}

interface RawDoc {
  id: string;
  text: string;
  attributions: NytAttribution[];
}

/** One archive article with its marks restored, its attributions re-typed and its quotes and speakers derived. */
export function restoreNytDoc(doc: RawDoc): NytDoc {
  const { text, at } = restoreMarks(doc.text);
  const move = (s: NytSpan): NytSpan => {
    const start = at(s.start);
    const end = at(s.end);
    return { start, end, text: text.slice(start, end) };
  };
  const attributions = doc.attributions.map((a) => ({
    ...a,
    content: a.content.map(move),
    cue: a.cue?.map(move),
    source: a.source.map(move),
  }));
  const quotes: NytDoc['quotes'] = [];
  const speakers: NytDoc['speakers'] = [];
  attributions.forEach((a, index) => {
    let open = false;
    const pieces = a.content.map((c) => {
      const found = quotedIn(text, c, open);
      open = found.open;
      return { c, q: found.pieces };
    });
    const quoted = pieces.flatMap((p) => p.q);
    if (!quoted.length) {
      a.type = 'indirect';
      return;
    }
    const mixed = pieces.some((p) => hasUnquotedWords(text, p.c, p.q));
    a.type = mixed ? 'mixed' : 'direct';
    for (const q of quoted) {
      const quoteIndex = quotes.length;
      quotes.push({ ...q, attribution: index, partial: mixed, words: wordCount(q.text) });
      const source = a.source[0];
      if (source && !a.no_source)
        speakers.push({ ...source, quote_index: quoteIndex, mention_type: mentionType(source.text) });
    }
  });
  return { id: doc.id, text, quotes, speakers, attributions };
}
