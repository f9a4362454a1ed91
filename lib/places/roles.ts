// What a place is to the story: the dateline it was filed from, an event place (something is
// reported happening there), or a plain mention.
import type { PlaceRole } from '../types';
import { futureClause, mentionCue } from './role-cues';
import { datelineSpan, type Range } from '../text/datelines';
import { alternation } from '../lexicon/build';
import {
  ACTS_ON_PLACE,
  EVENT_PREPOSITIONS,
  EVENTS_AFTER_PLACE,
  EVENTS_BEFORE_PLACE,
  LOCATIVE_PREPOSITIONS,
} from '../lexicon/en/events';

// A locative preposition, then "the [western] city of" style fillers, right before the name.
// The filler may hold a demonym or an editor's bracket ("in the Polish capital [of Warsaw]").
const LOCATIVE = new RegExp(
  `\\b(?:${alternation(LOCATIVE_PREPOSITIONS)})\\s+(?:(?:the|a|an)\\s+)?(?:(?:[\\p{L}-]+\\s+){1,3}\\[?of\\s+)?$`,
  'u',
);
// An event noun right before the locative ("the shooting in Dallas"): an event even in a clause about the future.
const EVENT_BEFORE = new RegExp(
  `\\b(?:${alternation(EVENTS_BEFORE_PLACE)})\\s+(?:${alternation(EVENT_PREPOSITIONS)})\\s+(?:the\\s+)?$`,
  'iu',
);
// Verbs whose object is where something happened ("visiting Nevada", "the storm hit Texas").
const ACTION_OBJECT = new RegExp(`\\b(?:${alternation(ACTS_ON_PLACE)})\\s+(?:the\\s+)?$`, 'u');
// A place naming an event ("the Iowa caucuses", "Aktau protests").
const EVENT_NOUN = new RegExp(`^['’]?s?\\s+(?:${alternation(EVENTS_AFTER_PLACE)})\\b`, 'iu');
const LIST_JOIN = /^\s*(?:,|and|or|, and|, or)\s*$/;

export interface MentionRole {
  start: number;
  end: number;
  role: PlaceRole;
  /** A rule decided the role (dateline, locative, event noun, mention cue); false for the default mention. */
  cued: boolean;
}

/**
 * Roles of each mention in text order: locative ("protests began in Aktau") = event, and so is a
 * name listed right after an event place ("in Aktau and Zhanaozen"); the dateline is a dateline.
 */
/** `dateline`: the range of the story's dateline place (lib/text/datelines.ts), if it has one. */
export function mentionRoles(text: string, spans: Range[], dateline: Range | null = datelineSpan(text)): MentionRole[] {
  const out: MentionRole[] = [];
  for (const s of spans) {
    const before = text.slice(Math.max(0, s.start - 60), s.start);
    const previous = out[out.length - 1];
    let role: PlaceRole = 'mention';
    let cued = true;
    if (dateline && s.start >= dateline.start && s.end <= dateline.end) role = 'dateline';
    else if (mentionCue(before)) role = 'mention';
    else if (EVENT_BEFORE.test(before) || EVENT_NOUN.test(text.slice(s.end, s.end + 30))) role = 'event';
    else if ((LOCATIVE.test(before) || ACTION_OBJECT.test(before)) && !futureClause(text, s.start)) role = 'event';
    else if (previous?.role === 'event' && LIST_JOIN.test(text.slice(previous.end, s.start))) role = 'event';
    else cued = false;
    out.push({ start: s.start, end: s.end, role, cued });
  }
  return out;
}

/** A place's role from its mentions' roles: any event wins, then dateline. */
export function placeRole(roles: PlaceRole[]): PlaceRole {
  if (roles.includes('event')) return 'event';
  if (roles.includes('dateline')) return 'dateline';
  return 'mention';
}

/**
 * "SEOUL, South Korea —": the country or state after the dateline's town is where the news is when another of
 * the story's event places lies in it; else it only says where the town is ("BUFFALO, N.Y." → a mention).
 */
export function datelineAreaRoles(roles: PlaceRole[], areas: { country: string | null; area: boolean }[]): PlaceRole[] {
  const eventCountries = new Set(areas.filter((a, i) => roles[i] === 'event' && a.country).map((a) => a.country));
  return roles.map((r, i) => {
    if (r !== 'dateline' || !areas[i].area) return r;
    return eventCountries.has(areas[i].country) ? 'event' : 'mention';
  });
}

/**
 * A report filed from a place that names no other event place is about that place
 * ("BUFFALO, N.Y. — The Sabres…").
 */
export function promoteDateline(roles: PlaceRole[]): PlaceRole[] {
  if (roles.includes('event') || !roles.includes('dateline')) return roles;
  return roles.map((r) => (r === 'dateline' ? 'event' : r));
}
