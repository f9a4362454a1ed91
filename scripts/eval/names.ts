// The name table (lib/names): how often each typing rule fired on the dev gold pages, and what the table made of
// the names the gold annotators marked as places (a place typed person or organisation is a place the engines lose).
import { extractArticle } from '../../lib/article/extract';
import { parseDocument } from '../node/dom';
import { nameKey } from '../../lib/entities/knowledge-base';
import { readNames, type NameTable } from '../../lib/names';
import { readText } from '../../lib/text';
import { goldPages } from './corpus';
import type { EvalOptions, Evaluator } from './types';

interface GoldPlace {
  name: string;
  aliases?: string[];
}

const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** The table's types of the gold place names it holds, one per name written. */
function placeTypes(table: NameTable, places: GoldPlace[], into: Map<string, number>): void {
  const keys = new Set(places.flatMap((p) => [p.name, ...(p.aliases ?? [])]).map(nameKey));
  for (const n of table.names) if (keys.has(nameKey(n.text))) count(into, n.type);
}

export const namesEvaluator: Evaluator = {
  name: 'names',
  async run({ corpusDir, resources }: EvalOptions) {
    const reasons = new Map<string, number>();
    const goldPlaceTypes = new Map<string, number>();
    const lookups = { kb: resources.knowledgeBase, gazetteer: resources.gazetteer };
    let total = 0;
    for (const { html, url, gold } of goldPages<{ places?: GoldPlace[] }>(corpusDir)) {
      const article = extractArticle(parseDocument(html), url, { disposable: true });
      if (!article) continue;
      const table = readNames(readText(article), lookups);
      for (const n of table.names) count(reasons, `${n.reason} → ${n.type}`);
      placeTypes(table, gold.places ?? [], goldPlaceTypes);
      total += table.names.length;
    }
    console.log(`names typed on the dev gold pages: ${total}; by rule (lib/names/rules.ts):`);
    for (const [k, v] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(34)} ${v}`);
    const placed = [...goldPlaceTypes.values()].reduce((a, b) => a + b, 0);
    const asPlace = goldPlaceTypes.get('place') ?? 0;
    console.log(`gold place names as the table types them (${placed} written):`);
    for (const [k, v] of [...goldPlaceTypes].sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(34)} ${v}`);
    return { names: total, goldPlacesTypedPlace: placed ? asPlace / placed : 0 };
  },
};
