// A nickname in quote marks inside a name ("Rep. Robert C. “Bobby” Scott", "James "Whitey" Bulger"): US papers write
// it so when they introduce the person, who goes by it. The marks cut the name in two ("said Robert" showed "Robert"),
// so the given name before the nickname and the marks are blanked, same length, before the attribution reads the
// text: the name reads "Bobby Scott", as the person is known.

// A capitalised word and perhaps an initial, then one capitalised word in marks, then a capitalised word, on one line.
const NICKNAME = new RegExp(
  "(?<![\\p{L}'’\\u2024.-])\\p{Lu}[\\p{L}'’-]*(?:[^\\S\\n]+\\p{Lu}[\\u2024.])?[^\\S\\n]+" +
    '[“"](\\p{Lu}[\\p{L}\'’-]*)[”"](?=[^\\S\\n]+\\p{Lu}\\p{Ll})',
  'gu',
);

/** The text with each name written with a nickname in marks read as the nickname and surname; offsets hold. */
export const withoutNicknames = (text: string): string =>
  text.includes('“') || text.includes('"')
    ? text.replace(NICKNAME, (whole, nick: string) => {
        const at = whole.length - nick.length - 1;
        return ' '.repeat(at) + nick + ' ';
      })
    : text;
