// Orders the analysis for display: named speakers by how much they are quoted, then organisations and groups,
// then quotes nobody is named for. Pure, so it is tested without a DOM.
import type { Analysis, Quote, ReportedSpeech, SpeakerType } from '../../lib/types';

export interface SpeakerView {
  name: string | null;
  type: SpeakerType;
  role: string | null;
  quotes: { quote: Quote; index: number }[];
  reported: ReportedSpeech[];
}

const TYPE_ORDER: Record<SpeakerType, number> = { person: 0, organization: 1, group: 2, unknown: 3 };

export function speakerViews(analysis: Analysis): SpeakerView[] {
  const views = new Map<string, SpeakerView>();
  const viewFor = (name: string | null, type: SpeakerType, role: string | null) => {
    const key = name ? name.toLowerCase() : '\u0000unknown';
    let view = views.get(key);
    if (!view) views.set(key, (view = { name, type: name ? type : 'unknown', role, quotes: [], reported: [] }));
    view.role ??= role;
    return view;
  };
  analysis.quotes.forEach((quote, index) => viewFor(quote.speaker, quote.speakerType, quote.speakerRole).quotes.push({ quote, index }));
  for (const r of analysis.reported) if (r.speaker) viewFor(r.speaker, r.speakerType, null).reported.push(r);
  return [...views.values()].sort(
    (a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || b.quotes.length - a.quotes.length || (a.quotes[0]?.index ?? 1e9) - (b.quotes[0]?.index ?? 1e9),
  );
}

export interface SourcingSummary {
  people: number;
  organizations: number;
  groups: number;
  unknownQuotes: number;
  partialQuotes: number;
}

export function sourcingSummary(analysis: Analysis, views: SpeakerView[]): SourcingSummary {
  const count = (type: SpeakerType) => views.filter((v) => v.type === type && v.quotes.length > 0).length;
  return {
    people: count('person'),
    organizations: count('organization'),
    groups: count('group'),
    unknownQuotes: analysis.quotes.filter((q) => !q.speaker).length,
    partialQuotes: analysis.quotes.filter((q) => q.partial).length,
  };
}

export function describeSourcing(s: SourcingSummary, total: number): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    s.people && plural(s.people, 'named person', 'named people'),
    s.organizations && plural(s.organizations, 'organisation', 'organisations'),
    s.groups && plural(s.groups, 'unnamed group', 'unnamed groups'),
    s.unknownQuotes && `${plural(s.unknownQuotes, 'quote', 'quotes')} with no named source`,
  ].filter(Boolean);
  return `${plural(total, 'quote', 'quotes')} from ${parts.length ? parts.join(', ') : 'no identified source'}.`;
}
