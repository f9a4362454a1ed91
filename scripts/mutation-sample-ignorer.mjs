// Stryker ignore-plugin for `npm run mutation -- --sample` (scripts/mutation-sample.ts). Stryker's `mutate` ranges
// select a sampled mutant's node and everything inside it (a sampled `{}` block would bring every mutant of its
// function); this plugin ignores each node in a range that neither is a sampled node nor holds one, so only the
// sampled nodes' mutants run. Sampled locations come from the file named by MUTATION_SAMPLE_FILE (0-based lines and
// columns, as Stryker's instrumenter gives them; Babel's lines are 1-based).
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** file → sampled locations as [startLine, startColumn, endLine, endColumn], lines 0-based. */
const sampled = new Map(
  Object.entries(JSON.parse(readFileSync(process.env.MUTATION_SAMPLE_FILE ?? '', 'utf8')).locations ?? {}),
);

const before = (l1, c1, l2, c2) => l1 < l2 || (l1 === l2 && c1 <= c2);

/** Does the node at `loc` (Babel) equal or contain the sampled location `s`? */
function holds(loc, s) {
  const [sl, sc, el, ec] = s;
  return before(loc.start.line - 1, loc.start.column, sl, sc) && before(el, ec, loc.end.line - 1, loc.end.column);
}

export const unsampled = {
  shouldIgnore(path) {
    const loc = path.node.loc;
    const name = path.hub?.file?.opts?.filename;
    if (!loc || !name) return undefined;
    const locations = sampled.get(relative(process.cwd(), name)) ?? [];
    return locations.some((s) => holds(loc, s)) ? undefined : 'not in the sample';
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'unsampled', unsampled)];
