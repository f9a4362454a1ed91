// One entry per source: name, type, role as the article gives it, other names used, and their quotes.
import type { Quote, ReportedSpeech, Speaker } from '../types';
import type { PeopleIndex } from './people';

export function buildSpeakers(quotes: Quote[], reported: ReportedSpeech[], people: PeopleIndex): Speaker[] {
  const speakers = new Map<string, Speaker>();
  const entry = (name: string, type: Speaker['type'], role: string | null) => {
    const key = name.toLowerCase();
    let speaker = speakers.get(key);
    if (!speaker) speakers.set(key, (speaker = { name, type, role, aliases: [], quotes: [], reported: [] }));
    speaker.role ??= role;
    return speaker;
  };
  quotes.forEach((q, i) => q.speaker && entry(q.speaker, q.speakerType, q.speakerRole).quotes.push(i));
  reported.forEach((r, i) => r.speaker && entry(r.speaker, r.speakerType, null).reported.push(i));
  for (const speaker of speakers.values()) {
    const person = speaker.type === 'person' ? people.byName(speaker.name) : null;
    const surname = speaker.name.split(/\s+/).pop()!;
    if (person && surname !== speaker.name) speaker.aliases.push(surname);
    speaker.role ??= person?.role ?? null;
  }
  return [...speakers.values()];
}
