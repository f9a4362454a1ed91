import { describe, expect, it } from 'vitest';
import type { Quote, Speaker } from '../types';
import { retypeSpeakers } from './retype';

const quote = (speaker: string, speakerRole: string | null = null): Quote => ({
  text: 'x',
  start: 0,
  end: 1,
  paragraph: 0,
  partial: false,
  multiParagraph: false,
  speaker,
  speakerType: 'person',
  speakerRole,
  speakerMention: null,
});
const speaker = (name: string, role: string | null = null): Speaker => ({
  name,
  type: 'person',
  role,
  aliases: [],
  quotes: [0],
  reported: [],
});

describe('retypeSpeakers', () => {
  it('a "person" named like a place or a known organisation is an organisation speaking', () => {
    const out = retypeSpeakers(
      {
        quotes: [quote('Austria'), quote('Berik Uali', 'spokesman')],
        speakers: [speaker('Austria'), speaker('Berik Uali', 'spokesman')],
        reported: [],
      },
      new Set(['austria', 'google']),
    );
    expect(out.speakers.map((s) => [s.name, s.type, s.role])).toEqual([
      ['Austria', 'organization', null],
      ['Berik Uali', 'person', 'spokesman'],
    ]);
    expect(out.quotes.map((q) => q.speakerType)).toEqual(['organization', 'person']);
  });

  it('leaves the analysis as it was when no speaker is misread', () => {
    const analysis = { quotes: [quote('Berik Uali')], speakers: [speaker('Berik Uali')], reported: [] };
    expect(retypeSpeakers(analysis, new Set(['austria']))).toBe(analysis);
  });
});
