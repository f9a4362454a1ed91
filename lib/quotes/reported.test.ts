// Reported speech (no quotation marks), one pattern each: where the source sits and what the content is.
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { makeArticle as articleOf } from '../../tests/factories';

const cases: { name: string; text: string; content: string; speaker: string }[] = [
  {
    name: 'an introductory phrase before the source',
    text: 'During the rally on Monday, the former president said the new law is causing premiums to rise.',
    content: 'the new law is causing premiums to rise',
    speaker: 'the former president',
  },
  {
    name: 'a party tag in parentheses after the name',
    text: 'Sen. Maria Lopez (R-Ga.) said she did not believe those attacks had hurt the party in 2012.',
    content: 'she did not believe those attacks had hurt the party in 2012',
    speaker: 'Maria Lopez',
  },
  {
    name: 'a plural source with say',
    text: 'Many lawmakers say there are also serious national security concerns.',
    content: 'there are also serious national security concerns',
    speaker: 'Many lawmakers',
  },
  {
    name: 'a long apposition between the source and the cue',
    text: 'Maria Lopez, senior associate for education organizing at the Institute for School Reform, said parents still want neighborhood schools.',
    content: 'parents still want neighborhood schools',
    speaker: 'Maria Lopez',
  },
  {
    name: 'content, then according to X',
    text: 'Clinton beats Trump by 46 percent to 42 percent, according to the poll.',
    content: 'Clinton beats Trump by 46 percent to 42 percent',
    speaker: 'the poll',
  },
  {
    name: 'a dateline before the report is not part of it',
    text: 'NUR-SULTAN (Pakistan Point News / Sputnik - 12th January, 2022) - Kazakh President Tokayev has arrived in Almaty, his spokesman Berik Uali said on Wednesday.',
    content: 'Kazakh President Tokayev has arrived in Almaty',
    speaker: 'Berik Uali',
  },
  {
    name: 'a participle phrase after an according-to source belongs to the source',
    text: 'According to the study, published in BMJ Case Reports, the 43-year-old man had suffered months of dizziness.',
    content: 'the 43-year-old man had suffered months of dizziness',
    speaker: 'the study',
  },
  {
    name: 'content, then said X',
    text: 'The plan is more tinkering at the edges than real reform, said Maria Lopez.',
    content: 'The plan is more tinkering at the edges than real reform',
    speaker: 'Maria Lopez',
  },
];

describe('not reported speech', () => {
  it('claiming responsibility is a deed, not a statement', () => {
    const a = articleOf(['The Afghan Taliban claimed responsibility for shooting down the helicopter near Kabul.']);
    expect(attributeQuotes(a, detectQuotes(a)).reported).toEqual([]);
  });
});

describe('reported speech patterns', () => {
  it.each(cases)('$name', ({ text, content, speaker }) => {
    const a = articleOf([text]);
    const { reported } = attributeQuotes(a, detectQuotes(a));
    expect(reported.map((r) => [r.text, r.speaker])).toEqual([[content, speaker]]);
  });
});
