// Speaker precision per attribution rule and per confidence level, over matched quotes that have a gold speaker.
// Rule ids and confidence come from the quote (lib/quotes sets them from the rule that chose the speaker).
import { pct } from './quote-scoring';

type Count = [fired: number, right: number];

export class RuleTally {
  readonly byRule = new Map<string, Count>();
  readonly byConfidence = new Map<string, Count>();

  add(quote: { rule?: string; confidence?: string }, right: boolean): void {
    bump(this.byRule, quote.rule ?? '(none)', right);
    bump(this.byConfidence, quote.confidence ?? '(none)', right);
  }
}

function bump(map: Map<string, Count>, key: string, right: boolean): void {
  const c = map.get(key) ?? [0, 0];
  c[0]++;
  if (right) c[1]++;
  map.set(key, c);
}

const row = (key: string, [n, right]: Count) =>
  `    ${key.padEnd(30)} ${String(n).padStart(5)} ${pct(n ? right / n : 0)}`;

/** Prints the per-confidence and per-rule tables (rules by how often they fired). */
export function printRuleTable(tally: RuleTally, label: string): void {
  console.log(`  ${label} speaker precision by confidence      n  prec.`);
  for (const level of ['high', 'medium', 'low', '(none)']) {
    const c = tally.byConfidence.get(level);
    if (c) console.log(row(level, c));
  }
  console.log(`  ${label} speaker precision by rule            n  prec.`);
  for (const [rule, c] of [...tally.byRule].sort((a, b) => b[1][0] - a[1][0])) console.log(row(rule, c));
}
