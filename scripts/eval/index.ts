// Every section of `npm run eval`, in print order. Each issue adds its evaluator here.
import type { Evaluator } from './types';
import { linksEvaluator } from './links';
import { elEvaluator } from './el';
import { placesGoldEvaluator } from './places-gold';
import { geoEvaluator } from './geo';
import {
  quotesDevBEvaluator,
  quotesDevCEvaluator,
  quotesDevDEvaluator,
  quotesDevEEvaluator,
  quotesDevFEvaluator,
  quotesDevGEvaluator,
  quotesDevHEvaluator,
  quotesDevIEvaluator,
  quotesDevJEvaluator,
  quotesGoldEvaluator,
} from './quotes-gold';
import { polnearEvaluator, polnearNytEvaluator } from './polnear';
import { dewikinewsEvaluator } from './dewikinews';
import { extractionEvaluator } from './extraction';
import { namesEvaluator } from './names';

export const EVALUATORS: Evaluator[] = [
  quotesGoldEvaluator,
  quotesDevBEvaluator,
  quotesDevCEvaluator,
  quotesDevDEvaluator,
  quotesDevEEvaluator,
  quotesDevFEvaluator,
  quotesDevGEvaluator,
  quotesDevHEvaluator,
  quotesDevIEvaluator,
  quotesDevJEvaluator,
  polnearEvaluator,
  polnearNytEvaluator,
  dewikinewsEvaluator,
  linksEvaluator,
  elEvaluator,
  namesEvaluator,
  placesGoldEvaluator,
  geoEvaluator,
  extractionEvaluator,
];
