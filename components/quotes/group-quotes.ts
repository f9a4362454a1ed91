// Orders the analysis for display: named speakers by how much they are quoted, then organisations and groups,
// then quotes nobody is named for. Pure, so it is tested without a DOM.
import type { Analysis, Quote, ReportedSpeech, SpeakerType } from '../../lib/types';

export interface SpeakerView {
  name: string | null;
  type: SpeakerType;
  role: string | null;
  quotes: { quote: Quote; index: number }[];
  reported: ReportedSpeech[];
  /** Every quote given to this speaker is a low-confidence guess: shown as "probably …" and sorted last in its kind. */
  unsure: boolean;
}

const TYPE_ORDER: Record<SpeakerType, number> = { person: 0, organization: 1, group: 2, unknown: 3 };

export function speakerViews(analysis: Analysis): SpeakerView[] {
  const views = new Map<string, SpeakerView>();
  const viewFor = (name: string | null, type: SpeakerType, role: string | null) => {
    const key = name ? name.toLowerCase() : '\u0000unknown';
    let view = views.get(key);
    if (!view) views.set(key, (view = { name, type: name ? type : 'unknown', role, quotes: [], reported: [], unsure: false }));
    view.role ??= role;
    return view;
  };
  analysis.quotes.forEach((quote, index) => viewFor(quote.speaker, quote.speakerType, quote.speakerRole).quotes.push({ quote, index }));
  for (const r of analysis.reported) if (r.speaker) viewFor(r.speaker, r.speakerType, null).reported.push(r);
  for (const view of views.values()) {
    view.unsure = view.name !== null && view.quotes.length > 0 && view.quotes.every(({ quote }) => quote.confidence === 'low');
  }
  return [...views.values()].sort(
    (a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || Number(a.unsure) - Number(b.unsure) || b.quotes.length - a.quotes.length || (a.quotes[0]?.index ?? 1e9) - (b.quotes[0]?.index ?? 1e9),
  );
}

/** Quotes per kind of source: the sourcing mix, counted in quotes so the bar's parts add up to the total. */
export interface SourcingSummary {
  people: number;
  organizations: number;
  groups: number;
  /** Sources (not quotes) of each kind, for the caption. */
  peopleCount: number;
  organizationCount: number;
  groupCount: number;
  unknownQuotes: number;
  partialQuotes: number;
  total: number;
}

export function sourcingSummary(analysis: Analysis, views: SpeakerView[]): SourcingSummary {
  const quoted = (type: SpeakerType) => views.filter((v) => v.type === type && v.quotes.length > 0);
  const sum = (list: SpeakerView[]) => list.reduce((n, v) => n + v.quotes.length, 0);
  return {
    people: sum(quoted('person')),
    organizations: sum(quoted('organization')),
    groups: sum(quoted('group')),
    peopleCount: quoted('person').length,
    organizationCount: quoted('organization').length,
    groupCount: quoted('group').length,
    unknownQuotes: analysis.quotes.filter((q) => !q.speaker).length,
    partialQuotes: analysis.quotes.filter((q) => q.partial).length,
    total: analysis.quotes.length,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence in one unit: "12 quotes: 5 from 3 named people, 2 from 1 organisation, 3 with no named source." */
export function describeSourcing(s: SourcingSummary): string {
  const total = plural(s.total, 'quote', 'quotes');
  if (s.total === 0) return 'No direct quotes.';
  if (s.unknownQuotes === s.total) return `${total}, none with a named source.`;
  const parts = [
    s.people && `${s.people} from ${plural(s.peopleCount, 'named person', 'named people')}`,
    s.organizations && `${s.organizations} from ${plural(s.organizationCount, 'organisation', 'organisations')}`,
    s.groups && `${s.groups} from ${plural(s.groupCount, 'unnamed group', 'unnamed groups')}`,
    s.unknownQuotes && `${s.unknownQuotes} with no named source`,
  ].filter(Boolean);
  return `${total}: ${parts.join(', ')}.`;
}
