// The stable JSON form of one page's analysis, and a field-by-field diff that names what changed.
import type { Analysis } from '../../lib/types';
import { toJson } from '../../scripts/node/pipeline';

/** Arrays whose order carries no meaning (sets of names): sorted so a reordering is not a change. */
const UNORDERED_KEYS = new Set(['aliases']);

/** Numbers rounded so the snapshot does not hang on the last bits of a float. */
const round = (x: number) => (Number.isInteger(x) ? x : Number(x.toFixed(6)));

function stable(value: unknown, key = ''): unknown {
  if (typeof value === 'number') return round(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => stable(v));
    return UNORDERED_KEYS.has(key)
      ? [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
      : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stable(v, k)]));
  }
  return value;
}

/** The page's full analysis as the CLI prints it (`npm run analyze -- page --json`), plus the article's
 * paragraphs as text (so an extraction change shows paragraph by paragraph); no timings, no paths. */
export function snapshotOf(analysis: Analysis | null): unknown {
  if (!analysis) return { article: null, error: 'no article found on this page' };
  const json = toJson(analysis);
  const { text, paragraphs } = analysis.article;
  const article = {
    ...json.article,
    textLength: text.length,
    paragraphs: paragraphs.map((p) => text.slice(p.start, p.end)),
  };
  return stable({ ...json, article });
}

const show = (v: unknown) => {
  const s = JSON.stringify(v);
  return s === undefined ? 'nothing' : s.length > 160 ? `${s.slice(0, 157)}…` : s;
};

/** Every path where `actual` differs from `expected`, as "path: expected X, got Y" lines. */
export function diffJson(expected: unknown, actual: unknown, path = ''): string[] {
  if (JSON.stringify(expected) === JSON.stringify(actual)) return [];
  const bothArrays = Array.isArray(expected) && Array.isArray(actual);
  const bothObjects = !bothArrays && isObject(expected) && isObject(actual);
  if (bothArrays) {
    const out =
      expected.length === actual.length ? [] : [`${path}: expected ${expected.length} items, got ${actual.length}`];
    for (let i = 0; i < Math.max(expected.length, actual.length); i++)
      out.push(...diffJson(expected[i], actual[i], `${path}[${i}]`));
    return out;
  }
  if (bothObjects) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    return keys.flatMap((k) => diffJson(expected[k], actual[k], path ? `${path}.${k}` : k));
  }
  return [`${path || '(whole)'}: expected ${show(expected)}, got ${show(actual)}`];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
