import { describe, expect, it } from 'vitest';
import { mentionType, restoreMarks, restoreNytDoc } from './polnear-nyt';

describe('restoreMarks', () => {
  it('turns paired apostrophes into opening and closing marks and maps offsets', () => {
    const raw = "The mayor said, ''We will rebuild.'' Then he left.";
    const { text, at } = restoreMarks(raw);
    expect(text).toBe('The mayor said, “We will rebuild.” Then he left.');
    expect(text.slice(at(raw.indexOf('Then')), at(raw.length))).toBe('Then he left.');
    expect(text[at(raw.indexOf("''We"))]).toBe('“');
  });

  it('reads three apostrophes as a double mark beside a single one', () => {
    expect(restoreMarks("She said, '''No' is an answer.''").text).toBe("She said, “'No' is an answer.”");
    expect(restoreMarks("He said, ''They told me 'no.'''").text).toBe("He said, “They told me 'no.'”");
  });

  it('keeps a possessive apostrophe as it is', () => {
    expect(restoreMarks("the senator's aide said ''fine''").text).toBe("the senator's aide said “fine”");
  });
});

describe('restoreNytDoc', () => {
  const raw = "''We are ready,'' Ms. Diaz said. She added that ''the plan is sound'' and left.";
  const span = (s: string) => ({ start: raw.indexOf(s), end: raw.indexOf(s) + s.length, text: s });
  const doc = restoreNytDoc({
    id: 'x',
    text: raw,
    attributions: [
      {
        type: 'indirect',
        content: [span("''We are ready,''")],
        cue: [span('said')],
        source: [span('Ms. Diaz')],
        no_source: false,
      },
      {
        type: 'indirect',
        content: [span("that ''the plan is sound''")],
        cue: [span('added')],
        source: [span('She')],
        no_source: false,
      },
    ],
  });

  it('derives quotes, partial when reported speech surrounds them', () => {
    expect(doc.quotes.map((q) => [q.text, q.partial])).toEqual([
      ['We are ready,', false],
      ['the plan is sound', true],
    ]);
    expect(doc.attributions.map((a) => a.type)).toEqual(['direct', 'mixed']);
    for (const q of doc.quotes) expect(doc.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('gives each quote its attribution source, typed as the converter typed it', () => {
    expect(doc.speakers.map((s) => [s.text, s.mention_type])).toEqual([
      ['Ms. Diaz', 'name'],
      ['She', 'pronoun'],
    ]);
    expect(mentionType('the company')).toBe('nominal');
    expect(mentionType('the Vermont senator')).toBe('name');
  });

  it('joins a content fragment that goes on a quote the fragment before left open', () => {
    const text = "She said ''we must act. It is late.'' Then she left.";
    const first = { start: text.indexOf("''we"), end: text.indexOf(' It is'), text: '' };
    const second = { start: text.indexOf('It is'), end: text.indexOf(' Then'), text: '' };
    const joined = restoreNytDoc({
      id: 'y',
      text,
      attributions: [{ type: 'indirect', content: [first, second], source: [], no_source: true }],
    });
    expect(joined.quotes.map((q) => q.text)).toEqual(['we must act.', 'It is late.']);
  });
});
