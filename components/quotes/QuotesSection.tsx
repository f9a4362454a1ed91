// Placeholder: the Quotes section is built under its own issue.
import type { SectionProps } from '../panel-contract';

export function QuotesSection(_props: SectionProps) {
  return <p class="empty">Not available yet.</p>;
}
