// Small closed word classes the recogniser needs: roles and honorifics before names, the head
// nouns that end organisation names, and calendar words that are capitalised but never entities.

/** Words that stand before a name without being part of it ("Kazakh President Tokayev"). */
export const ROLE_WORDS = new Set([
  'president', 'prime', 'minister', 'former', 'vice', 'deputy', 'foreign', 'defense', 'defence', 'interior',
  'chancellor', 'secretary', 'king', 'queen', 'prince', 'princess', 'pope', 'senator', 'sen.', 'rep.', 'gov.',
  'governor', 'mayor', 'judge', 'justice', 'chief', 'leader', 'spokesman', 'spokeswoman', 'spokesperson',
  'ceo', 'chairman', 'chairwoman', 'director', 'coach', 'captain', 'ambassador', 'general', 'gen.', 'lt.',
  'col.', 'sgt.', 'prof.', 'professor', 'dr.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'late', 'then',
  'premier', 'envoy', 'commander', 'officer', 'minister-president', 'first', 'lady',
]);

/** Honorifics: a following name is a person, never a place ("Mr. Jordan"). */
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady']);

/** Last words of organisation names ("Pakistan Point News", "Aberdeen Royal Infirmary"). */
export const ORG_HEADS = new Set([
  'news', 'times', 'post', 'agency', 'press', 'group', 'company', 'corp', 'corp.', 'inc', 'inc.', 'ltd', 'bank',
  'university', 'college', 'school', 'party', 'council', 'court', 'ministry', 'department', 'association',
  'institute', 'center', 'centre', 'hospital', 'infirmary', 'commission', 'committee', 'organization',
  'organisation', 'union', 'foundation', 'fund', 'authority', 'office', 'service', 'airlines', 'airways',
  'club', 'league', 'tribune', 'journal', 'herald', 'daily', 'network', 'television', 'radio', 'reports',
  'general', 'assembly', 'parliament', 'congress', 'senate', 'police', 'army', 'forces', 'front', 'movement',
  'division', 'conference', 'championship', 'cup', 'series', 'summit', 'stadium', 'arena',
]);

/** Capitalised by convention, never background entities. */
export const CALENDAR_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'the', 'a', 'an', 'i', 'he', 'she', 'it', 'we', 'they', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'his', 'her', 'their', 'our', 'its', 'if', 'as', 'after', 'when', 'while', 'for', 'with', 'from', 'by',
]);

export const lower = (w: string) => w.toLowerCase();
export const isRole = (w: string) => ROLE_WORDS.has(lower(w));
export const isHonorific = (w: string) => HONORIFICS.has(lower(w));
export const isOrgHead = (w: string) => ORG_HEADS.has(lower(w));
export const isStopWord = (w: string) => CALENDAR_WORDS.has(lower(w));

/** Legal-form suffixes that may follow a company's name without changing what it names. */
export const CORPORATE_SUFFIXES = new Set(['corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.', 'co', 'co.', 'plc', 'llc', 'ag', 'sa', 'se', 'nv']);
export const isCorporateSuffix = (w: string) => CORPORATE_SUFFIXES.has(lower(w));

/** Last words of news outlets' names ("Pakistan Point News"). */
const OUTLET_HEADS = new Set(['news', 'times', 'post', 'tribune', 'journal', 'herald', 'gazette', 'telegraph', 'chronicle', 'daily']);
export const isOutletHead = (w: string) => OUTLET_HEADS.has(lower(w));
