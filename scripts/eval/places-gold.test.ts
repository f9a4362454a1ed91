import { describe, expect, it } from 'vitest';
import type { Place } from '../../lib/types';
import { emptyScores, scorePage, tallyRules, type RuleTally } from './places-gold';

const text = 'NUR-SULTAN - Protests in Almaty and Aktau.';
const place = (
  name: string,
  role: Place['role'],
  start: number,
  lat: number,
  lon: number,
  kind: Place['kind'] = 'city',
): Place => ({
  name,
  role,
  lat,
  lon,
  country: 'KZ',
  mentions: [{ start, end: start + name.length }],
  sentence: null,
  kind,
});

describe('places gold scoring', () => {
  it('matches by name or surface form, scores roles, events and distance', () => {
    const s = emptyScores();
    const predicted = [
      place('Nur-Sultan', 'dateline', 0, 51.18, 71.45),
      place('Almaty', 'event', 25, 43.25, 76.92),
      place('Aktau', 'mention', 36, 48.03, 72.83), // wrong role, wrong town (> 161 km)
      place('Pakistan', 'mention', 0, 30, 70), // not in gold
    ];
    const gold = [
      { name: 'NUR-SULTAN', role: 'dateline' as const, lat: 51.18, lon: 71.45 },
      { name: 'Almaty', role: 'event' as const, lat: 43.24, lon: 76.89 },
      { name: 'Aktau', role: 'event' as const, lat: 43.65, lon: 51.17 },
      { name: 'Zhanaozen', role: 'event' as const, lat: 43.34, lon: 52.86 },
    ];
    scorePage(s, predicted, gold, text);
    expect(s.found).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(s.events).toEqual({ tp: 1, fp: 0, fn: 2 });
    expect([s.roleRight, s.matched]).toEqual([2, 3]);
    expect([s.geoRight, s.geoScored]).toEqual([2, 3]);
  });
});

describe('places gold scoring of countries and failures', () => {
  it('scores a country by its code, whatever its point, and skips places with no country', () => {
    const s = emptyScores();
    const predicted = [
      place('Kazakhstan', 'event', 0, 48, 68, 'country'),
      place('Caspian Sea', 'mention', 0, 42, 51, 'region'),
    ];
    const gold = [
      { name: 'Kazakhstan', role: 'event' as const, country: 'KZ', lat: 48.0, lon: 75.0 },
      { name: 'Caspian Sea', role: 'mention' as const, country: null, lat: 42, lon: 51 },
    ];
    const errors = scorePage(s, predicted, gold, '');
    expect([s.geoRight, s.geoScored]).toEqual([1, 1]);
    expect(errors.far).toEqual([]);
  });

  it('lists misses, extras and role errors for a page', () => {
    const errors = scorePage(
      emptyScores(),
      [place('Almaty', 'mention', 25, 43.25, 76.92)],
      [
        { name: 'Almaty', role: 'event' as const, lat: 43.24, lon: 76.89 },
        { name: 'Aktau', role: 'event' as const, lat: 43.65, lon: 51.17 },
      ],
      text,
    );
    expect(errors).toEqual({ misses: ['Aktau (event)'], extras: [], roles: ['Almaty event→mention'], far: [] });
  });
});

describe('role rules', () => {
  it('counts each rule by the gold role of the places it decided', () => {
    const almaty = place('Almaty', 'event', 25, 43.25, 76.92);
    const aktau = place('Aktau', 'event', 36, 43.65, 51.17);
    const pairs = new Map<Place, { name: string; role: Place['role']; lat: number; lon: number }>([
      [almaty, { name: 'Almaty', role: 'event', lat: 43.25, lon: 76.92 }],
      [aktau, { name: 'Aktau', role: 'mention', lat: 43.65, lon: 51.17 }],
    ]);
    const tally: RuleTally = new Map();
    // Places made here carry no rule: both count under '?'; findPlaces's places carry theirs (lib/places roleRules).
    tallyRules(tally, [almaty, aktau, place('Astana', 'event', 0, 51.18, 71.45)], pairs);
    expect(tally.get('event ← ?')).toEqual({ event: 1, dateline: 0, mention: 1, none: 1 });
  });
});
