// Placeholder: the Places section is built under its own issue.
import type { SectionProps } from '../panel-contract';

export function PlacesSection(_props: SectionProps) {
  return <p class="empty">Not available yet.</p>;
}
