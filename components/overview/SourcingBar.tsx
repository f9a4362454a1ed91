// The sourcing mix at a glance: one stacked bar of the article's quotes by kind of source, with a labelled count
// for each part (the bar is decoration; the legend carries the numbers for everyone, screen readers included).
import type { SourcingSummary } from '../quotes/group-quotes';

const PARTS = [
  { id: 'named', label: 'Named people', count: (s: SourcingSummary) => s.people },
  { id: 'organisations', label: 'Organisations', count: (s: SourcingSummary) => s.organizations },
  { id: 'groups', label: 'Groups', count: (s: SourcingSummary) => s.groups },
  { id: 'anonymous', label: 'Anonymous', count: (s: SourcingSummary) => s.unknownQuotes },
] as const;

export function SourcingBar({ summary }: { summary: SourcingSummary }) {
  if (summary.total === 0) return null;
  const parts = PARTS.map((p) => ({ ...p, n: p.count(summary) }));
  return (
    <div class="sourcing-bar" data-testid="sourcing-bar">
      <div class="bar" aria-hidden="true">
        {parts
          .filter((p) => p.n > 0)
          .map((p) => (
            <span key={p.id} class={`bar-part part-${p.id}`} style={{ flexGrow: p.n }} />
          ))}
      </div>
      <ul class="bar-legend" aria-label="Quotes by kind of source">
        {parts.map((p) => (
          <li key={p.id} class={p.n === 0 ? 'zero' : undefined} data-part={p.id}>
            <span class={`swatch part-${p.id}`} aria-hidden="true" />
            {p.label} <strong>{p.n}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
