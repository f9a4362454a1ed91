// Judging PolNeAR speakers on the name shown: name mentions, annotated referents, unnamed sources.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  judgeSpeaker,
  loadReferents,
  nameMentionMatches,
  namesInMention,
  sourceKind,
  unnamedSourceMatches,
} from './polnear-speakers';

const at = { start: 10, end: 12 };

describe('name mentions', () => {
  it('drops party tags and what follows the name', () => {
    expect(namesInMention('Rep. G.K. Butterfield (D-N.C.), head of the Caucus')).toEqual(['Rep. G.K. Butterfield']);
    expect(namesInMention('Mr. Morgan of the Sierra Club')).toEqual(['Mr. Morgan']);
    expect(namesInMention('House Speaker Paul Ryan, R-Wis.,')).toEqual(['House Speaker Paul Ryan']);
  });

  it.each([
    ['surname of a titled name', 'Claire McCaskill', 'Sen. Claire McCaskill (D-Mo.)', true],
    ['name after an apposition', 'Laurence H. Tribe', 'Another critic, Laurence H. Tribe,', true],
    ['the name shown carries the party tag', 'Claire McCaskill D-Mo', 'Sen. Claire McCaskill (D-Mo.)', false],
    ['someone named in the mention is not its speaker', 'Scott', "Scott's niece, state Del. Marcia Price", false],
    ['campaign named, spokesman speaks', 'Trump', 'Trump campaign spokesman Jason Miller', false],
    [
      'an unnamed document described in its own words',
      'A Government Accountability Office report',
      'A Government Accountability Office report released last year',
      true,
    ],
    [
      'a description shown where the mention gives a name',
      "One of the firm's executives",
      "One of the firm's executives, Maria Lopez,",
      false,
    ],
    ['no speaker', null, 'Mr. Morgan', false],
    ['a given name alone', 'Hillary Clinton', 'Hillary', true],
    ['a family name written first', 'Ban Ki-moon', 'Ban', true],
    ['another given name', 'Hillary Clinton', 'Chelsea', false],
    ['a surname is no given name', 'Clinton', 'Hillary', false],
    ['a reflexive after the name', 'Bernie Sanders', 'Sanders himself', true],
    ['a party tag the span cuts off', 'Pat Toomey', 'Sen. Pat Toomey (R-Pa.', true],
  ])('%s', (_n, shown, mention, ok) => expect(nameMentionMatches(shown, mention as string)).toBe(ok));
});

describe('unnamed sources', () => {
  it.each([
    ['the mention itself', 'a source familiar with the talks', true],
    ['a shorter description in its words', 'source', true],
    ['a person named instead', 'Donald Trump', false],
    ['a bare pronoun', 'he', false],
    ['none', null, false],
  ])('%s', (_n, shown, ok) =>
    expect(
      unnamedSourceMatches(shown as string | null, { mention: 'a source familiar with the talks', description: null }),
    ).toBe(ok),
  );

  it('the annotated description counts', () =>
    expect(unnamedSourceMatches('campaign officials', { mention: 'they', description: 'campaign officials' })).toBe(
      true,
    ));
});

describe('judgeSpeaker', () => {
  const pronoun = { ...at, text: 'he', mention_type: 'pronoun' as const };
  const ref = { ...at, mention: 'he', referent: 'Donald Trump', type: 'person' as const, aliases: ['Trump'] };

  it('judges a pronoun on its annotated referent, not on the mention picked', () => {
    expect(judgeSpeaker({ speaker: 'Trump', speakerMention: { start: 90, end: 92 } }, pronoun, ref)).toEqual({
      right: true,
      basis: 'shown name',
    });
    expect(judgeSpeaker({ speaker: 'Mike Pence', speakerMention: at }, pronoun, ref)).toEqual({
      right: false,
      basis: 'shown name',
    });
  });

  it('judges a description typed as a name ("the Ohio senator") on its annotated referent, like a role noun', () => {
    const description = { ...at, text: 'the Ohio senator', mention_type: 'name' as const };
    const senator = { ...ref, mention: 'the Ohio senator', referent: 'Ana Silva', aliases: ['Silva'] };
    // Without the annotation only the description as written passes the name rule; with it, only the person.
    expect(judgeSpeaker({ speaker: 'Ana Silva', speakerMention: at }, description, undefined).right).toBe(false);
    expect(judgeSpeaker({ speaker: 'the Ohio senator', speakerMention: at }, description, undefined).right).toBe(true);
    expect(judgeSpeaker({ speaker: 'Ana Silva', speakerMention: at }, description, senator).right).toBe(true);
    expect(judgeSpeaker({ speaker: 'the Ohio senator', speakerMention: at }, description, senator).right).toBe(false);
  });

  it('counts a description typed as a name under nominal once a referent is annotated for it', () => {
    const description = { ...at, text: 'the Ohio senator', mention_type: 'name' as const };
    expect(sourceKind(description, undefined)).toBe('name');
    expect(sourceKind(description, { ...ref, mention: 'the Ohio senator' })).toBe('nominal');
    expect(sourceKind(pronoun, ref)).toBe('pronoun');
  });

  it('falls back to the mention rule without an annotation, and says so; a null speaker is still wrong', () => {
    expect(judgeSpeaker({ speaker: 'Mike Pence', speakerMention: at }, pronoun, undefined)).toEqual({
      right: true,
      basis: 'mention rule',
    });
    expect(judgeSpeaker({ speaker: null, speakerMention: at }, pronoun, undefined).right).toBe(false);
  });

  it('reads the referent file by article and span', () => {
    const dir = mkdtempSync(join(tmpdir(), 'referents-'));
    writeFileSync(join(dir, 'polnear-referents-dev.json'), JSON.stringify({ split: 'dev', articles: { a1: [ref] } }));
    expect(loadReferents('dev', dir)?.get('a1')?.get('10:12')?.referent).toBe('Donald Trump');
    expect(loadReferents('train', dir)).toBeNull();
  });
});

describe('a one-word given name against a shown full name (review23 finding 9)', () => {
  it('is right only when no other speaker shown in the document has that first word', () => {
    expect(nameMentionMatches('Donald Trump Jr.', 'Donald')).toBe(true);
    expect(nameMentionMatches('Donald Trump Jr.', 'Donald', ['Donald Trump', 'Donald Trump Jr.'])).toBe(false);
    expect(nameMentionMatches('Bill Clinton', 'Bill', ['Bill Clinton', 'Hillary Clinton'])).toBe(true);
    expect(nameMentionMatches('Donald Trump', 'Trump', ['Donald Trump Jr.'])).toBe(true);
  });
});
