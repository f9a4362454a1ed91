// Hand-checked entities the npm data packages do not cover well: organisations known by acronyms,
// news agencies and outlets, and who leads the major countries. Facts only (names → Wikipedia titles).
// Offices change: CHECKED is the date the heads-of-state rows were last checked by hand.
import type { CuratedEntity } from './curated-rows';
import { ORGANISATIONS } from './curated-organisations';
import { OUTLETS } from './curated-outlets';
import { PEOPLE } from './curated-people';

export type { CuratedEntity } from './curated-rows';

export const CHECKED = '2026-11-25';

/** Events with settled, unambiguous titles that news copy names as such. */
const EVENTS: CuratedEntity[] = [
  { title: 'World_War_I', type: 'event', names: ['World War I', 'First World War'] },
  { title: 'World_War_II', type: 'event', names: ['World War II', 'Second World War'] },
  { title: 'Cold_War', type: 'event', names: ['Cold War'] },
  { title: 'The_Holocaust', type: 'event', names: ['Holocaust', 'The Holocaust'] },
  { title: 'Arab_Spring', type: 'event', names: ['Arab Spring'] },
  { title: 'September_11_attacks', type: 'event', names: ['September 11 attacks'] },
  { title: 'COVID-19_pandemic', type: 'event', names: ['COVID-19 pandemic', 'Covid-19 pandemic'] },
  { title: 'Brexit', type: 'event', names: ['Brexit'] },
  { title: 'Russian_invasion_of_Ukraine', type: 'event', names: ['Russian invasion of Ukraine'] },
];

export const CURATED_ENTITIES: CuratedEntity[] = [...ORGANISATIONS, ...OUTLETS, ...PEOPLE, ...EVENTS];

/** Countries whose Wikipedia article is not titled by world-countries' common name (cca2 → title). */
export const COUNTRY_TITLE_OVERRIDES: Record<string, string> = {
  GE: 'Georgia_(country)',
  IE: 'Republic_of_Ireland',
  CG: 'Republic_of_the_Congo',
  CD: 'Democratic_Republic_of_the_Congo',
  FM: 'Federated_States_of_Micronesia',
  PS: 'State_of_Palestine',
  VA: 'Vatican_City',
  CI: 'Ivory_Coast',
  MK: 'North_Macedonia',
  CV: 'Cape_Verde',
  TL: 'East_Timor',
  SZ: 'Eswatini',
  MM: 'Myanmar',
  BS: 'The_Bahamas',
  GM: 'The_Gambia',
  CZ: 'Czech_Republic',
  TR: 'Turkey',
};

/** Former or alternative city names still used in news copy (name → current Wikipedia title). */
export const CITY_ALIASES: Record<string, string> = {
  'Nur-Sultan': 'Astana',
  Kiev: 'Kyiv',
  Bombay: 'Mumbai',
  Peking: 'Beijing',
  Rangoon: 'Yangon',
  Saigon: 'Ho_Chi_Minh_City',
};

/** Demonyms world-countries lacks but news copy uses ("Kazakh President"). */
export const EXTRA_DEMONYMS: Record<string, string[]> = {
  KZ: ['Kazakh'],
  KG: ['Kyrgyz'],
  UZ: ['Uzbek'],
  TJ: ['Tajik'],
  TM: ['Turkmen'],
  AF: ['Afghan'],
};

/** Short names world-countries lacks. */
export const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.'],
  GB: ['Britain', 'U.K.'],
  TR: ['Turkey'],
  CZ: ['Czech Republic'],
};

/** Country acronyms matched case-sensitively as whole tokens only. */
export const COUNTRY_ACRONYMS: Record<string, string[]> = {
  US: ['US', 'USA'],
  GB: ['UK'],
  AE: ['UAE'],
  CD: ['DRC'],
  CN: ['PRC'],
};
