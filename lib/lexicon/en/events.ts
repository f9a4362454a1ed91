// Words that say something happened at a place: the prepositions that locate it, the nouns that name a happening,
// and the verbs whose object is where it happened. Lower case.
// Used by: places/roles (event-place roles).

/** Prepositions that put what the clause reports at a place ("protests began in Aktau", "troops moved into Kyiv"). */
// prettier-ignore
export const LOCATIVE_PREPOSITIONS = [
  'in', 'at', 'near', 'outside', 'across', 'throughout', 'around', 'inside', 'into', 'within', 'to',
];

/** Prepositions after an event noun that say where the event was ("the shooting in Dallas"). */
export const EVENT_PREPOSITIONS = ['in', 'at', 'near'];

/** Happenings written before the place they happened in ("the shooting in Dallas", "protests near the palace"). */
// prettier-ignore
export const EVENTS_BEFORE_PLACE = [
  // unrest
  'protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'clashes', 'riot', 'riots',
  // violence and crime
  'attack', 'attacks', 'bombing', 'bombings', 'shooting', 'shootings', 'killing', 'killings', 'murder', 'murders',
  'arrest', 'arrests', 'raid', 'raids',
  // disasters
  'explosion', 'blast', 'fire', 'crash', 'earthquake', 'flood', 'flooding', 'floods',
];

/** Happenings named by the place they happened in ("the Iowa caucuses", "Aktau protests", "the Paris attacks"). */
// prettier-ignore
export const EVENTS_AFTER_PLACE = [
  // votes
  'caucus', 'caucuses', 'primary', 'primaries', 'election', 'elections', 'vote', 'votes', 'referendum',
  // unrest
  'protest', 'protests', 'protesters', 'demonstration', 'demonstrations', 'rally', 'rallies', 'riot', 'riots',
  'clashes', 'unrest', 'uprising', 'violence', 'crisis', 'strike', 'siege', 'offensive', 'war',
  // violence
  'attack', 'attacks', 'bombing', 'bombings', 'shooting', 'shootings', 'massacre',
  // disasters
  'earthquake', 'quake', 'flood', 'floods', 'flooding', 'fire', 'fires', 'wildfire', 'wildfires', 'explosion', 'blast',
  'outbreak',
  // meetings
  'summit', 'talks',
];

/** Verbs whose object is where something happened ("visiting Nevada", "the storm hit Texas", "fled Syria"). */
// prettier-ignore
export const ACTS_ON_PLACE = [
  // travel
  'visit', 'visits', 'visited', 'visiting', 'tour', 'tours', 'toured', 'touring', 'reach', 'reaches', 'reached',
  'enter', 'enters', 'entered', 'left', 'leaving', 'fled', 'flee', 'fleeing',
  // force and disaster
  'hit', 'hits', 'struck', 'strike', 'strikes', 'rocks', 'rocked', 'attack', 'attacks', 'attacked',
  'attacking', 'invade', 'invades', 'invaded', 'invading', 'bomb', 'bombs', 'bombed', 'bombing', 'shell', 'shells',
  'shelled', 'shelling', 'flood', 'floods', 'flooded', 'evacuate', 'evacuates', 'evacuated', 'evacuating',
];
