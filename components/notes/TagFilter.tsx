// The Notes page's tag filter: one chip per tag with its count (of the notes the search leaves), plus "Untagged";
// one chip is on at a time, and clicking it again shows every note.
import type { Note } from '../../lib/notes';

/** The filter value for notes without tags (no tag can be empty, so it cannot clash). */
export const UNTAGGED = '';

export const withTag = (note: Note, tag: string) =>
  tag === UNTAGGED ? note.tags.length === 0 : note.tags.includes(tag);

interface Props {
  notes: Note[];
  selected: string | null;
  onSelect(tag: string | null): void;
}

export function TagFilter({ notes, selected, onSelect }: Props) {
  const counts = new Map<string, number>();
  for (const n of notes) for (const t of n.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  const untagged = notes.filter((n) => n.tags.length === 0).length;
  const tags = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (tags.length === 0 && selected === null) return null;
  const chip = (tag: string, label: string, n: number) => (
    <li key={label}>
      <button
        type="button"
        class="tag-chip"
        data-testid="tag-filter"
        aria-pressed={selected === tag}
        onClick={() => onSelect(selected === tag ? null : tag)}
      >
        {label} <span class="chip-count">{n}</span>
      </button>
    </li>
  );
  return (
    <nav class="tag-filter" aria-label="Filter by tag">
      <span class="label">Tags:</span>
      <ul class="tag-chips">
        {tags.map(([t, n]) => chip(t, `#${t}`, n))}
        {untagged > 0 && chip(UNTAGGED, 'Untagged', untagged)}
        {selected !== null && !counts.has(selected) && selected !== UNTAGGED && chip(selected, `#${selected}`, 0)}
      </ul>
    </nav>
  );
}
