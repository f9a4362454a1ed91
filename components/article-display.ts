// How the article's own facts are shown in the header and the Text section. Display only: notes and exports keep
// what the page said.

/** The outlet: the page's site name, else its address without "www." ("nytimes.com"), so the header names a source. */
export function outletOf(article: { siteName: string | null; url: string }): string | null {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** A word in capitals of three letters or more ("KINNARD"); one or two (AP, UK) are taken as initialisms. */
const SHOUTED = /^\p{Lu}[\p{Lu}'’.-]*\p{Lu}[\p{Lu}'’.-]*\p{Lu}$/u;

/** A name in capitals; capitals with no vowel ("BBC", "CNN", "NPR") are an outlet's initials and stay as they are. */
const shoutedName = (word: string) => SHOUTED.test(word) && /[AEIOUY]/.test(word);

/**
 * A byline set in capitals ("MEG KINNARD and ERRIN HAINES, Associated Press") in title case ("Meg Kinnard and
 * Errin Haines, Associated Press"). Only when two words or more are in capitals: one ("Jane Doe, BBC News") is an
 * initialism and the byline is left alone.
 */
export function readableByline(byline: string): string {
  const words = byline.match(/\p{L}[\p{L}'’.-]*/gu) ?? [];
  if (words.filter(shoutedName).length < 2) return byline;
  return byline.replace(/\p{L}[\p{L}'’.-]*/gu, (word) =>
    shoutedName(word)
      ? word.charAt(0) +
        word
          .slice(1)
          .toLowerCase()
          .replace(/([-'’]\p{L})/gu, (m) => m.toUpperCase())
      : word,
  );
}
