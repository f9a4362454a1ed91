// The adverb test before a given name, over common sentence adverbs in "-ly" and given names that end like them
// (review30 finding 23, review31 finding 19): both sides kept.
import { describe, expect, it } from 'vitest';
import { adverbBeforeName } from './openers';

// prettier-ignore
const ADVERBS = [
  'Normally', 'Usually', 'Finally', 'Previously', 'Obviously', 'Surprisingly', 'Reportedly', 'Allegedly', 'Apparently',
  'Recently', 'Importantly', 'Hopefully', 'Arguably', 'Possibly', 'Immediately', 'Separately', 'Politely',
  'Definitely', 'Completely', 'Absolutely', 'Primarily', 'Directly', 'Abruptly', 'Promptly', 'Rightly', 'Slightly',
  'Honestly', 'Secretly', 'Quietly', 'Publicly', 'Similarly', 'Regularly', 'Particularly', 'Roughly', 'Rapidly',
  'Entirely', 'Extremely', 'Sincerely', 'Closely', 'Precisely', 'Formerly', 'Properly', 'Nearly', 'Clearly',
  'Certainly', 'Happily', 'Easily', 'Only', 'Frankly', 'Suddenly',
];
// prettier-ignore
const NAMES = ['Everly', 'Ainsly', 'Marly', 'Charly', 'Hadly', 'Brittly', 'Carly', 'Kelly', 'Emily', 'Beverly', 'Shelly'];

describe('a capitalised "-ly" word before a given name', () => {
  it.each(ADVERBS)('%s is an adverb', (word) => {
    expect(adverbBeforeName(word, 'Tom')).toBe(true);
  });
  it.each(NAMES)('%s is a name', (word) => {
    expect(adverbBeforeName(word, 'Anne')).toBe(false);
  });
});
