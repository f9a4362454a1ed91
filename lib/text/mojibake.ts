// Web text decoded with the wrong character set: the UTF-8 bytes of "ñ" read as Latin-1 give "Ã±" ("PeÃ±a Nieto"),
// read so twice "Ã\u0083Â±"; text normalised after that writes "Ã" as "A" and a combining tilde and "¼" as "1⁄4"
// ("GÃ1⁄4len" for "Gülen"). The mis-read byte ("±") is no letter, so a name stops there ("Enrique PeÃ") and the
// person is lost. The repair reads each such run as the letter it was, in place: the letter, then fillers up to the
// run's length, so every offset holds (like the masked abbreviation points).

/**
 * What fills the rest of a repaired run: U+3164 HANGUL FILLER, a letter (so a name reader takes it as part of the
 * word) that no English or German text writes. Shown text drops it (see withoutFillers).
 */
export const FILLER = '\u3164';

// A byte that opens a two-byte UTF-8 letter, read as Latin-1, composed or as "A" and a combining mark: Ã (0xC3,
// "ñ", "é", "ü") and Â (0xC2, and the first of a twice-read run) before what compatibility normalising made of the
// next byte too; Ä and Å (0xC4, 0xC5: "č", "ł", "š") before the byte itself.
const LEAD = '(?:[\\u00C2\\u00C3]|A[\\u0302\\u0303])';
const LEAD_EXTENDED = '(?:[\\u00C4\\u00C5]|A[\\u0308\\u030A])';
// The byte after it (0x80–0xBF) as read: the character itself, or what normalising made of it ("1⁄4" of "¼", "o" of
// "º", "1" of "¹", "μ" of "µ").
const BYTE = '[\\u0080-\\u00BF]';
const FORM = '(?:[123]\\u2044[24]|[123oaμ])';
const RUN = new RegExp(`(?:${LEAD}(?:${BYTE}|${FORM})|${LEAD_EXTENDED}${BYTE})+`, 'g');
// Quick test before the scan: most text holds no lead byte at all.
const ANY_LEAD = /[\u00C2-\u00C5]|A[\u0302\u0303\u0308\u030A]/;

// Compatibility forms back to the byte they were read from.
const FORM_BYTES: Record<string, string> = {
  '1\u20444': '\u00BC',
  '1\u20442': '\u00BD',
  '3\u20444': '\u00BE',
  o: '\u00BA',
  a: '\u00AA',
  '1': '\u00B9',
  '2': '\u00B2',
  '3': '\u00B3',
  μ: '\u00B5',
};
const FORMS = /[123]\u2044[24]|(?<=[\u00C2\u00C3])[123oaμ]/g;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** One reading of Latin-1 characters as the UTF-8 bytes they were, or null when they are no UTF-8. */
function asUtf8(s: string): string | null {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return null;
    bytes[i] = c;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** The letters a mis-read run stood for ("Ã±" → "ñ", read twice "Ã\u0083Â±" → "ñ"), or null. */
export function decodeRun(run: string): string | null {
  let s = run.normalize('NFC').replace(FORMS, (form) => FORM_BYTES[form]);
  let decoded: string | null = null;
  for (let next = asUtf8(s); next !== null && next !== s; next = asUtf8(s)) decoded = s = next;
  // A control character left over is no letter: the run was something else.
  return decoded !== null && !/[\u0000-\u001F\u0080-\u009F]/.test(decoded) ? decoded : null;
}

/** The text with every mis-read run repaired in place (same length, same offsets); the same string when none is. */
export function repairMojibake(text: string): string {
  if (!ANY_LEAD.test(text)) return text;
  return text.replace(RUN, (run) => {
    const letters = decodeRun(run);
    return letters === null || letters.length > run.length ? run : letters + FILLER.repeat(run.length - letters.length);
  });
}

/** Repaired text as shown: without its fillers. */
export const withoutFillers = (s: string) => (s.includes(FILLER) ? s.replaceAll(FILLER, '') : s);
