// A quote as a reader sees it. The words between the marks can end with the punctuation of the sentence around
// them: "We will win," he said. / He said: "We will win:" then... Shown alone, that comma or colon is noise. The
// stored text keeps it (it is what the page says, and what a text fragment or a re-anchoring looks for).

/** Punctuation that joins a quote to the sentence it sits in, not part of what was said. */
// prettier-ignore
const JOINING = [
  ',', '،', '，', // comma: Latin, Arabic, full-width
  ':', '：',      // colon: Latin, full-width
  ';', '；',      // semicolon: Latin, full-width
];

const TRAILING = new RegExp(`[\\s${JOINING.join('')}]+$`, 'u');

/** The quote's words for display: paragraph breaks as spaces, no trailing comma, colon or semicolon. */
export function shownQuote(text: string): string {
  return text.replace(/\s*\n\n\s*/g, ' ').replace(TRAILING, '');
}

/** Marks that open a quotation, each with the one that closes it. A straight " is shown as its curly form. */
// prettier-ignore
const PAIRS: [string, string][] = [
  ['“', '”'], ['„', '“'], ['«', '»'], ['»', '«'], ['‘', '’'], ['‚', '‘'], ['「', '」'], ['『', '』'],
  ['‹', '›'],
];

/**
 * The marks the article itself put around the quote starting at `start` in `text` ("« … »" in French, "„ … “" in
 * German), so the panel does not rewrite them; “ ” when the article's marks cannot be read there.
 */
export function quoteMarks(text: string, start: number): [string, string] {
  const before = text.slice(Math.max(0, start - 2), start).trimEnd();
  const open = before.at(-1);
  const pair = PAIRS.find(([o]) => o === open) ?? ['“', '”'];
  // French sets « » off from the words by a no-break space.
  return pair[0] === '«' ? ['«\u00a0', '\u00a0»'] : pair;
}
