// Every section of `npm run eval`, in print order. Each issue adds its evaluator here.
import type { Evaluator } from './types';
import { linksEvaluator } from './links';

export const EVALUATORS: Evaluator[] = [linksEvaluator];
