// Bylines as pages print them carry extras: "By MEG KINNARD, Associated Press",
// "Sputnik · Published January 12, 2022".
// Keep who wrote it; drop the "By", the publication-time tail and anything too long to be a byline.
import { MONTHS } from '../lexicon/en/calendar';

const MONTH = `(?:${MONTHS.map((m) => m.slice(0, 3)).join('|')})[a-z]*\\.?`;
// What a publication-time tail starts with: a label or a date, month first, day first or ISO.
const TIME_TAIL_STARTS = [
  '(?:published|updated|posted|last updated)\\b',
  `${MONTH}\\s+\\d{1,2}\\b`,
  `\\d{1,2}\\s+${MONTH}\\b`,
  '\\d{4}-\\d{2}-\\d{2}',
];
// The tail follows a separator, a space or the byline's last letter.
const TIME_TAIL = new RegExp(
  `(?:^|\\s*[·|•,\\-–—]\\s*|\\s+|(?<=\\p{L}))(?:${TIME_TAIL_STARTS.map((start) => `${start}.*`).join('|')})$`,
  'iu',
);
const MAX_BYLINE_CHARS = 120;

// Built once: under tsx (esbuild, node20 target) a `\p{…}` literal inside a function is a new RegExp on every call.
const ANY_LETTER = /\p{L}/u;

export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let byline = raw.replace(/\s+/g, ' ').trim();
  byline = byline.replace(/^(?:written\s+)?by[:\s]+/i, '');
  // No trim needed after these: the "By" prefix takes its spaces with it, and the last step its trailing ones.
  byline = byline.replace(TIME_TAIL, '');
  byline = byline.replace(/[\s·|•,\-–—]+$/, '');
  if (!byline || byline.length > MAX_BYLINE_CHARS || !ANY_LETTER.test(byline)) return null;
  return byline;
}
