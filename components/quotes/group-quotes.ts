// Orders the analysis for display: named speakers by how much they are quoted, then organisations and groups;
// the quotes nobody is named for ("Unattributed") go where their number puts them, not hidden at the end.
// Pure, so it is tested without a DOM.
import type { Analysis, Quote, ReportedSpeech, SpeakerType } from '../../lib/types';
import type { SourceKind } from '../panel-contract';
import { sameSpeakers } from '../../lib/quotes/same-speaker';

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
  // One view per source: "a spokesman" and "A spokesman for the company" are listed once, under the fuller name.
  const named = [...analysis.quotes, ...analysis.reported].flatMap((q) =>
    q.speaker ? [{ name: q.speaker, type: q.speakerType }] : [],
  );
  const listedAs = sameSpeakers(named);
  const typeOf = new Map(named.map((n) => [n.name.toLowerCase(), n.type]));
  const viewFor = (written: string | null, type: SpeakerType, role: string | null) => {
    const name = written ? (listedAs.get(written.toLowerCase()) ?? written) : null;
    const key = name ? name.toLowerCase() : '\u0000unknown';
    let view = views.get(key);
    if (!view) {
      const shownType = name ? (typeOf.get(key) ?? type) : 'unknown';
      views.set(key, (view = { name, type: shownType, role, quotes: [], reported: [], unsure: false }));
    }
    view.role ??= role;
    return view;
  };
  analysis.quotes.forEach((quote, index) =>
    viewFor(quote.speaker, quote.speakerType, quote.speakerRole).quotes.push({ quote, index }),
  );
  for (const r of analysis.reported) if (r.speaker) viewFor(r.speaker, r.speakerType, null).reported.push(r);
  for (const view of views.values()) {
    view.unsure =
      view.name !== null && view.quotes.length > 0 && view.quotes.every(({ quote }) => quote.confidence === 'low');
  }
  const sorted = [...views.values()].sort(
    (a, b) =>
      TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
      Number(a.unsure) - Number(b.unsure) ||
      b.quotes.length - a.quotes.length ||
      (a.quotes[0]?.index ?? 1e9) - (b.quotes[0]?.index ?? 1e9),
  );
  return placeUnattributed(sorted);
}

/** The unattributed quotes go before the first source quoted less often than they are. */
function placeUnattributed(views: SpeakerView[]): SpeakerView[] {
  const at = views.findIndex((v) => v.name === null);
  if (at === -1) return views;
  const [unattributed] = views.splice(at, 1);
  const before = views.findIndex((v) => v.quotes.length < unattributed.quotes.length);
  views.splice(before === -1 ? views.length : before, 0, unattributed);
  return views;
}

/** Which part of the sourcing bar a speaker's quotes count in. */
export function sourceKind(view: SpeakerView): SourceKind {
  if (view.name === null) return 'unattributed';
  return view.type === 'organization' ? 'organisations' : view.type === 'group' ? 'groups' : 'named';
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

/** How far from the quote the speaker's words may sit and still be shown as the clue, in characters. */
const CUE_REACH = 80;
/** Words kept after a speaker named after the quote (", he said on Monday" needs the verb). */
const CUE_TAIL = 24;

/**
 * The article's words that tied a quote to its speaker (“…,” he said / Uali said: “…”), so a reader can judge a
 * low-confidence guess; the speaker's words alone when they sit further away; null when there are none.
 */
export function attributionCue(text: string, quote: Quote): string | null {
  const m = quote.speakerMention;
  if (!m) return null;
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (m.start >= quote.end && m.end - quote.end <= CUE_REACH) {
    const rest = text.slice(m.end, m.end + CUE_TAIL);
    const stop = rest.search(/[.;!?\n]/);
    return `…${squash(text.slice(quote.end, m.end) + (stop === -1 ? `${rest}…` : rest.slice(0, stop)))}`;
  }
  if (m.end <= quote.start && quote.start - m.start <= CUE_REACH) return `${squash(text.slice(m.start, quote.start))}…`;
  return `…${squash(text.slice(m.start, m.end))}…`;
}
