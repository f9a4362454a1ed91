// Stage 6 of the places engine: the mentions grouped into places (one per gazetteer entry; a site, a feature
// named after a town, a town placed in its state each apart), each with its role, the name shown, the sentence
// shown and how sure the panel can be.
import type { Confidence, Place, PlaceRole, Span } from '../types';
import type { TextLayer } from '../text';
import { sentenceAt } from '../text/sentences';
import type { ResolvedMention } from './4-resolve';
import type { MentionRole } from './5-roles';
import { distanceKm } from './distance';
import { entry, kindOf, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import { MODIFIER_DETERMINERS, NO_MODIFIER_AFTER } from '../lexicon/en/events';
import { alternation, withCapitals } from '../lexicon/build';
import { workplaceBefore } from './role-cues';

/** A continent's row carries a stand-in country for coherence only; it lies in no one country. */
const outputCountry = (e: GazetteerEntry): string | null => (e.code === 'CONT' ? null : e.country || null);

interface Group {
  /** The gazetteer entry (a site's: its town). */
  id: number;
  forms: string[];
  spans: Span[];
  roles: PlaceRole[];
  sentence: string | null;
  ms: ResolvedMention[];
  cued: boolean;
  /** Each mention's rule (stage 5), in the order of `roles`. */
  rules: string[];
}

/**
 * The rule that decided each place's role (a mention's rule from stage 5, or a story-level one here such as
 * "containing-area"): for the evaluation's per-rule counts, not part of the output.
 */
export const roleRules = new WeakMap<Place, string>();

/** Stage 6. `roles[i]` is `mentions[i]`'s. */
export function placesOf(
  mentions: ResolvedMention[],
  roles: MentionRole[],
  layer: Pick<TextLayer, 'text' | 'sentences'>,
  gazetteer: PlaceIndex,
): Place[] {
  const all = groupMentions(mentions, roles, layer, gazetteer);
  const { roles: allRoles, rules: allRules } = rolesOfPlaces(all, gazetteer, layer.text);
  const shown = all.map((g, i) => !onlyAWorkplace(g, allRoles[i], layer.text));
  const groups = all.filter((_, i) => shown[i]);
  const placeRoles = allRoles.filter((_, i) => shown[i]);
  const rules = allRules.filter((_, i) => shown[i]);
  const places = groups.map((g, i): Place => {
    if (g.ms[0].unplaced) return unplacedSite(g, placeRoles[i]);
    const e = entry(gazetteer, g.id);
    const site = g.ms[0].site;
    return {
      name: site
        ? siteName(g.ms[0].candidate.site?.shown ? [g.ms[0].candidate.site.shown] : g.forms, e)
        : displayName(namingForms(g.forms, e, gazetteer), g.ms[0].inState ? null : e),
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
  places.forEach((p, i) => roleRules.set(p, rules[i]));
  return places;
}

/**
 * A site named only as someone's workplace ("Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary") stands for
 * the institution, an organisation (gold C4: affiliations are not places); where it is (Aberdeen) stays a place. Not a
 * site something happens at ("a doctor at Chaoyang Hospital, where the patients were treated": an event place).
 */
function onlyAWorkplace(g: Group, role: PlaceRole, text: string): boolean {
  return g.ms[0].site !== undefined && role === 'mention' && g.spans.every((s) => workplaceBefore(text, s.start));
}

/** A site the story names with no town to place it at: listed by its name, not on the map. */
function unplacedSite(g: Group, role: PlaceRole): Place {
  const name = g.ms[0].candidate.site?.shown ?? g.forms.find((f) => f !== f.toUpperCase()) ?? g.forms[0];
  const { spans: mentions, sentence } = g;
  return { name, role, lat: null, lon: null, country: null, mentions, sentence, kind: 'site', confidence: 'low' };
}

function groupMentions(
  mentions: ResolvedMention[],
  roles: MentionRole[],
  { text, sentences }: Pick<TextLayer, 'text' | 'sentences'>,
  gazetteer: PlaceIndex,
): Group[] {
  const byId = new Map<number | string, Group>();
  mentions.forEach((m, i) => {
    const span = { start: m.candidate.start, end: m.candidate.end };
    // A site is its own place, listed apart from the town it lies in; so is a feature named after a town ("the Las
    // Vegas Strip"), which the gazetteer only knows by the town.
    const feature = m.site ? null : featureName(text.slice(span.start, span.end), entry(gazetteer, m.id));
    const key = m.site ? `site:${m.candidate.key}` : feature || m.inState ? `town:${feature ?? m.candidate.key}` : m.id;
    const group = byId.get(key) ?? {
      id: m.id,
      forms: [],
      spans: [],
      roles: [],
      sentence: null,
      ms: [],
      cued: false,
      rules: [],
    };
    group.ms.push(m);
    group.cued ||= roles[i].cued;
    byId.set(key, group);
    group.forms.push(text.slice(span.start, span.end));
    group.spans.push(span);
    // What happened there: the first event sentence, else the first sentence naming it.
    if (roles[i].role === 'event' && !group.roles.includes('event'))
      group.sentence = sentenceAt(sentences, text, span.start);
    else if (group.sentence === null) group.sentence = sentenceAt(sentences, text, span.start);
    group.roles.push(roles[i].role);
    group.rules.push(roles[i].rule);
  });
  return [...byId.values()];
}

/**
 * Each place's role: from its mentions' roles, then the dateline's area, the dateline alone, a site's town; with the
 * rule that decided it.
 */
function rolesOfPlaces(groups: Group[], gazetteer: PlaceIndex, text: string): { roles: PlaceRole[]; rules: string[] } {
  // A site's events count for its town below, not for the dateline's state.
  const areas = groups.map(({ id, ms }, i) => ({
    country: ms[0].site ? null : entry(gazetteer, id).country || null,
    area: !ms[0].inState && !ms[0].unplaced && kindOf(entry(gazetteer, id)) !== 'city',
    qualifier: qualifiesDateline(groups, i, text),
  }));
  let roles = groups.map((g) => placeRole(g.roles));
  const rules = groups.map((g, i) => ruleOf(g, roles[i]));
  // Each story-level step names itself as the rule of the roles it changes.
  const step = (rule: string, next: PlaceRole[]) => {
    next.forEach((r, i) => {
      if (r !== roles[i]) rules[i] = rule;
    });
    roles = next;
  };
  step('dateline-area', datelineAreaRoles(roles, areas));
  step('dateline-promoted', promoteDateline(roles));
  step('site-town', siteTownRoles(groups, roles));
  step('containing-area', containingAreaRoles(groups, roles, gazetteer, text));
  return { roles, rules };
}

/** The rule of the place's role from its mentions: the first mention with that role, a cued one first. */
function ruleOf(g: Group, role: PlaceRole): string {
  const at = g.roles.findIndex((r, k) => r === role && g.rules[k] !== 'default');
  return g.rules[at >= 0 ? at : g.roles.indexOf(role)];
}

/** A place's role from its mentions' roles: any event wins, then dateline. */
function placeRole(roles: PlaceRole[]): PlaceRole {
  if (roles.includes('event')) return 'event';
  if (roles.includes('dateline')) return 'dateline';
  return 'mention';
}

/**
 * "SEOUL, South Korea —": the country or state after the dateline's town is where the news is when another of
 * the story's event places lies in it; else it only says where the town is ("BUFFALO, N.Y." → a mention). A
 * country-level area filed from on its own ("and Jo Lee from Hong Kong") stays the dateline.
 */
function datelineAreaRoles(
  roles: PlaceRole[],
  areas: { country: string | null; area: boolean; qualifier: boolean }[],
): PlaceRole[] {
  const eventCountries = new Set(areas.filter((a, i) => roles[i] === 'event' && a.country).map((a) => a.country));
  return roles.map((r, i) => {
    if (r !== 'dateline' || !areas[i].area) return r;
    if (eventCountries.has(areas[i].country)) return 'event';
    return areas[i].qualifier ? 'mention' : 'dateline';
  });
}

/**
 * The group's dateline names the state or country of another dateline place, written right after it ("SEOUL, South
 * Korea —").
 */
function qualifiesDateline(groups: Group[], i: number, text: string): boolean {
  const own = groups[i].spans.filter((_, k) => groups[i].roles[k] === 'dateline');
  // Most places have no dateline mention: the other places' datelines are not gathered for them (a walk of every
  // place for each place).
  if (own.length === 0) return false;
  const towns = groups.flatMap((g, j) => (j === i ? [] : g.spans.filter((_, k) => g.roles[k] === 'dateline')));
  return own.some((a) => towns.some((t) => t.end <= a.start && QUALIFIER_GAP.test(text.slice(t.end, a.start))));
}

const QUALIFIER_GAP = /^\s*,\s*$/;

/**
 * A report filed from a place that names no other event place is about that place
 * ("BUFFALO, N.Y. — The Sabres…").
 */
function promoteDateline(roles: PlaceRole[]): PlaceRole[] {
  if (roles.includes('event') || !roles.includes('dateline')) return roles;
  return roles.map((r) => (r === 'dateline' ? 'event' : r));
}

/**
 * Something that happened at a site happened in its town ("at the Ryman Auditorium in Nashville"); not in a town
 * the site was only guessed to lie in.
 */
function siteTownRoles(groups: Group[], roles: PlaceRole[]): PlaceRole[] {
  const hosts = groups.filter((g, i) => g.ms[0].site && !g.ms[0].guessed && roles[i] === 'event');
  const eventTowns = new Set(hosts.map((g) => g.id));
  return roles.map((r, i) => (!groups[i].ms[0].site && eventTowns.has(groups[i].id) ? 'event' : r));
}

/**
 * A country or a state the story names with no word of its own about it is an event place when one of the story's
 * event places lies in it: what happened in Harare happened in Zimbabwe ("Mr Mugabe, who has led Zimbabwe since
 * 1980", in a story of the coup in Harare), as the country written after an event town is (gold C3). A place a rule
 * made a mention (an origin, a base, a comparison) stays one; a continent is too wide to say where; a state only
 * written after its towns ("Wantagh, NY @ Jones Beach Theater") just says where they are; and a country only written
 * as a noun's modifier ("the total U.S. population") names a nationality.
 */
function containingAreaRoles(groups: Group[], roles: PlaceRole[], gazetteer: PlaceIndex, text: string): PlaceRole[] {
  const placed = groups.map((g) => (g.ms[0].unplaced ? null : entry(gazetteer, g.id)));
  const inside = placed.filter((e, i) => e && roles[i] === 'event' && !groups[i].ms[0].guessed) as GazetteerEntry[];
  return roles.map((r, i) => {
    const g = groups[i];
    const area = placed[i];
    if (r !== 'mention' || g.cued || !area || g.ms[0].site || g.ms[0].inState) return r;
    if (!inside.some((e) => e !== area && liesIn(e, area))) return r;
    // Only ever a noun's modifier ("the total U.S. population", "a U.S. official"): a nationality, as a demonym.
    // A demonym read as its country stands before its land ("several other Russian cities"): the land itself.
    if (
      g.spans.every((s) => nounModifier(text, s) && !gazetteer.demonyms.has(text.slice(s.start, s.end).toLowerCase()))
    )
      return r;
    // Each naming right after one of its own towns ("Wantagh, NY"): a qualifier.
    const qualifier = (s: Span) =>
      groups.some(
        (o, j) =>
          j !== i &&
          placed[j] !== null &&
          liesIn(placed[j]!, area) &&
          o.spans.some((t) => t.end <= s.start && QUALIFIER_GAP.test(text.slice(t.end, s.start))),
      );
    return g.spans.every(qualifier) ? r : 'event';
  });
}

const NOT_MODIFIED = new Set(NO_MODIFIER_AFTER);
// A determiner, then up to two lower-case words ("the total", "the first"), or a number, right before the name.
const DETERMINED = new RegExp(
  `(?:\\b(?:${alternation(withCapitals(MODIFIER_DETERMINERS))})\\s+` +
    '(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}|\\d[\\d,.]*\\s+)$',
  'u',
);

// Built once: under tsx (esbuild, node20 target) a `\p{…}` literal inside a function is a new RegExp on every call.
const NEXT_LOWER_WORD = /^\s+(\p{Ll}[\p{Ll}-]*)(?![\p{L}'’])/u;
/** Global, read only by replace (which starts from 0 whatever lastIndex holds). */
const WORD_OPENING_LOWER = /(^|[\s-])\p{Ll}/gu;

/**
 * The name modifies a noun: a determiner or a number before it ("the total U.S. population") and, right after it, a
 * lower-case word that is no verb in the past and no clause word (NO_MODIFIER_AFTER); not before a possessive ("the
 * UAE capital's": the capital, a place of its own).
 */
function nounModifier(text: string, s: Span): boolean {
  if (!DETERMINED.test(text.slice(Math.max(0, s.start - 40), s.start))) return false;
  const next = NEXT_LOWER_WORD.exec(text.slice(s.end, s.end + 40))?.[1];
  return next !== undefined && !NOT_MODIFIED.has(next) && !next.endsWith('ed');
}

/** A town or a state in a country, a town in a state (GeoNames admin-1). */
function liesIn(e: GazetteerEntry, area: GazetteerEntry): boolean {
  if (e.country !== area.country || kindOf(e) === 'country') return false;
  if (kindOf(area) === 'country') return true;
  return area.code === 'ADM1' && kindOf(e) === 'city' && e.admin1 !== '' && e.admin1 === area.admin1;
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
function confidenceOf(ms: ResolvedMention[], cued: boolean, gazetteer: PlaceIndex): Confidence {
  const e = entry(gazetteer, ms[0].id);
  const others = ms[0].candidate.ids.map((id) => entry(gazetteer, id)).filter((o) => o !== e);
  const ambiguous = others.some((o) => distanceKm(o.lat, o.lon, e.lat, e.lon) > NAMESAKE_KM);
  const pinned = !ambiguous || kindOf(e) === 'country' || ms.some((m) => m.contained);
  const small = kindOf(e) === 'city' && e.population < 100_000;
  if (small && (!pinned || (!cued && ms.length === 1))) return 'low';
  return pinned && cued ? 'high' : 'medium';
}

/**
 * The forms that name the place: a demonym read as its country ("the Greek islands") is shown under the country's
 * name, never as "Greek", and a name the text also writes ("Greece") wins over it.
 */
function namingForms(forms: string[], e: GazetteerEntry, gazetteer: PlaceIndex): string[] {
  const names = forms.filter((f) => !gazetteer.demonyms.has(f.replace(/['’]s$/u, '').toLowerCase()));
  return names.length ? names : [e.name];
}

/** `e`: the entry the forms name (null for a town placed at its state: its short name is no abbreviation). */
function displayName(forms: string[], e: GazetteerEntry | null): string {
  // Abbreviations ("UK", "U.S.") are shown under the gazetteer's name.
  // "New York State" is a disambiguating row name, not what anyone calls the state.
  if (e && forms.every((f) => f.length <= 4 || f.includes('.'))) return e.name.replace(/ State$/, '');
  // "in the Bronx", "at The Hague": the text's article is the name's ("The Bronx").
  if (e && /^The /.test(e.name) && forms.some((f) => f.toLowerCase() === e.name.slice(4).toLowerCase())) return e.name;
  const mixed = forms.find((f) => f !== f.toUpperCase());
  if (mixed) return mixed;
  return forms[0].toLowerCase().replace(WORD_OPENING_LOWER, (m) => m.toUpperCase());
}
