// One entry per source: name, type, role as the article gives it, other names used, and their quotes.
// Names found the same source ("Kennedy" and "James P. Kennedy Jr.", see same-speaker.ts) share one entry.
import type { Quote, ReportedSpeech, Speaker } from '../types';
import type { PeopleIndex } from './people';
import { sameSpeakers } from './same-speaker';
import { wordSet } from '../lexicon/build';
import { GENERATIONAL_SUFFIXES } from '../lexicon/en/names';

const SUFFIXES = wordSet(GENERATIONAL_SUFFIXES);

export function buildSpeakers(quotes: Quote[], reported: ReportedSpeech[], people: PeopleIndex): Speaker[] {
  const named = [...quotes, ...reported].flatMap((q) => (q.speaker ? [{ name: q.speaker, type: q.speakerType }] : []));
  const listedAs = sameSpeakers(named);
  const typeOf = new Map(named.map((n) => [n.name.toLowerCase(), n.type]));
  const speakers = new Map<string, Speaker>();
  const entry = (written: string, type: Speaker['type'], role: string | null) => {
    const name = listedAs.get(written.toLowerCase()) ?? written;
    const key = name.toLowerCase();
    let speaker = speakers.get(key);
    if (!speaker) {
      speaker = { name, type: typeOf.get(key) ?? type, role, aliases: [], quotes: [], reported: [] };
      speakers.set(key, speaker);
    }
    if (written.toLowerCase() !== key && !speaker.aliases.includes(written)) speaker.aliases.push(written);
    speaker.role ??= role;
    return speaker;
  };
  quotes.forEach((q, i) => q.speaker && entry(q.speaker, q.speakerType, q.speakerRole).quotes.push(i));
  reported.forEach((r, i) => r.speaker && entry(r.speaker, r.speakerType, null).reported.push(i));
  for (const speaker of speakers.values()) {
    const person = speaker.type === 'person' ? people.byName(speaker.name) : null;
    // "Kennedy" of "James P. Kennedy Jr.": a generational suffix is no surname.
    const words = speaker.name.split(/\s+/);
    const surname =
      words.length > 2 && SUFFIXES.has(words.at(-1)!.toLowerCase().replace(/\.$/, '')) ? words.at(-2)! : words.at(-1)!;
    if (person && surname !== speaker.name && !speaker.aliases.includes(surname)) speaker.aliases.push(surname);
    speaker.role ??= person?.role ?? null;
  }
  return [...speakers.values()];
}
