// Places engine: recognise place names, resolve each to a gazetteer entry, give it a role.
import type { Article, Confidence, Place, PlaceRole, Quote, Span } from '../types';
import { PLACE_ALIASES } from './aliases';
import { addAliases, entry, kindOf, parseGazetteer, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import { recognize, strong, type Candidate } from './recognize';
import { nearSupport } from './context';
import { containerOf, resolve, storyContext, withChoices, type StoryContext } from './resolve';
import { mentionRoles, placeRole, promoteDateline, datelineAreaRoles, type MentionRole } from './roles';
import { siteHost } from './site-host';
import { stateOverCity } from './state-namesake';
import { readText, type TextLayer } from '../text';
import { sentenceAt } from '../text/sentences';
import type { Token } from '../text/tokens';
import { distanceKm } from './distance';

/** A continent's row carries a stand-in country for coherence only; it lies in no one country. */
const outputCountry = (e: GazetteerEntry): string | null => (e.code === 'CONT' ? null : e.country || null);

/** File name in public/data/ (built by scripts/data/build-gazetteer.ts). */
export const GAZETTEER_FILE = 'gazetteer-v1.tsv';

/** The loaded offline gazetteer. */
export type Gazetteer = PlaceIndex;
export type { Candidate } from './recognize';
export { entry } from './gazetteer';

/** Parses the shipped gazetteer file's text. */
export function loadGazetteer(raw: string): Gazetteer {
  const index = parseGazetteer(raw);
  addAliases(index, PLACE_ALIASES);
  return index;
}

export interface ResolvedMention {
  candidate: Candidate;
  id: number;
  /** Fixed by a state or country written after it ("Nashville, TN"); for a site, its town was named beside it. */
  contained?: boolean;
  /** A site or facility: `id` is the town it lies in. */
  site?: boolean;
  /** A town the gazetteer lacks in the state written after it ("Grantville, Pennsylvania"): `id` is that state. */
  inState?: boolean;
}

/**
 * Every accepted mention with its entry (also used by the geo evaluation on plain text).
 * `keep` widens what counts, e.g. to score toponym tagging that includes demonyms and metonymy.
 */
export function resolveMentions(
  text: string,
  gazetteer: Gazetteer,
  keep: (c: Candidate) => boolean = (c) => !c.veto,
  tokens?: Token[],
): ResolvedMention[] {
  const all = recognize(text, gazetteer, tokens);
  const cands = all.filter((c) => !c.site);
  const containers = cands.map((c, i) => containerOf(c, cands[i + 1], gazetteer));
  // Twice: the second pass also counts each name's first choice as a neighbour (Columbus, Nebraska,
  // once chosen next to Norfolk, vouches for Norfolk, Nebraska in turn).
  const first = storyContext(cands, gazetteer);
  const chosen = new Map<string, number>();
  cands.forEach((c, i) => {
    if (!c.veto && c.ids.length > 1 && !chosen.has(c.key))
      chosen.set(c.key, resolve(c, gazetteer, first, containers[i]));
  });
  const ctx = withChoices(first, chosen, gazetteer);
  const out: ResolvedMention[] = [];
  cands.forEach((c, i) => {
    if (!keep(c) || c.ids.length === 0) return;
    const container = containers[i];
    const id = resolve(c, gazetteer, ctx, container);
    if (!c.veto && !container && isWeak(c, entry(gazetteer, id), ctx)) return;
    const state = container && stateLacking(entry(gazetteer, id), container, cands[i + 1], gazetteer);
    if (state !== undefined) out.push({ candidate: c, id: state, contained: true, inState: true });
    else out.push({ candidate: c, id, contained: Boolean(container) });
  });
  return withSites(
    all.filter((c) => c.site && keep(c)),
    stateOverCity(out, text, gazetteer),
    text,
    gazetteer,
    ctx,
  );
}

/**
 * The written state's id when a town is named with its state ("Greenwood, W. Va.") but no town of that name lies in
 * it: placing it in the state beats a namesake hundreds of kilometres away.
 */
function stateLacking(
  e: GazetteerEntry,
  container: GazetteerEntry,
  next: Candidate,
  gazetteer: Gazetteer,
): number | undefined {
  if (kindOf(e) !== 'city' || container.code !== 'ADM1' || !container.admin1) return undefined;
  if (e.country === container.country && e.admin1 === container.admin1) return undefined;
  return next.ids.find((id) => entry(gazetteer, id) === container);
}

/** Sites placed at their town (lib/places/site-host.ts), merged into the mentions in text order. */
function withSites(
  sites: Candidate[],
  out: ResolvedMention[],
  text: string,
  gazetteer: Gazetteer,
  ctx: StoryContext,
): ResolvedMention[] {
  if (sites.length === 0) return out;
  const placed: ResolvedMention[] = [];
  for (const c of sites) {
    const host = siteHost(c, out, text, gazetteer, (inner) => resolve(inner, gazetteer, ctx));
    if (host) placed.push({ candidate: c, id: host.id, contained: host.near, site: true });
  }
  return [...out, ...placed].sort((a, b) => a.candidate.start - b.candidate.start);
}

/** Landforms and strips written after a town's name: a place of their own (the gazetteer's name lacks the word). */
const FEATURE_WORDS = new Set(['strip', 'valley', 'river', 'island', 'islands', 'mountains', 'peninsula']);

/** The feature's name in lower case ("las vegas strip"), or null for the place itself. */
function featureName(surface: string, e: GazetteerEntry): string | null {
  const lower = surface.toLowerCase();
  const last = lower.slice(lower.lastIndexOf(' ') + 1);
  return FEATURE_WORDS.has(last) && !e.name.toLowerCase().endsWith(last) ? lower : null;
}

/** Namesakes this far apart are different places to a reader. */
const NAMESAKE_KM = 161;

/**
 * How sure the panel can be of a place: low for a small town that has distant namesakes and nothing in the text
 * pinned it, or that is named once with no word saying what it is to the story; high when the name has one
 * reading (or a country, or a written state) and a rule decided its role; medium otherwise.
 */
function confidenceOf(ms: ResolvedMention[], cued: boolean, gazetteer: Gazetteer): Confidence {
  const e = entry(gazetteer, ms[0].id);
  const others = ms[0].candidate.ids.map((id) => entry(gazetteer, id)).filter((o) => o !== e);
  const ambiguous = others.some((o) => distanceKm(o.lat, o.lon, e.lat, e.lon) > NAMESAKE_KM);
  const pinned = !ambiguous || kindOf(e) === 'country' || ms.some((m) => m.contained);
  const small = kindOf(e) === 'city' && e.population < 100_000;
  if (small && (!pinned || (!cued && ms.length === 1))) return 'low';
  return pinned && cued ? 'high' : 'medium';
}

/** Towns must earn a bare mention: a small foreign town named once without "in"/"at" is likely a person or a word. */
function isWeak(c: Candidate, e: GazetteerEntry, ctx: StoryContext): boolean {
  if (kindOf(e) !== 'city' || e.code === 'PPLC' || e.population >= 100_000) return false;
  // "in Zhanaozen" earns it; "of the Yerba Buena theater" does not: towns take no article.
  if (/\b(?:in|at|near|outside|from|to|of)\s+$/i.test(c.before)) return false;
  // Another name of the story that could be a town nearby vouches for it (Palestine next to Elkhart).
  if (nearSupport(ctx.towns, c.key, e) >= 1) return false;
  return (ctx.countries.get(e.country) ?? 0) === 0;
}

function displayName(forms: string[], e: GazetteerEntry): string {
  // Abbreviations ("UK", "U.S.") are shown under the gazetteer's name.
  // "New York State" is a disambiguating row name, not what anyone calls the state.
  if (forms.every((f) => f.length <= 4 || f.includes('.'))) return e.name.replace(/ State$/, '');
  const mixed = forms.find((f) => f !== f.toUpperCase());
  if (mixed) return mixed;
  return forms[0].toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase());
}

/**
 * Words of the names of people quoted in the article ("Kaplan" from "Stuart R. Kaplan" or "Kaplan says"): a town
 * named like one of them (Kaplan, Louisiana) is that person again. Countries, regions and big cities keep their claim.
 */
function notNamedLikeASpeaker(quotes: Quote[], gazetteer: Gazetteer): (c: Candidate) => boolean {
  const words = new Set(
    quotes.filter((q) => q.speakerType === 'person' && q.speaker).flatMap((q) => q.speaker!.toLowerCase().split(/\s+/)),
  );
  return (c) => !c.veto && !(words.has(c.key) && !c.ids.some((id) => strong(gazetteer, id)));
}

/** `layer`: the article's text layer (lib/analyze.ts computes it once for every engine). */
export function findPlaces(
  article: Article,
  gazetteer: Gazetteer | null,
  quotes: Quote[],
  layer: TextLayer = readText(article),
): Place[] {
  if (!gazetteer) return [];
  const text = article.text;
  const mentions = resolveMentions(text, gazetteer, notNamedLikeASpeaker(quotes, gazetteer), layer.tokens);
  const roles = siteHostRoles(
    mentions,
    mentionRoles(
      text,
      mentions.map((m) => m.candidate),
      layer.dateline,
    ),
    text,
  );
  const byId = new Map<number | string, Group>();
  mentions.forEach((m, i) => {
    const span = { start: m.candidate.start, end: m.candidate.end };
    // A site is its own place, listed apart from the town it lies in; so is a feature named after a town ("the Las
    // Vegas Strip"), which the gazetteer only knows by the town.
    const feature = featureName(text.slice(span.start, span.end), entry(gazetteer, m.id));
    const key = m.site ? `site:${m.candidate.key}` : feature || m.inState ? `town:${feature ?? m.candidate.key}` : m.id;
    const group = byId.get(key) ?? { id: m.id, forms: [], spans: [], roles: [], sentence: null, ms: [], cued: false };
    group.ms.push(m);
    group.cued ||= roles[i].cued;
    byId.set(key, group);
    group.forms.push(text.slice(span.start, span.end));
    group.spans.push(span);
    // What happened there: the first event sentence, else the first sentence naming it.
    if (roles[i].role === 'event' && !group.roles.includes('event'))
      group.sentence = sentenceAt(layer.sentences, text, span.start);
    else if (group.sentence === null) group.sentence = sentenceAt(layer.sentences, text, span.start);
    group.roles.push(roles[i].role);
  });
  const groups = [...byId.values()];
  // A site's events count for its town below, not for the dateline's state.
  const areas = groups.map(({ id, ms }) => ({
    country: ms[0].site ? null : entry(gazetteer, id).country || null,
    area: !ms[0].inState && kindOf(entry(gazetteer, id)) !== 'city',
  }));
  const byRules = promoteDateline(
    datelineAreaRoles(
      groups.map((g) => placeRole(g.roles)),
      areas,
    ),
  );
  const placeRoles = siteTownRoles(groups, byRules);
  return groups.map((g, i) => {
    const e = entry(gazetteer, g.id);
    const site = g.ms[0].site;
    return {
      name: site ? siteName(g.forms, e) : displayName(g.forms, e),
      role: placeRoles[i],
      lat: e.lat,
      lon: e.lon,
      country: outputCountry(e),
      mentions: g.spans,
      sentence: g.sentence,
      kind: site ? 'site' : g.ms[0].inState ? 'city' : kindOf(e),
      confidence: site ? siteConfidence(g.ms) : g.ms[0].inState ? 'low' : confidenceOf(g.ms, g.cued, gazetteer),
    };
  });
}

/** "a pulmonologist at the Aberdeen Royal Infirmary in the UK": the place after a site says where the site is. */
const SITE_THEN_PLACE = /^(?:\s*,\s*|\s+in\s+(?:the\s+)?)$/;

function siteHostRoles(mentions: ResolvedMention[], roles: MentionRole[], text: string): MentionRole[] {
  return roles.map((r, i) => {
    const site = mentions[i - 1];
    if (!site?.site || !SITE_THEN_PLACE.test(text.slice(site.candidate.end, mentions[i].candidate.start))) return r;
    return { ...r, role: roles[i - 1].role, cued: roles[i - 1].cued };
  });
}

/** Something that happened at a site happened in its town ("at the Ryman Auditorium in Nashville"). */
function siteTownRoles(groups: Group[], roles: PlaceRole[]): PlaceRole[] {
  const eventTowns = new Set(groups.filter((g, i) => g.ms[0].site && roles[i] === 'event').map((g) => g.id));
  return roles.map((r, i) => (!groups[i].ms[0].site && eventTowns.has(groups[i].id) ? 'event' : r));
}

interface Group {
  /** The gazetteer entry (a site's: its town). */
  id: number;
  forms: string[];
  spans: Span[];
  roles: PlaceRole[];
  sentence: string | null;
  ms: ResolvedMention[];
  cued: boolean;
}

/** "Rogers Arena, Vancouver": the site as written, with the town it was placed at. */
function siteName(forms: string[], town: GazetteerEntry): string {
  const name = forms.find((f) => f !== f.toUpperCase()) ?? forms[0];
  return `${name}, ${displayName([town.name], town)}`;
}

/** A site placed at a town named beside it is as sure as that town; one placed at the story's main town is a guess. */
function siteConfidence(ms: ResolvedMention[]): Confidence {
  return ms.some((m) => m.contained) ? 'medium' : 'low';
}
