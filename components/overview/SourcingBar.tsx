// The sourcing mix at a glance: one stacked bar of the article's quotes by kind of source, with a labelled count
// for each part. With onSelect, a click on a part (or its legend entry, which is a button for keyboards and screen
// readers) narrows the Quoted list to that kind of source; clicking it again shows every quote.
import type { SourceKind } from '../panel-contract';
import type { SourcingSummary } from '../quotes/group-quotes';

export const SOURCE_PARTS: { id: SourceKind; label: string; count(s: SourcingSummary): number }[] = [
  { id: 'named', label: 'Named people', count: (s) => s.people },
  { id: 'organisations', label: 'Organisations', count: (s) => s.organizations },
  { id: 'groups', label: 'Groups', count: (s) => s.groups },
  // Quotes News Lens found no speaker for: not "anonymous", which would claim the article hid the source.
  { id: 'unattributed', label: 'Unattributed', count: (s) => s.unknownQuotes },
];

interface Props {
  summary: SourcingSummary;
  selected?: SourceKind | null;
  onSelect?(kind: SourceKind | null): void;
}

export function SourcingBar({ summary, selected = null, onSelect }: Props) {
  if (summary.total === 0) return null;
  const parts = SOURCE_PARTS.map((p) => ({ ...p, n: p.count(summary) }));
  const pick = (kind: SourceKind) => onSelect?.(kind === selected ? null : kind);
  return (
    <div class="sourcing-bar" data-testid="sourcing-bar" data-filtering={selected ?? undefined}>
      {/* The bar repeats the legend for the eye; the legend's buttons are the accessible way to filter. */}
      <div class="bar" aria-hidden="true">
        {parts
          .filter((p) => p.n > 0)
          .map((p) => (
            <span
              key={p.id}
              class={`bar-part part-${p.id}`}
              data-part={p.id}
              data-selected={selected === p.id || undefined}
              style={{ flexGrow: p.n, cursor: onSelect ? 'pointer' : undefined }}
              title={onSelect ? `${p.label}: ${p.n} (click to show only these)` : undefined}
              onClick={onSelect ? () => pick(p.id) : undefined}
            />
          ))}
      </div>
      <ul class="bar-legend" aria-label="Quotes by kind of source">
        {parts.map((p) => (
          <li key={p.id} class={p.n === 0 ? 'zero' : undefined} data-part={p.id}>
            {onSelect && p.n > 0 ? (
              <button
                type="button"
                class="legend-button"
                aria-pressed={selected === p.id}
                data-testid={`source-${p.id}`}
                onClick={() => pick(p.id)}
              >
                <span class={`swatch part-${p.id}`} aria-hidden="true" />
                {p.label} <strong>{p.n}</strong>
              </button>
            ) : (
              <>
                <span class={`swatch part-${p.id}`} aria-hidden="true" />
                {p.label} <strong>{p.n}</strong>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
