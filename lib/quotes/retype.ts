// The quotes engine reads names without knowing what they name; the places and background engines do.
// A "person" whose name is a place, a country or a known organisation is an organisation speaking
// ("Austria said", "Google said", "Sioux Falls reported"): retyped after those engines have run.
import type { Quote, ReportedSpeech, Speaker } from '../types';
import type { QuoteAnalysis } from './index';

/** `notPeople`: lower-case names the article uses for places, countries, organisations and outlets. */
export function retypeSpeakers(analysis: QuoteAnalysis, notPeople: ReadonlySet<string>): QuoteAnalysis {
  const isOrg = (name: string | null, type: Speaker['type']) =>
    type === 'person' && name !== null && notPeople.has(name.toLowerCase());
  if (!analysis.speakers.some((s) => isOrg(s.name, s.type))) return analysis;
  const asOrg = <T extends Quote | ReportedSpeech>(q: T): T =>
    isOrg(q.speaker, q.speakerType) ? { ...q, speakerType: 'organization' } : q;
  return {
    // An organisation speaking carries no role.
    quotes: analysis.quotes.map((q) =>
      isOrg(q.speaker, q.speakerType) ? { ...q, speakerType: 'organization', speakerRole: null } : q,
    ),
    reported: analysis.reported.map(asOrg),
    speakers: analysis.speakers.map((s) => (isOrg(s.name, s.type) ? { ...s, type: 'organization', role: null } : s)),
  };
}
