// First-level regions and continents for the gazetteer (the cities package has no admin-1 rows).
// Facts only: approximate centroids and rounded populations (for ranking namesakes).
export interface RegionRow {
  /** A leading '=' marks a demonym ("=European"). */
  names: string[];
  lat: number;
  lon: number;
  country: string;
  kind: 'ADM1' | 'RGN' | 'CONT';
  population?: number;
  /** GeoNames admin-1 code (US: the postal code), so towns can be matched to their state. */
  admin1?: string;
}

const US_CODES =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  );

// prettier-ignore
const US: [string, number, number, number][] = [
  ['Alabama', 32.8, -86.8, 5.0], ['Alaska', 64.7, -152.0, 0.7], ['Arizona', 34.3, -111.7, 7.2],
  ['Arkansas', 34.9, -92.4, 3.0], ['California', 37.2, -119.5, 39], ['Colorado', 39.0, -105.5, 5.8],
  ['Connecticut', 41.6, -72.7, 3.6], ['Delaware', 39.0, -75.5, 1.0], ['Florida', 28.6, -82.4, 22],
  ['Georgia', 32.7, -83.4, 11], ['Hawaii', 20.8, -156.3, 1.4], ['Idaho', 44.4, -114.6, 1.9],
  ['Illinois', 40.0, -89.2, 12.6], ['Indiana', 39.9, -86.3, 6.8], ['Iowa', 42.1, -93.5, 3.2],
  ['Kansas', 38.5, -98.4, 2.9], ['Kentucky', 37.5, -85.3, 4.5], ['Louisiana', 31.1, -92.0, 4.6],
  ['Maine', 45.4, -69.2, 1.4], ['Maryland', 39.0, -76.8, 6.2], ['Massachusetts', 42.3, -71.8, 7.0],
  ['Michigan', 44.3, -85.4, 10], ['Minnesota', 46.3, -94.3, 5.7], ['Mississippi', 32.7, -89.7, 2.9],
  ['Missouri', 38.4, -92.5, 6.2], ['Montana', 47.0, -109.6, 1.1], ['Nebraska', 41.5, -99.8, 2.0],
  ['Nevada', 39.3, -116.6, 3.2], ['New Hampshire', 43.7, -71.6, 1.4], ['New Jersey', 40.2, -74.7, 9.3],
  ['New Mexico', 34.4, -106.1, 2.1], ['New York State', 42.9, -75.5, 19.6], ['North Carolina', 35.6, -79.4, 10.8],
  ['North Dakota', 47.5, -100.5, 0.8], ['Ohio', 40.3, -82.8, 11.8], ['Oklahoma', 35.6, -97.5, 4.0],
  ['Oregon', 43.9, -120.6, 4.2], ['Pennsylvania', 40.9, -77.8, 13], ['Rhode Island', 41.7, -71.5, 1.1],
  ['South Carolina', 33.9, -80.9, 5.3], ['South Dakota', 44.4, -100.2, 0.9], ['Tennessee', 35.9, -86.4, 7.0],
  ['Texas', 31.5, -99.3, 30], ['Utah', 39.3, -111.7, 3.4], ['Vermont', 44.1, -72.7, 0.6],
  ['Virginia', 37.5, -78.8, 8.6], ['Washington State', 47.4, -120.5, 7.8], ['West Virginia', 38.6, -80.6, 1.8],
  ['Wisconsin', 44.6, -89.9, 5.9], ['Wyoming', 43.0, -107.5, 0.6],
];

const OTHER: RegionRow[] = [
  { names: ['England'], lat: 52.6, lon: -1.5, country: 'GB', kind: 'ADM1', population: 56e6 },
  { names: ['Scotland'], lat: 56.8, lon: -4.2, country: 'GB', kind: 'ADM1', population: 5.4e6 },
  { names: ['Wales'], lat: 52.3, lon: -3.7, country: 'GB', kind: 'ADM1', population: 3.1e6 },
  { names: ['Northern Ireland'], lat: 54.6, lon: -6.7, country: 'GB', kind: 'ADM1', population: 1.9e6 },
  { names: ['Ontario'], lat: 50.0, lon: -85.0, country: 'CA', kind: 'ADM1', population: 14e6 },
  { names: ['Quebec', 'Québec'], lat: 52.0, lon: -72.0, country: 'CA', kind: 'ADM1', population: 8.5e6 },
  { names: ['British Columbia'], lat: 54.0, lon: -125.0, country: 'CA', kind: 'ADM1', population: 5e6 },
  { names: ['Alberta'], lat: 54.5, lon: -115.0, country: 'CA', kind: 'ADM1', population: 4.4e6 },
  { names: ['Manitoba'], lat: 55.0, lon: -97.0, country: 'CA', kind: 'ADM1', population: 1.3e6 },
  { names: ['Saskatchewan'], lat: 54.0, lon: -106.0, country: 'CA', kind: 'ADM1', population: 1.1e6 },
  { names: ['Nova Scotia'], lat: 45.0, lon: -63.0, country: 'CA', kind: 'ADM1', population: 1e6 },
  { names: ['New South Wales'], lat: -32.0, lon: 147.0, country: 'AU', kind: 'ADM1', population: 8e6 },
  { names: ['Queensland'], lat: -22.0, lon: 144.0, country: 'AU', kind: 'ADM1', population: 5e6 },
  { names: ['Western Australia'], lat: -26.0, lon: 121.0, country: 'AU', kind: 'ADM1', population: 2.7e6 },
  { names: ['South Australia'], lat: -30.0, lon: 135.0, country: 'AU', kind: 'ADM1', population: 1.8e6 },
  { names: ['Tasmania'], lat: -42.0, lon: 146.6, country: 'AU', kind: 'ADM1', population: 0.5e6 },
  { names: ['Bavaria', 'Bayern'], lat: 48.9, lon: 11.4, country: 'DE', kind: 'ADM1', population: 13e6 },
  { names: ['Catalonia', 'Catalunya'], lat: 41.8, lon: 1.5, country: 'ES', kind: 'ADM1', population: 7.7e6 },
  { names: ['Punjab'], lat: 31.0, lon: 72.5, country: 'PK', kind: 'ADM1', population: 110e6 },
  // India's Punjab shares the name; the story's country picks one (stubble burning near Delhi is India's).
  { names: ['Punjab'], lat: 30.8, lon: 75.4, country: 'IN', kind: 'ADM1', population: 30e6 },
  { names: ['Haryana'], lat: 29.1, lon: 76.1, country: 'IN', kind: 'ADM1', population: 25e6 },
  { names: ['Kashmir'], lat: 34.1, lon: 75.0, country: 'IN', kind: 'RGN', population: 13e6 },
  { names: ['Xinjiang'], lat: 41.0, lon: 85.0, country: 'CN', kind: 'ADM1', population: 25e6 },
  { names: ['Tibet'], lat: 31.5, lon: 88.0, country: 'CN', kind: 'ADM1', population: 3.6e6 },
  { names: ['Crimea'], lat: 45.3, lon: 34.4, country: 'UA', kind: 'RGN', population: 2.4e6 },
  { names: ['Donbas', 'Donbass'], lat: 48.0, lon: 38.0, country: 'UA', kind: 'RGN', population: 6e6 },
  { names: ['Siberia'], lat: 60.0, lon: 100.0, country: 'RU', kind: 'RGN', population: 33e6 },
  { names: ['Chechnya'], lat: 43.4, lon: 45.7, country: 'RU', kind: 'ADM1', population: 1.5e6 },
  { names: ['Gaza', 'Gaza Strip'], lat: 31.4, lon: 34.4, country: 'PS', kind: 'RGN', population: 2e6 },
  { names: ['West Bank'], lat: 31.95, lon: 35.25, country: 'PS', kind: 'RGN', population: 3e6 },
  { names: ['Darfur'], lat: 13.5, lon: 24.0, country: 'SD', kind: 'RGN', population: 9e6 },
  { names: ['Kurdistan', 'Iraqi Kurdistan'], lat: 36.4, lon: 44.4, country: 'IQ', kind: 'RGN', population: 6e6 },
  {
    names: ['Mangystau', 'Mangystau Region', 'Mangistau'],
    lat: 44.0,
    lon: 53.5,
    country: 'KZ',
    kind: 'ADM1',
    population: 0.7e6,
  },
  { names: ['Idlib Province'], lat: 35.8, lon: 36.6, country: 'SY', kind: 'ADM1', population: 2.9e6 },
  { names: ['Gilgit-Baltistan'], lat: 35.8, lon: 74.5, country: 'PK', kind: 'ADM1', population: 1.5e6 },
  { names: ['Sindh'], lat: 26.0, lon: 68.8, country: 'PK', kind: 'ADM1', population: 48e6 },
  { names: ['Balochistan', 'Baluchistan'], lat: 28.5, lon: 65.0, country: 'PK', kind: 'ADM1', population: 12e6 },
  { names: ['Khyber Pakhtunkhwa'], lat: 34.5, lon: 72.0, country: 'PK', kind: 'ADM1', population: 35e6 },
  { names: ['Uttar Pradesh'], lat: 27.0, lon: 80.9, country: 'IN', kind: 'ADM1', population: 200e6 },
  { names: ['Kerala'], lat: 10.4, lon: 76.4, country: 'IN', kind: 'ADM1', population: 33e6 },
  { names: ['West Bengal'], lat: 23.0, lon: 87.8, country: 'IN', kind: 'ADM1', population: 91e6 },
  { names: ['Maharashtra'], lat: 19.5, lon: 75.7, country: 'IN', kind: 'ADM1', population: 112e6 },
  { names: ['Tamil Nadu'], lat: 11.1, lon: 78.6, country: 'IN', kind: 'ADM1', population: 72e6 },
  { names: ['Sichuan'], lat: 30.6, lon: 102.7, country: 'CN', kind: 'ADM1', population: 83e6 },
  { names: ['Guangdong'], lat: 23.4, lon: 113.4, country: 'CN', kind: 'ADM1', population: 126e6 },
  { names: ['Hubei'], lat: 31.0, lon: 112.3, country: 'CN', kind: 'ADM1', population: 58e6 },
  { names: ['Mindanao'], lat: 7.9, lon: 125.0, country: 'PH', kind: 'RGN', population: 26e6 },
  { names: ['Java'], lat: -7.5, lon: 110.0, country: 'ID', kind: 'RGN', population: 150e6 },
  { names: ['Sumatra'], lat: 0.0, lon: 102.0, country: 'ID', kind: 'RGN', population: 59e6 },
  { names: ['Borneo'], lat: 0.9, lon: 114.0, country: 'ID', kind: 'RGN', population: 23e6 },
  { names: ['Patagonia'], lat: -44.0, lon: -69.0, country: 'AR', kind: 'RGN', population: 2e6 },
  { names: ['Sinai', 'Sinai Peninsula'], lat: 29.5, lon: 33.8, country: 'EG', kind: 'RGN', population: 0.6e6 },
  { names: ['Golan Heights'], lat: 33.0, lon: 35.8, country: 'SY', kind: 'RGN', population: 0.05e6 },
  { names: ['South Ossetia'], lat: 42.3, lon: 44.0, country: 'GE', kind: 'RGN', population: 0.05e6 },
  { names: ['Waziristan'], lat: 32.5, lon: 69.8, country: 'PK', kind: 'RGN', population: 1.2e6 },
  { names: ['South Waziristan'], lat: 32.3, lon: 69.6, country: 'PK', kind: 'RGN', population: 0.7e6 },
  { names: ['North Waziristan'], lat: 32.9, lon: 70.1, country: 'PK', kind: 'RGN', population: 0.5e6 },
  { names: ['North Caucasus'], lat: 43.5, lon: 45.0, country: 'RU', kind: 'RGN', population: 10e6 },
  { names: ['Urals', 'Ural Mountains'], lat: 60.0, lon: 60.0, country: 'RU', kind: 'RGN', population: 12e6 },
  { names: ['Galilee'], lat: 32.8, lon: 35.4, country: 'IL', kind: 'RGN', population: 1.3e6 },
  { names: ['Negev'], lat: 30.8, lon: 34.8, country: 'IL', kind: 'RGN', population: 0.7e6 },
  // Parts of countries named by their land or history, which have no admin-1 row of that name.
  { names: ['Anatolia'], lat: 39.0, lon: 32.0, country: 'TR', kind: 'RGN', population: 6e7 },
  { names: ['Transylvania'], lat: 46.5, lon: 24.5, country: 'RO', kind: 'RGN', population: 6.8e6 },
  { names: ['Dalmatia'], lat: 43.5, lon: 16.4, country: 'HR', kind: 'RGN', population: 0.8e6 },
  { names: ['Provence'], lat: 43.9, lon: 6.0, country: 'FR', kind: 'RGN', population: 3e6 },
  { names: ['Kyushu'], lat: 33.0, lon: 131.0, country: 'JP', kind: 'RGN', population: 13e6 },
  { names: ['Newfoundland'], lat: 48.5, lon: -56.0, country: 'CA', kind: 'RGN', population: 0.5e6 },
  { names: ['Katanga'], lat: -9.0, lon: 26.0, country: 'CD', kind: 'RGN', population: 5.6e6 },
  { names: ['Kivu'], lat: -2.0, lon: 28.5, country: 'CD', kind: 'RGN', population: 12e6 },
  { names: ['Oromia'], lat: 8.0, lon: 39.0, country: 'ET', kind: 'ADM1', population: 35e6 },
  { names: ['Casamance'], lat: 12.8, lon: -15.5, country: 'SN', kind: 'RGN', population: 1.9e6 },
  { names: ['Rojava'], lat: 36.5, lon: 40.5, country: 'SY', kind: 'RGN', population: 2e6 },
  { names: ['Ingushetia'], lat: 43.2, lon: 45.0, country: 'RU', kind: 'ADM1', population: 0.5e6 },
  { names: ['Yakutia'], lat: 66.0, lon: 129.0, country: 'RU', kind: 'ADM1', population: 1e6 },
  { names: ['Amazon rainforest', 'Amazon Basin'], lat: -3.5, lon: -62.0, country: 'BR', kind: 'RGN', population: 3e7 },
  // Regions of the United States that news names as places ("four Midwest states", "storms on the East Coast").
  { names: ['Midwest'], lat: 41.5, lon: -90.0, country: 'US', kind: 'RGN', population: 68e6 },
  { names: ['New England'], lat: 43.5, lon: -71.5, country: 'US', kind: 'RGN', population: 15e6 },
  { names: ['Pacific Northwest'], lat: 46.0, lon: -121.0, country: 'US', kind: 'RGN', population: 13e6 },
  { names: ['West Coast'], lat: 38.0, lon: -121.0, country: 'US', kind: 'RGN', population: 50e6 },
  { names: ['East Coast'], lat: 39.0, lon: -76.0, country: 'US', kind: 'RGN', population: 110e6 },
  { names: ['Gulf Coast'], lat: 29.5, lon: -90.0, country: 'US', kind: 'RGN', population: 20e6 },
  { names: ['Great Plains'], lat: 40.0, lon: -100.0, country: 'US', kind: 'RGN', population: 10e6 },
  { names: ['Deep South'], lat: 32.5, lon: -87.5, country: 'US', kind: 'RGN', population: 20e6 },
  { names: ['Rust Belt'], lat: 41.0, lon: -83.0, country: 'US', kind: 'RGN', population: 40e6 },
  { names: ['Sun Belt'], lat: 33.0, lon: -97.0, country: 'US', kind: 'RGN', population: 100e6 },
  { names: ['Great Lakes'], lat: 45.0, lon: -84.0, country: 'US', kind: 'RGN', population: 30e6 },
  {
    names: ['Bay Area', 'San Francisco Bay Area'],
    lat: 37.7,
    lon: -122.2,
    country: 'US',
    kind: 'RGN',
    population: 7.7e6,
    admin1: 'CA',
  },
];

/** Continents and world regions: the country code is the most populous member, for coherence only; GeoNames points where known. */
const CONTINENTS: RegionRow[] = [
  { names: ['Africa', '=African'], lat: 7.1881, lon: 21.09375, country: 'NG', kind: 'CONT', population: 1.4e9 },
  { names: ['Europe', '=European'], lat: 48.69096, lon: 9.14062, country: 'DE', kind: 'CONT', population: 7.4e8 },
  { names: ['Asia', '=Asian'], lat: 29.84064, lon: 89.29688, country: 'CN', kind: 'CONT', population: 4.6e9 },
  {
    names: ['North America', '=North American'],
    lat: 46.07323,
    lon: -100.54688,
    country: 'US',
    kind: 'CONT',
    population: 5.8e8,
  },
  {
    names: ['South America', 'Latin America', '=South American', '=Latin American'],
    lat: -14.60485,
    lon: -57.65625,
    country: 'BR',
    kind: 'CONT',
    population: 4.3e8,
  },
  { names: ['Australasia', 'Oceania'], lat: -25.0, lon: 140.0, country: 'AU', kind: 'CONT', population: 4.4e7 },
  { names: ['Antarctica'], lat: -80.0, lon: 0.0, country: 'AQ', kind: 'CONT', population: 0 },
  { names: ['Middle East', '=Middle Eastern'], lat: 29.0, lon: 42.0, country: 'SA', kind: 'CONT', population: 3.7e8 },
  { names: ['Central Asia', '=Central Asian'], lat: 45.0, lon: 65.0, country: 'KZ', kind: 'CONT', population: 7.5e7 },
  { names: ['Southeast Asia'], lat: 5.0, lon: 110.0, country: 'ID', kind: 'CONT', population: 6.7e8 },
  {
    names: ['Central America', '=Central American'],
    lat: 13.0,
    lon: -86.0,
    country: 'GT',
    kind: 'CONT',
    population: 5.2e7,
  },
  { names: ['Caribbean'], lat: 18.0, lon: -72.0, country: 'CU', kind: 'CONT', population: 4.4e7 },
  { names: ['Balkans'], lat: 43.0, lon: 21.0, country: 'RS', kind: 'CONT', population: 5.5e7 },
  { names: ['Caucasus'], lat: 42.5, lon: 44.5, country: 'GE', kind: 'CONT', population: 3e7 },
  // Lands across borders, named by their land or history ("refugees crossing the Sahara", "the Levant").
  { names: ['Americas'], lat: 19.0, lon: -96.0, country: 'US', kind: 'CONT', population: 1e9 },
  { names: ['Levant'], lat: 33.5, lon: 36.0, country: 'SY', kind: 'CONT', population: 5e7 },
  { names: ['Maghreb'], lat: 31.0, lon: 2.0, country: 'DZ', kind: 'CONT', population: 1e8 },
  { names: ['Sahara', 'Sahara Desert'], lat: 23.0, lon: 12.0, country: 'DZ', kind: 'CONT', population: 2.5e6 },
  { names: ['Andes'], lat: -16.0, lon: -69.0, country: 'PE', kind: 'CONT', population: 8.5e7 },
  { names: ['Himalayas', 'Himalaya'], lat: 28.5, lon: 84.0, country: 'NP', kind: 'CONT', population: 5e7 },
  { names: ['Alps'], lat: 46.4, lon: 10.0, country: 'CH', kind: 'CONT', population: 1.4e7 },
  // Parts of continents named with a compass word: regions of their own, far from the continent's point (GeoNames'
  // points where the geoparsing sets' gold shows them: East and West Africa, Western and Northern Europe).
  { names: ['East Africa'], lat: -0.52, lon: 36.51, country: 'ET', kind: 'CONT', population: 4.5e8 },
  { names: ['West Africa'], lat: 18.31, lon: -4.83, country: 'NG', kind: 'CONT', population: 4e8 },
  { names: ['North Africa'], lat: 27.0, lon: 14.0, country: 'EG', kind: 'CONT', population: 2.5e8 },
  { names: ['Southern Africa'], lat: -26.0, lon: 25.0, country: 'ZA', kind: 'CONT', population: 6.7e7 },
  { names: ['Horn of Africa'], lat: 8.0, lon: 44.0, country: 'ET', kind: 'CONT', population: 1.4e8 },
  { names: ['Sub-Saharan Africa'], lat: 0.0, lon: 20.0, country: 'NG', kind: 'CONT', population: 1.1e9 },
  { names: ['South Asia'], lat: 23.0, lon: 80.0, country: 'IN', kind: 'CONT', population: 1.9e9 },
  { names: ['East Asia'], lat: 35.0, lon: 115.0, country: 'CN', kind: 'CONT', population: 1.6e9 },
  { names: ['Eastern Europe'], lat: 52.0, lon: 30.0, country: 'RU', kind: 'CONT', population: 2.9e8 },
  { names: ['Western Europe'], lat: 50.21, lon: 7.42, country: 'DE', kind: 'CONT', population: 2e8 },
  { names: ['Northern Europe'], lat: 61.68, lon: 2.9, country: 'GB', kind: 'CONT', population: 1e8 },
  { names: ['Southern Europe'], lat: 41.0, lon: 14.0, country: 'IT', kind: 'CONT', population: 1.5e8 },
  { names: ['Scandinavia'], lat: 62.0, lon: 14.0, country: 'SE', kind: 'CONT', population: 2.1e7 },
  // A union of states, named as a place in news ("imports into the EU"); its point is the EU's centre of area since 2020.
  { names: ['European Union', 'EU', 'E.U.'], lat: 49.84, lon: 9.9, country: 'DE', kind: 'CONT', population: 4.5e8 },
];

/**
 * Landmarks news names as places, whose names small towns also carry (Central Park, Washington;
 * Times Square, …): as regions they outrank the towns, and a story's country still decides. Names used
 * mostly for what sits there (Wall Street, Downing Street, Capitol Hill) are left out: that is metonymy.
 */
const LANDMARKS: RegionRow[] = [
  { names: ['Central Park'], lat: 40.7826, lon: -73.9656, country: 'US', kind: 'RGN', admin1: 'NY' },
  { names: ['Times Square'], lat: 40.758, lon: -73.9855, country: 'US', kind: 'RGN', admin1: 'NY' },
  { names: ['Golden Gate Bridge'], lat: 37.8199, lon: -122.4783, country: 'US', kind: 'RGN', admin1: 'CA' },
  { names: ['Trafalgar Square'], lat: 51.508, lon: -0.1281, country: 'GB', kind: 'RGN' },
  { names: ['Red Square'], lat: 55.7539, lon: 37.6208, country: 'RU', kind: 'RGN' },
  { names: ['Tiananmen Square'], lat: 39.9055, lon: 116.3976, country: 'CN', kind: 'RGN' },
  { names: ['Tahrir Square'], lat: 30.0444, lon: 31.2357, country: 'EG', kind: 'RGN' },
  { names: ['Maidan', 'Maidan Nezalezhnosti'], lat: 50.4501, lon: 30.5234, country: 'UA', kind: 'RGN' },
];

/**
 * States that no longer exist, named in history told by news ("born in the Soviet Union", "Czechoslovakia's
 * 1968"). They lie in no one present country: like continents they carry a stand-in country for coherence only.
 * Points: GeoNames' where it has the state (Soviet Union 60, 100), else the centre of the state's area.
 */
const HISTORICAL: RegionRow[] = [
  {
    names: ['Soviet Union', 'USSR', 'U.S.S.R.', '=Soviet'],
    lat: 60.0,
    lon: 100.0,
    country: 'RU',
    kind: 'CONT',
    population: 2.9e8,
  },
  { names: ['Czechoslovakia'], lat: 49.5, lon: 17.0, country: 'CZ', kind: 'CONT', population: 1.5e7 },
  { names: ['Yugoslavia'], lat: 44.0, lon: 19.0, country: 'RS', kind: 'CONT', population: 2.3e7 },
  { names: ['Ottoman Empire'], lat: 39.0, lon: 35.0, country: 'TR', kind: 'CONT', population: 2.5e7 },
  {
    names: ['Austria-Hungary', 'Austro-Hungarian Empire'],
    lat: 47.5,
    lon: 17.0,
    country: 'AT',
    kind: 'CONT',
    population: 5e7,
  },
  {
    names: ['East Germany', 'German Democratic Republic'],
    lat: 52.5,
    lon: 12.5,
    country: 'DE',
    kind: 'CONT',
    population: 1.7e7,
  },
  { names: ['West Germany'], lat: 50.5, lon: 8.5, country: 'DE', kind: 'CONT', population: 6.2e7 },
  { names: ['Prussia'], lat: 53.0, lon: 15.0, country: 'DE', kind: 'CONT', population: 4e7 },
  { names: ['Rhodesia'], lat: -19.0, lon: 29.8, country: 'ZW', kind: 'CONT', population: 7e6 },
  { names: ['Nazi Germany', 'Third Reich'], lat: 51.0, lon: 10.0, country: 'DE', kind: 'CONT', population: 8e7 },
  { names: ['Weimar Republic'], lat: 51.0, lon: 10.0, country: 'DE', kind: 'CONT', population: 6.2e7 },
  { names: ['Roman Empire'], lat: 41.9, lon: 12.5, country: 'IT', kind: 'CONT', population: 6e7 },
  { names: ['Byzantine Empire'], lat: 41.0, lon: 29.0, country: 'TR', kind: 'CONT', population: 2e7 },
  { names: ['Holy Roman Empire'], lat: 50.0, lon: 10.0, country: 'DE', kind: 'CONT', population: 2e7 },
  { names: ['Mughal Empire'], lat: 27.0, lon: 78.0, country: 'IN', kind: 'CONT', population: 1.5e8 },
  { names: ['Persian Empire'], lat: 32.0, lon: 53.0, country: 'IR', kind: 'CONT', population: 5e7 },
  { names: ['Dutch East Indies'], lat: -2.0, lon: 118.0, country: 'ID', kind: 'CONT', population: 7e7 },
  { names: ['Siam'], lat: 15.0, lon: 101.0, country: 'TH', kind: 'CONT', population: 1.7e7 },
];

/** Oceans, seas and peninsulas: no country (coherence ignores them). */
const WATERS: RegionRow[] = [
  // GeoNames' point for the Atlantic Ocean (the geoparsing sets' gold uses it).
  { names: ['Atlantic Ocean', 'Atlantic'], lat: 10.0, lon: -25.0, country: '', kind: 'RGN' },
  { names: ['Pacific Ocean', 'Pacific'], lat: 0.0, lon: -160.0, country: '', kind: 'RGN' },
  { names: ['Indian Ocean'], lat: -20.0, lon: 80.0, country: '', kind: 'RGN' },
  { names: ['Arctic Ocean', 'Arctic'], lat: 85.0, lon: 0.0, country: '', kind: 'RGN' },
  { names: ['Mediterranean Sea', 'Mediterranean'], lat: 35.0, lon: 18.0, country: '', kind: 'RGN' },
  { names: ['Black Sea'], lat: 43.0, lon: 35.0, country: '', kind: 'RGN' },
  { names: ['Caspian Sea'], lat: 42.0, lon: 50.5, country: '', kind: 'RGN' },
  { names: ['Red Sea'], lat: 20.0, lon: 38.5, country: '', kind: 'RGN' },
  { names: ['Baltic Sea'], lat: 58.0, lon: 20.0, country: '', kind: 'RGN' },
  { names: ['North Sea'], lat: 56.0, lon: 3.0, country: '', kind: 'RGN' },
  { names: ['South China Sea'], lat: 12.0, lon: 113.0, country: '', kind: 'RGN' },
  { names: ['Persian Gulf'], lat: 27.0, lon: 51.0, country: '', kind: 'RGN' },
  { names: ['Gulf of Mexico'], lat: 25.0, lon: -90.0, country: '', kind: 'RGN' },
  { names: ['Strait of Hormuz'], lat: 26.6, lon: 56.4, country: '', kind: 'RGN' },
  { names: ['English Channel'], lat: 50.2, lon: -1.0, country: '', kind: 'RGN' },
  { names: ['Taiwan Strait'], lat: 24.0, lon: 119.5, country: '', kind: 'RGN' },
  { names: ['Strait of Gibraltar'], lat: 35.95, lon: -5.6, country: '', kind: 'RGN' },
  { names: ['Bosphorus', 'Bosporus'], lat: 41.1, lon: 29.05, country: 'TR', kind: 'RGN' },
  { names: ['Gulf of Aden'], lat: 12.5, lon: 47.0, country: '', kind: 'RGN' },
  { names: ['Gulf of Oman'], lat: 24.5, lon: 58.5, country: '', kind: 'RGN' },
  { names: ['Sea of Japan'], lat: 40.0, lon: 135.0, country: '', kind: 'RGN' },
  { names: ['East China Sea'], lat: 29.0, lon: 125.0, country: '', kind: 'RGN' },
  { names: ['Yellow Sea'], lat: 35.0, lon: 123.0, country: '', kind: 'RGN' },
  { names: ['Aegean Sea', 'Aegean'], lat: 39.0, lon: 25.0, country: '', kind: 'RGN' },
  { names: ['Adriatic Sea', 'Adriatic'], lat: 42.5, lon: 16.0, country: '', kind: 'RGN' },
  { names: ['Arabian Sea'], lat: 15.0, lon: 65.0, country: '', kind: 'RGN' },
  { names: ['Sea of Azov'], lat: 46.0, lon: 36.5, country: '', kind: 'RGN' },
  { names: ['Barents Sea'], lat: 75.0, lon: 40.0, country: '', kind: 'RGN' },
  { names: ['Bering Sea'], lat: 58.0, lon: -178.0, country: '', kind: 'RGN' },
  { names: ['Bering Strait'], lat: 65.75, lon: -168.75, country: '', kind: 'RGN' },
  { names: ['Irish Sea'], lat: 53.5, lon: -5.0, country: '', kind: 'RGN' },
  { names: ['Dead Sea'], lat: 31.5, lon: 35.5, country: '', kind: 'RGN' },
  { names: ['Gulf of Guinea'], lat: 2.0, lon: 4.0, country: '', kind: 'RGN' },
  { names: ['Southern Ocean'], lat: -60.0, lon: 90.0, country: '', kind: 'RGN' },
  // Rivers news names without the word "River" ("along the Danube"); not the Nile, whose name "West Nile" virus holds.
  { names: ['Danube'], lat: 45.2, lon: 29.6, country: '', kind: 'RGN' },
  { names: ['Rhine'], lat: 50.0, lon: 7.6, country: 'DE', kind: 'RGN' },
  { names: ['Euphrates'], lat: 34.5, lon: 40.9, country: '', kind: 'RGN' },
  { names: ['Tigris'], lat: 34.0, lon: 44.0, country: 'IQ', kind: 'RGN' },
  { names: ['Mekong'], lat: 15.0, lon: 105.8, country: '', kind: 'RGN' },
  { names: ['Yangtze'], lat: 30.5, lon: 114.3, country: 'CN', kind: 'RGN' },
  { names: ['Ganges'], lat: 25.3, lon: 83.0, country: 'IN', kind: 'RGN' },
  { names: ['Thames'], lat: 51.5, lon: -0.1, country: 'GB', kind: 'RGN' },
  { names: ['Korean Peninsula'], lat: 38.0, lon: 127.5, country: 'KR', kind: 'RGN' },
  { names: ['Arabian Peninsula'], lat: 23.0, lon: 46.0, country: 'SA', kind: 'RGN' },
];

export const REGIONS: RegionRow[] = [
  // "New York" and "Washington" alone usually mean the cities; the states answer to "… State".
  ...US.map(([name, lat, lon, millions], i): RegionRow => ({
    names: [name],
    lat,
    lon,
    country: 'US',
    kind: 'ADM1',
    population: millions * 1e6,
    admin1: US_CODES[i],
  })),
  ...WATERS,
  ...LANDMARKS,
  ...OTHER,
  ...CONTINENTS,
  ...HISTORICAL,
];
