// One page through whatever the Node pipeline currently does, turned into an outcome instead of an exception.
import type { AnalysisResources } from '../../lib/analyze';
import { analyzeHtml, type PipelineStage } from '../../scripts/node/pipeline';
import { checkAnalysis } from './check-analysis';

/** "timeout" is only ever assigned by the runner that watches the clock (tests/robustness/runner.ts). */
export type Outcome = 'analysed' | 'no article' | 'invalid' | 'crash' | 'timeout';

export interface PageResult {
  name: string;
  /** "corpus", "fixture" or the generated kind ("huge-text"…): the run reports outcomes per kind. */
  kind: string;
  outcome: Outcome;
  ms: number;
  bytes: number;
  /** Error message, first invariant problems, or what was found. */
  detail: string;
}

export function runPage(
  name: string,
  kind: string,
  html: string,
  resources: AnalysisResources,
  clock: () => number,
  onStage?: (stage: PipelineStage) => void,
  url = 'https://example.invalid/robustness',
): PageResult {
  const started = clock();
  const done = (outcome: Outcome, detail: string): PageResult => ({
    name,
    kind,
    outcome,
    ms: clock() - started,
    bytes: html.length,
    detail,
  });
  try {
    const analysis = analyzeHtml(html, url, resources, onStage);
    if (!analysis) return done('no article', '');
    const problems = checkAnalysis(analysis);
    if (problems.length) return done('invalid', problems.slice(0, 3).join('; '));
    const { quotes, places, entities, article } = analysis;
    return done(
      'analysed',
      `${article.wordCount} words, ${quotes.length} quotes, ${places.length} places, ${entities.length} entities`,
    );
  } catch (error) {
    const e = error as Error;
    return done('crash', `${e?.name ?? 'Error'}: ${e?.message ?? String(error)}`.slice(0, 300));
  }
}
