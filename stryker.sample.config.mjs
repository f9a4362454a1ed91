// StrykerJS for `npm run mutation -- --sample` (scripts/mutation-sample.ts): the settings of stryker.config.mjs, but
// only the sampled mutants are tested. The picked file (MUTATION_SAMPLE_FILE) gives Stryker's mutate ranges (each
// sampled node) and the ignore-plugin's list, which drops the other mutants inside those nodes.
import { readFileSync } from 'node:fs';
import base from './stryker.config.mjs';

const picked = JSON.parse(readFileSync(process.env.MUTATION_SAMPLE_FILE ?? '', 'utf8'));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: picked.ranges,
  plugins: [...base.plugins, './scripts/mutation-sample-ignorer.mjs'],
  ignorers: ['unsampled'],
  reporters: ['clear-text', 'progress'],
};
