// Placeholder: the Notes section is built under its own issue.
import type { SectionProps } from '../panel-contract';

export function NotesSection(_props: SectionProps) {
  return <p class="empty">Not available yet.</p>;
}
