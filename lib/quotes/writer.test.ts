import { describe, expect, it } from 'vitest';
import { WRITER_FORMS, writerOf } from './writer';
import { speakersNamed } from './test-helpers';

describe('the writer an article names (writer.ts)', () => {
  it.each(WRITER_FORMS)('$id reads its example', ({ example, pattern }) => {
    expect(pattern.exec(example)?.[1]).toBeTruthy();
  });

  it('reads the last two paragraphs only, one author, a name not opened by a grammar word', () => {
    const read = (text: string) =>
      writerOf(
        text,
        [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
      );
    expect(read('Body text here.\n\nMore body.\n\nNora Quill is a writer in Leeds.')).toBe('Nora Quill');
    expect(read('Nora Quill is a writer in Leeds.\n\nMore body.\n\nThe end.')).toBeNull();
    expect(read('Body.\n\nAlthough Bloomberg is rich, he did not run.')).toBeNull();
    expect(read('Body.\n\nNora Quill is a writer. Tom Ash is an editor.')).toBeNull();
  });

  it('"I" in the reporter\'s words is the writer named by an author\'s note; unnamed without one', () => {
    const body = [
      'My mother drove us to the coast every summer.',
      'When she asked me about it years later, I said, “I don’t remember the sea at all.”',
    ];
    expect(speakersNamed([...body, 'Nora Quill is a playwright and teacher in Leeds.'])[0]).toBe('Nora Quill');
    expect(speakersNamed(body)[0]).toBeNull();
  });

  it("takes no last line on the story's own subject for an author's note", () => {
    const mayor = speakersNamed([
      'I asked the mayor about the budget on Monday. “We will cut nothing,” she said.',
      '“That is not what you said in March,” I told her.',
      'Mayor Ann Reyes is up for re-election in November.',
    ]);
    expect(mayor[1]).toBeNull();
    const farmer = speakersNamed([
      'I met Tom Smith at his farm outside Dayton. “The drought is the worst I have seen,” he said.',
      '“How long can you last?” I asked.',
      'Tom Smith is expected to testify before Congress in May.',
    ]);
    expect(farmer).toEqual(['Tom Smith', null]);
    // A person the piece named before is its subject, whatever the last line says of him.
    const named = speakersNamed([
      'I met Tom Smith at his farm outside Dayton. “The drought is the worst I have seen,” he said.',
      '“How long can you last?” I asked.',
      'Tom Smith is the head of the county farm bureau.',
    ]);
    expect(named).toEqual(['Tom Smith', null]);
  });
});
