// The main clause's subject: each fronted row's example, the span up to the main verb, the speaker a sentence ends on,
// and the pronoun resolver using them (resolve.ts: the subject of the sentence before a "he said").
import { describe, expect, it } from 'vitest';
import { FRONTED, mainClauseStart, mainSubjectSpan, trailingSpeaker } from './main-subject';
import { speakersNamed } from './test-helpers';

describe('mainClauseStart', () => {
  // Each row's example: the main clause starts right after the words in brackets.
  for (const rule of FRONTED)
    for (const example of rule.example.split('; '))
      it(`${rule.id}: ${example}`, () => {
        const sentence = example.replace(/[[\]]/g, '');
        expect(mainClauseStart(sentence)).toBe(example.indexOf(']') - 1);
      });

  it('steps over several fronted phrases in turn', () => {
    const sentence = 'But on Monday, after meeting Jones, Smith said the deal was off.';
    expect(sentence.slice(mainClauseStart(sentence))).toBe('Smith said the deal was off.');
  });

  it('leaves a sentence that opens on its subject alone, a name ending in -ed or -ing too', () => {
    expect(mainClauseStart('Smith said the deal was off.')).toBe(0);
    expect(mainClauseStart('Fred Smith, a farmer, said the deal was off.')).toBe(0);
    expect(mainClauseStart('Sterling Jones, a farmer, said the deal was off.')).toBe(0);
    expect(mainClauseStart('Kelly, a nurse, said the deal was off.')).toBe(0);
  });
});

describe('mainSubjectSpan', () => {
  const subject = (s: string) => {
    const span = mainSubjectSpan(s);
    return span && s.slice(span.start, span.end).trim();
  };

  it('runs to the main verb, an apposition included', () => {
    expect(subject('Smith, a Republican from Ohio, said the deal was off.')).toBe('Smith, a Republican from Ohio,');
    expect(subject('When Jones arrived, Mark Smith was already on stage.')).toBe('Mark Smith');
  });

  it('marks a relative clause as an aside: no name in it is the subject', () => {
    const s = 'Smith, who met Jones on Monday, said the deal was off.';
    const span = mainSubjectSpan(s)!;
    expect(span.asides.map((a) => s.slice(a.start, a.end))).toEqual([', who met Jones on Monday']);
  });

  it('ends at a present verb in -s, not at a possessive or a plural noun for people', () => {
    expect(subject('Mark Jones wants Tom Baker to take the job.')).toBe('Mark Jones');
    expect(subject('Mark Jones pushes Tom Baker to run.')).toBe('Mark Jones');
    expect(subject('Mark Jones and his wife met Tom Baker.')).toBe('Mark Jones and his wife');
    expect(subject('Some Jones supporters met Tom Baker.')).toBe('Some Jones supporters');
    expect(subject("Mark Jones's boss met Tom Baker.")).toBe("Mark Jones's boss");
  });

  it('is found after a fronted clause that sets a few words off in quote marks (a scare quote)', () => {
    expect(subject('While Ann Reyes called the plan “reckless” on Monday, Tom Ward defended it.')).toBe('Tom Ward');
    expect(subject('If your “principles” mean giving up the court, they are no principles.')).toBe('they');
  });

  it('is found after a connective, null when no finite verb follows', () => {
    expect(subject('Then there is Axelrod')).toBe('there');
    expect(mainSubjectSpan('A big night for Smith')).toBeNull();
  });
});

describe('trailingSpeaker', () => {
  const speaker = (s: string) => {
    const found = trailingSpeaker(s);
    return found && s.slice(found.start, found.end);
  };

  it('is the name a sentence ends on as its speaker', () => {
    expect(speaker('Jones is a fraud, Mark Smith said.')).toBe('Mark Smith');
    expect(speaker('Jones is a fraud, said Mark Smith.')).toBe('Mark Smith');
    expect(speaker('Jones is a fraud, Smith told reporters on Monday.')).toBe('Smith');
  });

  it('is none for a sentence that does not end on its speaker', () => {
    expect(speaker('Smith said Jones is a fraud.')).toBeNull();
    expect(speaker('Smith, who met Jones, said the deal was off.')).toBeNull();
  });
});

describe('the subject of the sentence before a "he said"', () => {
  it('is the main clause’s, not a name in a clause fronted before it', () => {
    expect(
      speakersNamed([
        'When Tom Baker arrived at the hall, Mark Jones had already left for the airport.',
        '“We will win this fight in the spring,” he said.',
      ]),
    ).toEqual(['Mark Jones']);
  });

  it('is the main clause’s after a fronted clause holding a scare quote', () => {
    expect(
      speakersNamed([
        'When Tom Baker called the old regime “strong” during the debate, Mark Jones sharply objected.',
        '“That regime killed its own people,” he said.',
      ]),
    ).toEqual(['Mark Jones']);
  });

  it('is the speaker a reported clause ends on, not a name in what was said', () => {
    expect(
      speakersNamed([
        'Tom Baker has no plan for the town, Mark Jones said on Monday.',
        '“He never had one and never will,” he said.',
      ]),
    ).toEqual(['Mark Jones']);
  });

  it('stays the first person named when the main clause is a name’s own', () => {
    expect(
      speakersNamed([
        'Mark Jones, who met Tom Baker on Monday, left for the airport.',
        '“We will win this fight in the spring,” he said.',
      ]),
    ).toEqual(['Mark Jones']);
  });
});

describe('the last resort for a "he said" with no subject in the sentence before', () => {
  it('skips a person named in passing in a sentence whose subject is someone else', () => {
    expect(
      speakersNamed([
        '“The budget is late again,” said Tom Baker, the council leader.',
        'Baker lists the reasons why Paul Diaz would be the better choice for mayor next year.',
        'The list is long.',
        '“We cannot wait another year for this,” he said.',
      ]),
    ).toEqual(['Tom Baker', 'Tom Baker']);
  });

  it('still takes the object of the main verb, who may well speak next (review27 finding 18)', () => {
    expect(
      speakersNamed([
        '“The budget is late again,” said Tom Baker, the council leader.',
        'Mark Jones, the team’s owner, hired Paul Diaz as head coach on Friday.',
        'The contract runs for four years.',
        '“I have wanted this job since I was a boy,” he said.',
      ]),
    ).toEqual(['Tom Baker', 'Paul Diaz']);
  });

  it('still takes a person who is their own sentence’s subject', () => {
    expect(
      speakersNamed([
        '“The budget is late again,” said Tom Baker, the council leader.',
        'Paul Diaz lists the reasons why the budget would be better next year.',
        'The list is long.',
        '“We cannot wait another year for this,” he said.',
      ]),
    ).toEqual(['Tom Baker', 'Paul Diaz']);
  });
});
