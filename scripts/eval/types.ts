import type { AnalysisResources } from '../../lib/analyze';

export interface EvalOptions {
  corpusDir: string;
  /** Which public-set split to score (PolNeAR, WikiNews): 'dev' (default) or 'train' while developing, 'test' to report. */
  split: 'train' | 'dev' | 'test';
  /** Cap on documents per public set (0 = all), for quick runs. */
  limit: number;
  resources: AnalysisResources;
  /**
   * Print the held-out halves' aggregates (odd pages of the halved dev sets): for the lead's report at the end of a
   * stop, never while developing (--held-out).
   */
  heldOut?: boolean;
}

/** One section of `npm run eval`. Prints its own table; returns headline numbers for the summary. */
export interface Evaluator {
  name: string;
  run(options: EvalOptions): Promise<Record<string, number>>;
}
