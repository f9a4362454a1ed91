// US state abbreviations as AP style writes them after a town ("Fresno, Calif.", "Concord, N.H."), without their
// final period. Alone they are often words or names ("Mass", "Miss", "Wash", "Ill"), so every user reads them only
// right after a town.
// Used by: entities/us-states (every form), places/postal (the one-word forms its pattern reads).

/** AP state abbreviations (AP Stylebook), without their final period. */
export const AP_STATES: Readonly<Record<string, string>> = {
  Ala: 'Alabama',
  Ariz: 'Arizona',
  Ark: 'Arkansas',
  Calif: 'California',
  Colo: 'Colorado',
  Conn: 'Connecticut',
  Del: 'Delaware',
  Fla: 'Florida',
  Ga: 'Georgia',
  Ill: 'Illinois',
  Ind: 'Indiana',
  Kan: 'Kansas',
  Ky: 'Kentucky',
  La: 'Louisiana',
  Md: 'Maryland',
  Mass: 'Massachusetts',
  Mich: 'Michigan',
  Minn: 'Minnesota',
  Miss: 'Mississippi',
  Mo: 'Missouri',
  Mont: 'Montana',
  Neb: 'Nebraska',
  Nev: 'Nevada',
  'N.H': 'New Hampshire',
  'N.J': 'New Jersey',
  'N.M': 'New Mexico',
  'N.Y': 'New York',
  'N.C': 'North Carolina',
  'N.D': 'North Dakota',
  Okla: 'Oklahoma',
  Ore: 'Oregon',
  Pa: 'Pennsylvania',
  'R.I': 'Rhode Island',
  'S.C': 'South Carolina',
  'S.D': 'South Dakota',
  Tenn: 'Tennessee',
  Tex: 'Texas',
  Vt: 'Vermont',
  Va: 'Virginia',
  Wash: 'Washington',
  'W. Va': 'West Virginia',
  'W.Va': 'West Virginia',
  Wis: 'Wisconsin',
  Wyo: 'Wyoming',
};

/** The states AP style never abbreviates ("Sen. Susan Collins (Maine)"). Used by: quotes/patterns (STATE_TAG). */
export const UNABBREVIATED_STATES = ['Alaska', 'Hawaii', 'Idaho', 'Iowa', 'Maine', 'Ohio', 'Texas', 'Utah'];

/** Every state's name written in full. Used by: quotes/patterns (STATE_TAG), quotes/mentions (before an office). */
export const STATE_NAMES: readonly string[] = [...Object.values(AP_STATES), ...UNABBREVIATED_STATES];
