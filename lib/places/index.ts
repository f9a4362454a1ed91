// Places engine: find the places a story names, where each is, and what it is to the story.
// The stages run in this order, each reading what the one before handed on; the data passes through each once:
//   1. recognise   (1-recognize.ts)     the text layer's tokens → names matched in the gazetteer, and sites
//   2. candidates  (2-candidates.ts)    each name with the state or country written after it ("Aktau, Mangystau")
//   3. context     (3-story-context.ts) what the whole story says about where it is, built once
//   4. resolve     (4-resolve.ts)       one gazetteer entry per reported name, read against the context; sites at
//                                       their towns
//   5. roles       (5-roles.ts)         each mention: dateline, event place or mention
//   6. places      (6-places.ts)        mentions grouped into places, with role, name, sentence and confidence
import type { Article, Place } from '../types';
import { readText, type TextLayer } from '../text';
import { datelineSpan } from '../text/datelines';
import { tokenize } from '../text/tokens';
import { PLACE_ALIASES } from './aliases';
import { addAliases, parseGazetteer, type PlaceIndex } from './gazetteer';
import { NO_PEOPLE, recognizeNames, type Candidate, type StoryPeople } from './1-recognize';
import { candidatesOf } from './2-candidates';
import { storyContext } from './3-story-context';
import { resolveNames, type ResolvedMention } from './4-resolve';
import { rolesOf } from './5-roles';
import { placesOf } from './6-places';
import { actingCountries } from './acting-countries';
export { roleRules } from './6-places';

/** File name in public/data/ (built by scripts/data/build-gazetteer.ts). */
export const GAZETTEER_FILE = 'gazetteer-v1.tsv';

/** The loaded offline gazetteer. */
export type Gazetteer = PlaceIndex;
export type { Candidate, StoryPeople } from './1-recognize';
export type { ResolvedMention } from './4-resolve';
export { entry } from './gazetteer';

/** Parses the shipped gazetteer file's text. */
export function loadGazetteer(raw: string): Gazetteer {
  const index = parseGazetteer(raw);
  addAliases(index, PLACE_ALIASES);
  return index;
}

/** What stages 1–4 read of the text: the text layer (lib/text), or plain text read here. */
type PlaceText = Pick<TextLayer, 'text' | 'tokens' | 'dateline'>;

/** Names that are not places here (vetoed) are not reported by default. */
const notVetoed = (c: Candidate) => !c.veto;

/**
 * `people`: the story's people as the name table reads them (lib/names peopleOf); `layer`: the article's text layer
 * (lib/analyze.ts computes both once for every engine).
 */
export function findPlaces(
  article: Article,
  gazetteer: Gazetteer | null,
  people: StoryPeople = NO_PEOPLE,
  layer: TextLayer = readText(article),
): Place[] {
  if (!gazetteer) return [];
  const { mentions, context } = resolveStory(layer, gazetteer, notVetoed, people, true); // stages 1-4
  const roles = rolesOf(mentions, layer.text, context, gazetteer); // 5
  return placesOf(mentions, roles, layer, gazetteer); // 6
}

/**
 * Stages 1–4: every reported mention with its entry (also used by the geo evaluation on plain text).
 * `keep` widens what counts, e.g. to score toponym tagging that includes demonyms and metonymy.
 */
export function resolveMentions(
  source: string | PlaceText,
  gazetteer: Gazetteer,
  keep: (c: Candidate) => boolean = notVetoed,
  people: StoryPeople = NO_PEOPLE,
): ResolvedMention[] {
  const layer = typeof source === 'string' ? plainText(source) : source;
  return resolveStory(layer, gazetteer, keep, people).mentions;
}

/**
 * `people`: the recognise stage's input, words of the names of the story's people (see findPlaces). `actors`: the
 * panel lists a country named only as a state acting (acting-countries.ts; the roles sets' convention); toponym
 * tagging, as the geo sets score it, counts such a name as metonymy, no located place.
 */
function resolveStory(
  layer: PlaceText,
  gazetteer: Gazetteer,
  keep: (c: Candidate) => boolean,
  people: StoryPeople,
  actors = false,
) {
  const { names, sites } = recognizeNames(layer, gazetteer, people); // 1
  const candidates = candidatesOf(names, gazetteer); // 2
  const read = candidates.map((n) => n.candidate); // as stage 2 read them: "Cherokee counties" are counties
  const context = storyContext(read, layer.dateline, gazetteer, sites); // 3
  // A country named only as a state acting ("its struggle against Russia") is still a country the story names.
  const acting = actors ? actingCountries(read, gazetteer) : new Set<Candidate>();
  const report = (c: Candidate) => (keep(c) || acting.has(c)) && !c.person;
  return { mentions: resolveNames(candidates, sites, context, layer.text, gazetteer, report), context }; // 4
}

function plainText(text: string): PlaceText {
  return { text, tokens: tokenize(text), dateline: datelineSpan(text) };
}
