// Quoted words that are not quotations: titles of works, names and nicknames, terms in scare quotes.

const MIN_WORDS = 3;
const NAMING_CUE = /\b(?:titled|entitled|named|nicknamed|dubbed|known as|so-called|called the|the word|the phrase|the term|hashtag|slogan)\s*$/i;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'vs', 'de', 'la']);

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Every word capitalised (small words aside) and no sentence punctuation: reads as a title or a name. */
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > 8 || /[.!?,;:]$/.test(text.trim())) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

export function isNotAQuote(quoted: string, before: string): boolean {
  if (wordCount(quoted) < MIN_WORDS) return true;
  if (NAMING_CUE.test(before)) return true;
  return looksLikeTitle(quoted) && !/^(?:I|We|You|It)\b/.test(quoted);
}
