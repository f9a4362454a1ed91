// Hand-checked entities the npm data packages do not cover well: organisations known by acronyms,
// news agencies and outlets, and who leads the major countries. Facts only (names → Wikipedia titles).
// Offices change: CHECKED is the date the heads-of-state rows were last checked by hand.
import type { EntityType } from '../../lib/types';

export const CHECKED = '2026-11-25';

export interface CuratedEntity {
  /** English Wikipedia title with underscores. */
  title: string;
  type: EntityType;
  /** Surface names, first = display name. Matched case-insensitively as whole words. */
  names: string[];
  /** Case-sensitive short forms ("CSTO"); matched only as whole tokens. */
  acronyms?: string[];
}

const org = (title: string, names: string[], acronyms: string[] = []): CuratedEntity => ({ title, type: 'organization', names, acronyms });
const outlet = (title: string, names: string[], acronyms: string[] = []): CuratedEntity => ({ title, type: 'outlet', names, acronyms });
const person = (title: string, names: string[]): CuratedEntity => ({ title, type: 'person', names });

/** International organisations and alliances; acronyms are the ones news copy uses unexplained. */
const ORGANISATIONS: CuratedEntity[] = [
  org('Collective_Security_Treaty_Organization', ['Collective Security Treaty Organization', 'Collective Security Treaty Organisation'], ['CSTO']),
  org('NATO', ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'NATO'], ['NATO']),
  org('United_Nations', ['United Nations'], ['UN', 'U.N.']),
  org('United_Nations_Security_Council', ['United Nations Security Council', 'UN Security Council', 'U.N. Security Council'], ['UNSC']),
  org('European_Union', ['European Union'], ['EU', 'E.U.']),
  org('European_Commission', ['European Commission']),
  org('World_Health_Organization', ['World Health Organization', 'World Health Organisation'], ['WHO']),
  org('OPEC', ['Organization of the Petroleum Exporting Countries', 'OPEC'], ['OPEC']),
  org('International_Monetary_Fund', ['International Monetary Fund'], ['IMF']),
  org('World_Bank', ['World Bank']),
  org('World_Trade_Organization', ['World Trade Organization'], ['WTO']),
  org('International_Criminal_Court', ['International Criminal Court'], ['ICC']),
  org('International_Court_of_Justice', ['International Court of Justice'], ['ICJ']),
  org('Shanghai_Cooperation_Organisation', ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'], ['SCO']),
  org('Commonwealth_of_Independent_States', ['Commonwealth of Independent States'], ['CIS']),
  org('Eurasian_Economic_Union', ['Eurasian Economic Union'], ['EAEU']),
  org('Organization_for_Security_and_Co-operation_in_Europe', ['Organization for Security and Co-operation in Europe'], ['OSCE']),
  org('African_Union', ['African Union']),
  org('Association_of_Southeast_Asian_Nations', ['Association of Southeast Asian Nations'], ['ASEAN']),
  org('International_Atomic_Energy_Agency', ['International Atomic Energy Agency'], ['IAEA']),
  org('UNICEF', ['UNICEF'], ['UNICEF']),
  org('Red_Cross', ['Red Cross']),
  org('G7', ['Group of Seven'], ['G7']),
  org('G20', ['Group of Twenty'], ['G20']),
  // US federal bodies that national news names by acronym.
  org('U.S._Securities_and_Exchange_Commission', ['Securities and Exchange Commission', 'U.S. Securities and Exchange Commission'], ['SEC']),
  org('Federal_Bureau_of_Investigation', ['Federal Bureau of Investigation'], ['FBI']),
  org('Central_Intelligence_Agency', ['Central Intelligence Agency'], ['CIA']),
  org('Food_and_Drug_Administration', ['Food and Drug Administration'], ['FDA']),
  org('Federal_Reserve', ['Federal Reserve']),
  org('Centers_for_Disease_Control_and_Prevention', ['Centers for Disease Control and Prevention'], ['CDC']),
];

/** News agencies and outlets, so "Sputnik" is the agency and not the satellite. */
const OUTLETS: CuratedEntity[] = [
  outlet('Reuters', ['Reuters']),
  outlet('Associated_Press', ['Associated Press'], ['AP']),
  outlet('Agence_France-Presse', ['Agence France-Presse', 'Agence France Presse'], ['AFP']),
  outlet('Sputnik_(news_agency)', ['Sputnik']),
  outlet('TASS', ['TASS'], ['TASS']),
  outlet('RIA_Novosti', ['RIA Novosti']),
  outlet('Interfax', ['Interfax']),
  outlet('Xinhua_News_Agency', ['Xinhua', 'Xinhua News Agency']),
  outlet('BBC', ['BBC'], ['BBC']),
  outlet('CNN', ['CNN'], ['CNN']),
  outlet('Al_Jazeera', ['Al Jazeera']),
  outlet('Bloomberg_News', ['Bloomberg News']),
  outlet('The_New_York_Times', ['The New York Times', 'New York Times']),
  outlet('The_Washington_Post', ['The Washington Post', 'Washington Post']),
  outlet('The_Wall_Street_Journal', ['The Wall Street Journal', 'Wall Street Journal']),
  outlet('The_Guardian', ['The Guardian']),
  outlet('Financial_Times', ['Financial Times']),
  outlet('Deutsche_Welle', ['Deutsche Welle']),
  outlet('Kyodo_News', ['Kyodo', 'Kyodo News']),
  outlet('Yonhap_News_Agency', ['Yonhap']),
  outlet('Anadolu_Agency', ['Anadolu Agency']),
  outlet('Live_Science', ['Live Science']),
];

/** Heads of state and government of major countries, as of CHECKED. */
const LEADERS: CuratedEntity[] = [
  person('Donald_Trump', ['Donald Trump', 'Donald J. Trump', 'President Trump', 'President Donald Trump']),
  person('JD_Vance', ['JD Vance', 'J.D. Vance']),
  person('Vladimir_Putin', ['Vladimir Putin']),
  person('Mikhail_Mishustin', ['Mikhail Mishustin']),
  person('Xi_Jinping', ['Xi Jinping']),
  person('Li_Qiang', ['Li Qiang']),
  person('Keir_Starmer', ['Keir Starmer']),
  person('Charles_III', ['King Charles III', 'Charles III']),
  person('Emmanuel_Macron', ['Emmanuel Macron']),
  person('Friedrich_Merz', ['Friedrich Merz']),
  person('Giorgia_Meloni', ['Giorgia Meloni']),
  person('Sanae_Takaichi', ['Sanae Takaichi']),
  person('Mark_Carney', ['Mark Carney']),
  person('Narendra_Modi', ['Narendra Modi']),
  person('Luiz_Inácio_Lula_da_Silva', ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva']),
  person('Claudia_Sheinbaum', ['Claudia Sheinbaum']),
  person('Volodymyr_Zelenskyy', ['Volodymyr Zelenskyy', 'Volodymyr Zelensky']),
  person('Recep_Tayyip_Erdoğan', ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan']),
  person('Kassym-Jomart_Tokayev', ['Kassym-Jomart Tokayev', 'Kassym-Zhomart Tokayev']),
  person('Olzhas_Bektenov', ['Olzhas Bektenov']),
  person('Shavkat_Mirziyoyev', ['Shavkat Mirziyoyev']),
  person('Sadyr_Japarov', ['Sadyr Japarov']),
  person('Alexander_Lukashenko', ['Alexander Lukashenko']),
  person('Benjamin_Netanyahu', ['Benjamin Netanyahu']),
  person('Masoud_Pezeshkian', ['Masoud Pezeshkian']),
  person('Ali_Khamenei', ['Ali Khamenei']),
  person('Lee_Jae-myung', ['Lee Jae-myung']),
  person('Anthony_Albanese', ['Anthony Albanese']),
  person('Cyril_Ramaphosa', ['Cyril Ramaphosa']),
  person('Mohammed_bin_Salman', ['Mohammed bin Salman']),
  person('Shehbaz_Sharif', ['Shehbaz Sharif']),
  person('Karol_Nawrocki', ['Karol Nawrocki']),
  person('Donald_Tusk', ['Donald Tusk']),
  person('Pedro_Sánchez', ['Pedro Sánchez', 'Pedro Sanchez']),
  person('Javier_Milei', ['Javier Milei']),
  person('Abdel_Fattah_el-Sisi', ['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi']),
  person('Prabowo_Subianto', ['Prabowo Subianto']),
  person('Bola_Tinubu', ['Bola Tinubu']),
  // Recent former US presidents, with the "President X" form news copy uses after the first mention.
  person('Barack_Obama', ['Barack Obama', 'President Obama', 'President Barack Obama']),
  person('Joe_Biden', ['Joe Biden', 'President Biden', 'President Joe Biden']),
  person('Bill_Clinton', ['Bill Clinton', 'President Clinton', 'President Bill Clinton']),
  person('George_W._Bush', ['George W. Bush']),
  person('António_Guterres', ['António Guterres', 'Antonio Guterres']),
  person('Ursula_von_der_Leyen', ['Ursula von der Leyen']),
  person('Mark_Rutte', ['Mark Rutte']),
];

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

export const CURATED_ENTITIES: CuratedEntity[] = [...ORGANISATIONS, ...OUTLETS, ...LEADERS, ...EVENTS];

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
