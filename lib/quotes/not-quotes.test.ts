// German-marked names and titles versus German quotations, one case each.
import { describe, expect, it } from 'vitest';
import { detectQuotes } from './detect';
import { pieceCount, wordCount } from './not-quotes';
import { randomStrings } from '../text/random-strings';
import { makeArticle as articleOf } from '../../tests/factories';

// prettier-ignore
const cases: [string, string, string[]][] = [
  ['an organisation name in „…“ is no quote', 'Die „Koalition für Einheit und Entwicklung“ gewann die Wahl deutlich.', []],
  ['a work title in „…“ is no quote', 'Der Chor sang zum Abschluss die „Ode an die Freude“ vor dem Rathaus.', []],
  ['a colon introduces a short German quote', 'Der Minister erklärte: „Die Lage ist ernst“', ['Die Lage ist ernst']],
  ['a speech verb after the quote keeps it', 'Die Partei habe „Totengräber der Demokratie“ genannt, hieß es später.', ['Totengräber der Demokratie']],
  ['a comma and a verb after the mark continue speech', '„Ich trete an als ein Konservativer“, strich Romney heraus.', ['Ich trete an als ein Konservativer']],
  ['a first-person opening is speech', 'Sie sprühten Parolen an die Wand, etwa „Wir erwarten euch alle“ und mehr.', ['Wir erwarten euch alle']],
  ['a lower-case partial quote is speech', 'Der Prozess habe die Rechte aller „mit Füßen getreten“ und nichts geklärt.', ['mit Füßen getreten']],
  ['only German marks are read this way: “…” stays', 'The choir sang “Ode an die Freude” in the square.', ['Ode an die Freude']],
];

describe('German titles in quotation marks', () => {
  it.each(cases)('%s', (_name, paragraph, expected) => {
    const a = articleOf([paragraph]);
    expect(detectQuotes(a).map((q) => q.text)).toEqual(expected);
  });
});

const english: [string, string, string[]][] = [
  [
    'a song title with the sentence’s comma inside the marks',
    'The band closed with “What a Fool Believes,” and left.',
    [],
  ],
  ['a title with the period inside the marks', 'Her new book is called “The Kiss Was Beautiful.”', []],
  ['a point inside a number is no sentence end', 'The plan is called “Homes For 100.000 Families” in the report.', []],
  [
    'a sentence in sentence case stays a quote',
    '“The bridge will be open by June,” she said.',
    ['The bridge will be open by June,'],
  ],
  [
    'a first-person title-cased line stays a quote',
    '“We Will Not Back Down,” the crowd chanted.',
    ['We Will Not Back Down,'],
  ],
  [
    'a longer title opening with a pronoun is a work’s title',
    'The band closed with “You Loved Me Like a Distant Star” and left.',
    [],
  ],
  ['a headline quote runs past eight words', 'Kasich: “We Are Going To Go All The Way To Cleveland and Win It”', []],
  [
    'a long title-cased line with a speech cue beside it is speech',
    '“Crooked Rivals Are Unfit To Serve As Mayor Of The Great City,” the candidate tweeted on Monday.',
    ['Crooked Rivals Are Unfit To Serve As Mayor Of The Great City,'],
  ],
  [
    'the source a report quotes "as saying" is a label, not its words',
    'The station quoted “senior harbour officials” as saying the ferries would sail again.',
    [],
  ],
  ['a date alone in the marks is no quote', 'The notice on the gate is dated “October 12, 2019” in pencil.', []],
  [
    'an event’s title-cased name with commas and a saint’s "St." is no quote',
    'Families crowded the pier for the town’s “Biggest, Brightest, St. Ives Harbour Fair Ever,” which ran all day.',
    [],
  ],
  [
    'a short cry parted by commas stays a quote',
    'The hall answered with chants of “Moreno, Moreno, Moreno” until the lights went out.',
    ['Moreno, Moreno, Moreno'],
  ],
  [
    'a longer line parted by commas with a cue beside it is speech',
    '“Save Our Ferries, Save Our Jobs, Save Our Town,” the dockers chanted.',
    ['Save Our Ferries, Save Our Jobs, Save Our Town,'],
  ],
  [
    'a title with a subtitle after a work’s noun is no quote',
    'In her 2004 memoir “Harbour Lights: A Life on the Northern Ferries,” she recalls the winter storms.',
    [],
  ],
  [
    'a title with a subtitle after "according to" someone’s is no quote',
    'According to Ann Rowe’s “The Keepers: Lighthouse Families of the North Coast” the lamp was first lit in 1890.',
    [],
  ],
  [
    'a short title with commas after "podcast" is the show’s name',
    'She co-hosts the weekly podcast “Well, That Went Well.” with two friends.',
    [],
  ],
  [
    'a term after "what’s called" names something, no one says it',
    'The farmer was treated for what’s called “hay loft fever,” a reaction to mould.',
    [],
  ],
  [
    'what a named speaker called something stays a quote',
    'The mayor criticised what she called “a reckless waste of public money.”',
    ['a reckless waste of public money.'],
  ],
  [
    'the words on signs named after the marks are no quote',
    'Dozens of neighbours waved “save our little library” signs outside the hall.',
    [],
  ],
  [
    'a sign’s words after "a sign saying" stay a quote',
    'One woman held a sign saying “hands off our little library” all morning.',
    ['hands off our little library'],
  ],
  [
    'a title-cased line with a colon and no work beside it stays a quote',
    '“We Will Win: Mark My Words,” the mayor said.',
    ['We Will Win: Mark My Words,'],
  ],
];

describe('English titles in quotation marks', () => {
  it.each(english)('%s', (_name, paragraph, expected) => {
    const a = articleOf([paragraph]);
    expect(detectQuotes(a).map((q) => q.text)).toEqual(expected);
  });
});

describe('wordCount', () => {
  it('counts the pieces between white space that hold a letter or a number, whatever joins their letters', () => {
    // Three pieces: an apostrophe, a dash and a comma join no two words ("[\p{L}\p{N}]+" runs would count six).
    expect(wordCount(" don't stop—now\u00a01,000 ")).toBe(3);
    // A piece of marks alone is no word; an astral letter is one.
    expect(wordCount('— … \u{1D400}\u2003x')).toBe(2);
    expect(wordCount('')).toBe(0);
  });
});

describe('pieceCount: the pieces of split(/\\s+/) that are not empty', () => {
  it('is the split on random texts', () => {
    const pieces = ['word', 'A', '“', '—', '𝐀', '', '.'];
    for (const text of randomStrings(pieces, [' ', '  ', '\n', '\u00a0', '\u2009', '', '\t'], 2000, 5, 10))
      expect(pieceCount(text), JSON.stringify(text)).toBe(text.split(/\s+/).filter(Boolean).length);
  });
});
