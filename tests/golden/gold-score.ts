// One page's scores against its gold.json, computed as ../shared/corpus/gold/README.md says (the same
// functions `npm run eval` uses): quotes, speakers, places and background links.
import type { Analysis, PlaceRole } from '../../lib/types';
import { countLinks, prf as linkPrf } from '../../scripts/eval/links';
import { emptyScores, scorePage } from '../../scripts/eval/places-gold';
import { matchQuotes, prf, quoteTokens, speakerMatchesName } from '../../scripts/eval/quote-scoring';

export interface Gold {
  quotes?: { text: string; speaker: string | null; aliases?: string[] }[];
  places?: { name: string; aliases?: string[]; role: PlaceRole; lat: number | null; lon: number | null }[];
  entities?: { wikipedia: string | null }[];
}

export type Scores = Record<string, number>;

const share = (right: number, of: number) => (of ? right / of : 1);
const fixed = (scores: Scores): Scores =>
  Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Number(v.toFixed(4))]));

function quoteScores(analysis: Analysis | null, gold: NonNullable<Gold['quotes']>): Scores {
  const goldQuotes = gold.filter((q) => quoteTokens(q.text).length >= 3);
  const predicted = (analysis?.quotes ?? []).filter((q) => quoteTokens(q.text).length >= 3);
  const pairs = matchQuotes(
    goldQuotes.map((q) => q.text),
    predicted.map((q) => q.text),
  );
  let named = 0,
    right = 0;
  for (const [g, p] of pairs) {
    const speaker = goldQuotes[g].speaker;
    if (!speaker) continue;
    named++;
    if (speakerMatchesName(predicted[p].speaker, speaker, goldQuotes[g].aliases)) right++;
  }
  return {
    quoteF1: prf(pairs.length, predicted.length, goldQuotes.length).f1,
    speakerAccuracy: share(right, named),
    attributionF1: prf(right, predicted.length, goldQuotes.length).f1,
  };
}

function placeScores(analysis: Analysis | null, gold: NonNullable<Gold['places']>): Scores {
  const s = emptyScores();
  scorePage(s, analysis?.places ?? [], gold, analysis?.article.text ?? '');
  return {
    placeF1: linkPrf(s.found).f1,
    placeRoleAccuracy: share(s.roleRight, s.matched),
    eventPlaceF1: linkPrf(s.events).f1,
    geocodingAt161: share(s.geoRight, s.geoScored),
  };
}

function linkScores(analysis: Analysis | null, gold: NonNullable<Gold['entities']>): Scores {
  const predicted = (analysis?.entities ?? []).flatMap((e) => (e.wikipedia ? [e.wikipedia] : []));
  return {
    linkF1: linkPrf(
      countLinks(
        predicted,
        gold.flatMap((e) => (e.wikipedia ? [e.wikipedia] : [])),
      ),
    ).f1,
  };
}

/** Every score the page's gold supports, each in 0..1, rounded to four places. */
export function goldScores(analysis: Analysis | null, gold: Gold): Scores {
  return fixed({
    ...(gold.quotes ? quoteScores(analysis, gold.quotes) : {}),
    ...(gold.places ? placeScores(analysis, gold.places) : {}),
    ...(gold.entities ? linkScores(analysis, gold.entities) : {}),
  });
}

/** "metric: score below floor" lines for every score under its floor (a metric missing from today's scores too). */
export function belowFloor(scores: Scores, floor: Scores): string[] {
  return Object.entries(floor).flatMap(([k, min]) =>
    scores[k] === undefined
      ? [`${k}: no score (floor ${min})`]
      : scores[k] + 1e-9 < min
        ? [`${k}: ${scores[k]} < floor ${min}`]
        : [],
  );
}
