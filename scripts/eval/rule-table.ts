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

// One column per scored set (dev gold, PolNeAR dev, PolNeAR train), in the order they were scored.
const COLUMNS = new Map<string, RuleTally>();

/** Adds a scored set's tally as a column of the per-rule table. */
export function addRuleColumn(label: string, tally: RuleTally): void {
  COLUMNS.set(label, tally);
}

/**
 * Every rule with how often it fired and its speaker precision on each scored set side by side, most fired first
 * (summed over the sets): the table that decides which rules stay, are narrowed or go.
 */
export function printRuleColumns(): void {
  if (COLUMNS.size < 2) return;
  const labels = [...COLUMNS.keys()];
  const rules = new Map<string, number>();
  for (const tally of COLUMNS.values())
    for (const [rule, [n]] of tally.byRule) rules.set(rule, (rules.get(rule) ?? 0) + n);
  const cell = (c: Count | undefined) =>
    c ? `${String(c[0]).padStart(5)} ${pct(c[0] ? c[1] / c[0] : 0)}` : `${'–'.padStart(5)} ${''.padStart(5)}`;
  console.log(`\n=== attribution rules (n fired, speaker precision) ===`);
  console.log(`    ${'rule'.padEnd(34)} ${labels.map((l) => l.padStart(14)).join('  ')}`);
  for (const [rule] of [...rules].sort((a, b) => b[1] - a[1]))
    console.log(
      `    ${rule.padEnd(34)} ${labels.map((l) => cell(COLUMNS.get(l)!.byRule.get(rule)).padStart(14)).join('  ')}`,
    );
}
