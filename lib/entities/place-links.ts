// Background links for the places the places engine found. That engine already told places from
// metonymy and names inside organisations, and resolved each to one point; here we only decide
// which of them deserve a link and what English Wikipedia calls them.
import type { Place, Span } from '../types';
import { cityAt, lookupName, regionTitle, type KnowledgeBase } from './knowledge-base';
import { inDateline, type Range } from '../text/datelines';
import { COUNTRY_NAMES_WITH_THE } from '../lexicon/en/place-words';
import type { Candidate } from './recognize';

/** A name the article's own spelling can safely stand for as a title ("Aktau", "St. Petersburg"). */
const TITLE_LIKE = /^\p{Lu}[\p{L}.' -]*$/u;

/** What the other places in the story say about one place. */
interface StoryPlaces {
  places: Place[];
  text: string;
  kb: KnowledgeBase;
  /** Where each region mention starts, for "City, State" pairs. */
  regionStarts: Set<number>;
  /** The story's dateline place ("BUFFALO, N.Y."), from the text layer. */
  dateline: Range | null;
  /** statesNamed, read when a town first asks (once per story, not once per town). */
  states?: Set<string>;
}

function storyPlaces(places: Place[], text: string, kb: KnowledgeBase, dateline: Range | null): StoryPlaces {
  const starts = places.filter((p) => p.kind === 'region').flatMap((p) => p.mentions.map((m) => m.start));
  return { places, text, kb, regionStarts: new Set(starts), dateline };
}

/** "Washington, Pa.": the mention has its state right after it. */
function hasStateAfter(m: Span, story: StoryPlaces): boolean {
  const gap = /^,\s*/.exec(story.text.slice(m.end, m.end + 4));
  return gap !== null && story.regionStarts.has(m.end + gap[0].length);
}

/** US states the story names, as they appear in "City,_State" titles. */
function statesNamed(story: StoryPlaces): Set<string> {
  return (story.states ??= statesOfRegions(story));
}

function statesOfRegions(story: StoryPlaces): Set<string> {
  const regions = story.places.filter((p) => p.kind === 'region' && p.country === 'US');
  const titles = regions.map((p) => regionTitle(story.kb, p.name));
  return new Set(titles.flatMap((t) => (t ? [t.replace(/_\(.*\)$/, '')] : [])));
}

/**
 * A city named once in passing is weak evidence ("as he did in Washington" may mean a team); one
 * the story happens in, files from, or names twice is not.
 */
const cityMatters = (place: Place) => place.role !== 'mention' || place.mentions.length >= 2;

/** The article writes the name itself, not a form the gazetteer merely tolerates ("SUV" is not Suva). */
const writtenAsNamed = (place: Place, text: string) =>
  place.mentions.some((m) => text.slice(m.start, m.end).toLowerCase() === place.name.toLowerCase());

/** A foreign town is only linked when the story is about its country (named, or filed from there). */
const countryInStory = (place: Place, story: StoryPlaces) =>
  place.role === 'dateline' ||
  story.places.some((p) => p !== place && p.country === place.country && p.kind !== 'city');

function cityTitle(place: Place, story: StoryPlaces): string | null {
  // "Tampa, Florida": a town given with its state is named on purpose, even once.
  if (
    place.lat === null ||
    place.lon === null ||
    !(cityMatters(place) || place.mentions.some((m) => hasStateAfter(m, story)))
  )
    return null;
  const city = cityAt(story.kb, place.lat, place.lon);
  switch (city?.kind) {
    case 'name':
      if (!writtenAsNamed(place, story.text) || !countryInStory(place, story)) return null;
      return TITLE_LIKE.test(place.name) ? place.name.replace(/ /g, '_') : city.title;
    case 'state':
      // A small US town found without its state is too often a misreading ("the White House").
      return statesNamed(story).has(city.title.slice(city.title.indexOf(',_') + 2)) ? city.title : null;
    case 'qualified':
      return place.mentions.some((m) => hasStateAfter(m, story)) ? city.title : null;
    case 'fixed':
      return city.title;
    default:
      return null;
  }
}

function titleFor(place: Place, story: StoryPlaces): string | null {
  // "Tampa, Fla." in the story names the state too: a reader may want its background as much as the city's.
  if (place.kind === 'region') {
    return place.mentions.every((m) => inDateline(story.dateline, m))
      ? null
      : regionTitle(story.kb, place.name, place.country);
  }
  return place.kind === 'city' ? cityTitle(place, story) : null;
}

/**
 * "South Carolina" for "Columbia,_South_Carolina": US town titles name their state after the comma ("D.C." in
 * "Washington,_D.C." is no state).
 */
const stateInTitle = (title: string) => /,_(\p{Lu}[\p{L}_]+)$/u.exec(title)?.[1] ?? null;

const statesByKb = new WeakMap<KnowledgeBase, Set<string>>();
/** "South_Carolina", "New_York": the states the knowledge base's US town titles end in, read once per base. */
function usStates(kb: KnowledgeBase): Set<string> {
  let states = statesByKb.get(kb);
  if (!states) {
    states = new Set<string>();
    for (const cell of kb.citiesByCell.values())
      for (const [, , title, kind] of cell) {
        const state = kind === 'state' ? stateInTitle(title) : null;
        if (state) states.add(state);
      }
    statesByKb.set(kb, states);
  }
  return states;
}

const TAKES_THE = new RegExp(
  `^(?:${COUNTRY_NAMES_WITH_THE.starts.join('|')})\\b|(?:${COUNTRY_NAMES_WITH_THE.ends.join('|')})$`,
);
const withThe = (country: string) => (TAKES_THE.test(country) ? `the ${country}` : country);

/**
 * One line of background from what the gazetteer told the places engine, for a place the knowledge base does not
 * describe: "State of the United States", "City in South Carolina, United States", "City in Kazakhstan". A country
 * is named only when the story names it too (the data carries codes, the story the name). Regions outside the US
 * are left undescribed: their kinds differ (province, constituent country, disputed territory).
 */
function placeLine(place: Place, title: string, story: StoryPlaces): string | null {
  // A site the engine filed as a region ("Times Square") is no state: states are what US town titles end in.
  if (place.country === 'US' && place.kind === 'region')
    return usStates(story.kb).has(title.replace(/_\(.*\)$/, '')) ? 'State of the United States' : null;
  if (place.kind !== 'city') return null;
  const state = place.country === 'US' ? stateInTitle(title) : null;
  if (state) return `City in ${state.replace(/_/g, ' ')}, United States`;
  if (place.country === 'US') return 'City in the United States';
  const country = story.places.find((p) => p.kind === 'country' && p.country === place.country)?.name;
  return country ? `City in ${withThe(country)}` : null;
}

function candidateFor(place: Place, title: string, type: 'country' | 'place', name: string): Candidate {
  const mentions = [...place.mentions];
  return {
    name,
    type,
    wikipedia: title,
    aliases: new Set([place.name]),
    mentions,
    namedMentions: mentions.length,
    guessedType: false,
  };
}

/** Adds the places the recogniser did not link; returns the full candidate list. */
export function linkPlaces(
  candidates: Candidate[],
  places: Place[],
  kb: KnowledgeBase,
  text: string,
  dateline: Range | null,
): Candidate[] {
  const byTitle = new Map(candidates.filter((c) => c.wikipedia).map((c) => [c.wikipedia, c]));
  const out = [...candidates];
  const story = storyPlaces(places, text, kb, dateline);
  for (const place of places) {
    if (place.mentions.length === 0) continue;
    const hit = lookupName(kb, place.name);
    const known = hit && hit.source === 'known' && (hit.type === 'country' || hit.type === 'place') ? hit : null;
    const title = known?.title ?? titleFor(place, story);
    const type = known?.type === 'country' || place.kind === 'country' ? 'country' : 'place';
    // A bare title the places engine also found is a place ("South Carolina"), now a confident one.
    const name = place.name.toLowerCase();
    const same = candidates.find((c) => c.guessedType && c.name.toLowerCase() === name);
    if (same) {
      same.type = type;
      if (title && (byTitle.get(title) ?? same) === same)
        Object.assign(same, { wikipedia: title, guessedType: false, placeLine: placeLine(place, title, story) });
      continue;
    }
    if (!title) continue;
    const line = placeLine(place, title, story);
    const earlier = byTitle.get(title);
    if (earlier) {
      earlier.placeLine ??= line;
      continue;
    }
    const c = { ...candidateFor(place, title, type, known?.name ?? title.replace(/_/g, ' ')), placeLine: line };
    byTitle.set(title, c);
    out.push(c);
  }
  return out;
}
