// A place name standing for its government, people, team or economy rather than for the place
// (GeoWebNews' "Metonymic" and "Non-literal modifier" types; gold/README.md: "Moscow said" is no place).
// Each test reads the words right around the name; word lists are grouped by meaning.
import { STATEMENT_VERBS } from '../lexicon/en/speech';
import { BUILDING_HEADS, INSTITUTION_HEADS, TRANSPORT_HEADS, VENUE_HEADS } from '../lexicon/en/sites';
import { BEFALLEN } from '../lexicon/en/events';
import { SETTLEMENTS_BEFORE_OF, TOWN_OWN_WORDS } from '../lexicon/en/place-words';
import { capitalise } from '../lexicon/build';
import { endsWithOf } from './window-ends';
import { endsWithWord, firstWords, lastWords, openedBy } from '../text/word-runs';
import { opensWithWord } from './window-starts';

/** Acts of a state, a government or a team as a whole ("China vowed", "Slovenia endorsed", "Texas won"). */
// prettier-ignore
const AGENT_VERBS = [
  // decisions and policy
  'approved', 'approves', 'imposed', 'imposes', 'endorsed', 'endorses', 'decided', 'decides', 'ratified', 'vetoed',
  'sanctioned', 'banned', 'bans', 'expelled', 'expels', 'recalled', 'recalls', 'summoned', 'ordered', 'orders',
  'recognised', 'recognized', 'recognises', 'recognizes', 'retaliated', 'retaliates', 'pledged', 'pledges',
  'signed', 'signs', 'agreed', 'agrees', 'rejected', 'rejects', 'refused', 'refuses', 'accepted', 'accepts',
  'backed', 'backs', 'supported', 'supports', 'opposed', 'opposes', 'welcomed', 'welcomes', 'offered', 'offers',
  // wishes, views and threats
  'vowed', 'vows', 'hopes', 'hope', 'wants', 'seeks', 'sought', 'intends', 'sees', 'considers', 'threatened',
  'threatens', 'promised', 'promises', 'reacted', 'responded', 'protested', 'complained', 'objected', 'requested',
  'asked', 'asks',
  // joining, leaving, acting and paying as a party ("Italy had joined them", "Slovenia acted", "Libya has freed")
  'joined', 'joins', 'withdrew', 'withdraws', 'pulled out', 'failed to', 'fails to', 'acted', 'acts', 'followed suit',
  'adopted', 'adopts', 'enacted', 'repealed', 'abolished', 'suspended', 'resumed', 'launched', 'launches',
  'initiated', 'negotiated', 'negotiates', 'bought', 'buys', 'sold', 'sells', 'paid', 'pays', 'invested', 'invests',
  'sent', 'sends', 'deployed', 'deploys', 'freed', 'fallen out', 'fell out', 'lobbied', 'allowed', 'allows',
  'refuse', 'agree', 'accept', 'reject', 'support', 'oppose', 'welcome', 'follow', 'want', 'wanted', 'hoped',
  'advocates', 'advocated', 'urges', 'urged', 'encourages', 'encouraged', 'demands', 'demanded', 'insists', 'fears',
  'feared',
  // reluctance and worry as a party ("Beijing is balking at committing", "Beijing is also concerned about")
  'balked', 'balks', 'balking', 'concerned about', 'worried about',
  // holding on, pulling out and answering ("if the U.S. persists", "How can Russia respond?"); not "leaves", "made",
  // "led", which places do as often ("Florida is made up of 67 counties", "California led the nation")
  'persists', 'persisted', 'pull out', 'pulls out', 'respond', 'responds', 'react', 'reacts',
  'reacting', 'applied for', 'applies for',
  // what others make it do ("Moscow is accused of", "Europe was forced to")
  'accused of', 'forced to', 'urged to', 'pressured to', 'pressed to',
  // duty and intent before another verb ("China had to initiate", "Orange County could pursue")
  'has to', 'had to', 'have to', 'needs to', 'needed to', 'plans to', 'planned to', 'tries to', 'tried to',
  'continue to', 'continues to', 'continued to', 'pursue', 'pursues', 'afford to',
  // standing and contests
  'leads', 'won', 'beat', 'defeated', 'outlasted', 'edged', 'routed', 'scored', 'issued', 'issues',
  'lost', 'loses', 'beats', 'wins', 'drew', 'draws', 'plays', 'takes on', 'faces', 'got past', 'advanced',
  'advances', 'clinched', 'rallied', 'cruised', 'cruises',
];
// prettier-ignore
const ADVERBS = [
  'also', 'now', 'always', 'strongly', 'already', 'quickly', 'then', 'later', 'again', 'officially', 'formally',
  'reportedly', 'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday',
  'today', 'yesterday', 'comfortably', 'easily', 'narrowly',
];
/**
 * Force and guarantees as a party ("18 years after Washington invaded the country", "Quito stripped him of his
 * refugee status", "he said Kabul had ensured that the freed militants would not return"): read in the active voice
 * only, as a place is as often the one invaded or stripped ("Crimea was annexed by Russia", "Puerto Rico was
 * stripped of power").
 */
// prettier-ignore
const FORCE_VERBS = [
  'invaded', 'invades', 'annexed', 'annexes', 'stripped', 'strips', 'ensured', 'ensures', 'guaranteed', 'guarantees',
];
/** Auxiliaries of the passive, which FORCE_VERBS do not follow ("was invaded", "is guaranteed"). */
const PASSIVE_AUXILIARIES = new Set(['is', 'was']);
/** Auxiliaries and their negations ("Slovenia did not blindly follow", "Orange County can't afford to"). */
// prettier-ignore
const AUXILIARIES = [
  'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'must', 'may', 'is', 'was', 'did', 'does',
  'has not', 'had not', 'will not', 'did not', 'does not', "doesn't", "didn't", "won't", "can't", 'cannot', "hasn't",
];

/** People and bodies acting for a place ("U.S. officials", "Toronto police", "EU leaders"). */
// prettier-ignore
const ACTORS = [
  'official', 'officials', 'leader', 'leaders', 'government', 'governments', 'authorities', 'administration', 'regime',
  'police', 'forces', 'troops', 'military', 'army', 'navy', 'intelligence', 'diplomats', 'diplomat', 'envoy', 'envoys',
  'ambassador', 'negotiators', 'regulators', 'prosecutors', 'lawmakers', 'legislators', 'senators', 'delegation',
  'president', 'minister', 'ministers', 'ministry', 'counterpart', 'counterparts', 'ally', 'allies',
];
/**
 * A club and its people ("Pittsburgh center Maurkice Pouncey", "Liverpool manager"): a town's name is the club's.
 * A country's is not: "a former Italy manager", "Brazil star Neymar" name where the career or the person is from
 * (gold/README.md: a mention).
 */
// prettier-ignore
const CLUB_PEOPLE = [
  'team', 'squad', 'players', 'coach', 'manager', 'player', 'captain', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'winger', 'quarterback', 'pitcher', 'fans', 'supporters',
];
/** Positions that are also ordinary words ("move Chicago forward", "a Washington center-left group"): only before a
 * player's name ("Pittsburgh center Maurkice Pouncey"). */
const CLUB_POSITIONS = ['forward', 'center', 'guard', 'star'];
/**
 * What a state or economy does or owns, as a whole ("US tariffs", "China's move"). Not its people or firms ("Texas
 * voters", "U.S. airlines", "the people of Mexico"): gold/README.md counts residence, nationality and where a company
 * is based as a mention of the place.
 */
// prettier-ignore
const STATE_THINGS = [
  'tariffs', 'sanctions', 'equipment', 'economy', 'exports', 'imports',
  'policy', 'policies', 'measures', 'action', 'actions', 'move', 'moves', 'decision', 'response', 'stance',
  'position', 'demands', 'interests', 'lead',
  // its currency ("20 US dollars", "Hong Kong dollars")
  'dollar', 'dollars',
  // its goods, aims and symbols ("U.S. goods", "U.S. goals", "US flags")
  'goods', 'export', 'goals', 'flag', 'flags', 'carrier', 'member states', 'trade deficit',
  'trade representative', 'detectives',
];
/**
 * Of what a state does, only its decisions are its government's when written with a possessive
 * ("China's move"; "India's economy" is the place's).
 */
// prettier-ignore
const STATE_ACTS = [
  'policy', 'policies', 'measures', 'action', 'actions', 'move', 'moves', 'decision', 'response', 'stance', 'position',
  'demands', 'concerns', 'interests', 'efforts', 'commitments', 'claims', 'lies', 'support',
  // ways of dealing with others ("China's trade practices", "Beijing's aggressive trade tactics")
  'practices', 'tactics', 'procedures', 'strategy', 'approach', 'cooperation', 'interest', 'threat', 'threats', 'talk',
  'goals', 'ambitions', 'plans', 'proposal', 'offer', 'bid', 'refusal', 'retaliation', 'intervention', 'invasion',
];
/**
 * Titled bodies after a possessive ("China's Commerce Ministry", "Britain's High Court",
 * "Lebanon's Prime Minister").
 */
// prettier-ignore
const TITLED_BODIES = [
  'ministry', 'minister', 'court', 'parliament', 'congress', 'senate', 'president', 'premier', 'ruler', 'cabinet',
  'embassy', 'foreign office',
  // the party or coalition in power ("China's ruling Communist party")
  'ruling',
];

/**
 * Offices and bodies of a state written with "of" ("the government of Ukraine",
 * "Ambassador … of the Republic of Armenia").
 */
// prettier-ignore
const OFFICES_OF = [
  'government', 'president', 'prime minister', 'premier', 'ruler', 'king', 'queen', 'emir', 'embassy',
  'ambassador', 'plenipotentiary', 'minister', 'ministry', 'parliament', 'national assembly', 'leaders',
  'leader', 'consulate',
  // its laws ("the strong immigration laws of Mexico")
  'laws', 'constitution',
];

/** Relations between states or sides, naming the other side ("relations with Russia", "sanctions against Iran"). */
// prettier-ignore
const SIDE_BEFORE = [
  'against', 'versus', 'vs', 'vs.', 'relations with', 'ties with', 'talks with', 'trade with', 'deficit with',
  'dialogue with', 'partnership with', 'agreement with', 'deal with', 'cooperation with', 'feud with',
  'dispute with', 'ally', 'allies', 'sanctions on', 'tariffs on', 'pressure on', 'relations between',
  'ties between', 'trust between', 'dialogue between', 'cooperation between', 'independence from',
  'solidarity with', 'engaging with', 'favour with', 'favor with', 'comparisons between', 'in the interest of',
  // bargaining with a side and giving in to it ("refused to negotiate peace with Kabul", "caving to Beijing")
  'negotiate with', 'negotiates with', 'negotiated with', 'negotiating with', 'negotiations with', 'peace with',
  'cave to', 'caves to', 'caved to', 'caving to',
  // a state punished ("to punish China"); not "fight", whose object is a place's fire or outbreak as often ("fight
  // California's biggest wildfire")
  'punish', 'punishes', 'punished', 'punishing', 'resentment towards', 'resentment toward',
  // a party at law ("U.S. v. Chen")
  'v.',
];

/** A team's opponent in a game, or a club someone ran or played for ("lost to Jordan", "in charge of Jordan"). */
// prettier-ignore
const GAME_SIDE_BEFORE = [
  // the opponent in a game
  'beat', 'defeated', 'outlasted', 'edged', 'routed', 'faced', 'hosted', 'lost to', 'loses to', 'fell to',
  'beating', 'loss to', 'defeat to', 'defeat by', 'series with',
  'win over', 'wins over', 'victory over', 'takes on', 'took on', 'plays', 'got past', 'drew with', 'draw with',
  // a club someone ran or played for
  'managed', 'coached', 'in charge of', 'played for', 'signed for',
];

/** A team's result or standing right after its name ("Kazakhstan lost to Jordan", "Mexico takes on Jordan"). */
// prettier-ignore
const GAME_ACTS = [
  'won', 'wins', 'beat', 'beats', 'defeated', 'defeats', 'outlasted', 'edged', 'routed', 'scored', 'lost', 'loses',
  'drew', 'draws', 'plays', 'played', 'takes on', 'took on', 'faces', 'faced', 'got past', 'advanced', 'advances',
  'clinched', 'rallied', 'cruised', 'cruises', 'fell to',
];

/** Verbs whose object is asked, blamed or seen as something ("accused Russia of", "sees Russia as"). */
// prettier-ignore
const CONTROL_VERBS = [
  'accused', 'accuses', 'accusing', 'urged', 'urges', 'urging', 'asked', 'asks', 'asking', 'want', 'wants', 'wanted',
  'allowed', 'allows', 'allow', 'forced', 'forces', 'force', 'pressed', 'presses', 'pressing', 'pressured',
  'pressuring', 'called on', 'calls on', 'see', 'sees', 'saw', 'considers', 'considered', 'blamed', 'blames',
  'blaming', 'criticised', 'criticized', 'condemned', 'condemns', 'praised', 'thanked', 'warned', 'warns', 'told',
  'tells', 'invited', 'invites', 'persuaded', 'convinced', 'encouraged', 'encourages', 'giving', 'gave', 'give',
  'prompting', 'prompted', 'prompt',
];
const words = (list: string[]) => list.map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|');

/** "China and Russia hope": the verb after a pair of names is both names' act. */
const PARTNER = `(?:\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)?`;
/** One adverb between the auxiliary and the verb: a listed one or any "-ly" word ("has always", "did not blindly"). */
const ADVERB = `(?:(?:${words(ADVERBS)})|\\p{Ll}+ly)`;
/** Modals and negations before a state's act ("China will dedicate itself", "Orange County can't afford"). */
// prettier-ignore
const MODALS = [
  'will', 'would', 'could', 'should', 'must', 'can', 'cannot', "can't", "won't", "wouldn't", "couldn't", 'did not',
  'does not', 'do not', "didn't", "doesn't", "don't", 'will not', 'would not', 'could not',
];
/**
 * What a state decides, wants, says or does as a party, in the form after a modal ("China will dedicate itself",
 * "Slovenia did not follow"). Only these: a place undergoes far more ("Jakarta will sink", "London will stage the
 * final", "Puerto Rico will rebuild").
 */
// prettier-ignore
const MODAL_ACTS = [
  // decisions and policy
  'approve', 'impose', 'endorse', 'decide', 'ratify', 'veto', 'sanction', 'ban', 'expel', 'recall', 'summon', 'order',
  'recognise', 'recognize', 'retaliate', 'pledge', 'sign', 'agree', 'reject', 'refuse', 'accept', 'back', 'support',
  'oppose', 'tolerate', 'allow', 'permit', 'comply', 'cooperate', 'intervene', 'invade', 'attack', 'dedicate',
  // wishes, views, threats and words
  'vow', 'seek', 'intend', 'consider', 'threaten', 'promise', 'react', 'respond', 'protest', 'complain', 'object',
  'request', 'ask', 'demand', 'insist', 'urge', 'say', 'announce', 'confirm', 'deny', 'warn', 'admit', 'apologise',
  'apologize', 'comment', 'budge', 'back down', 'give in', 'hesitate',
  // joining, leaving, acting and paying as a party
  'join', 'withdraw', 'pull out', 'act', 'follow', 'adopt', 'enact', 'repeal', 'abolish', 'suspend', 'resume',
  'launch', 'initiate', 'negotiate', 'buy', 'sell', 'pay', 'invest', 'send', 'deploy', 'free', 'lobby', 'pursue',
  'afford', 'persist', 'advocate', 'commit', 'establish', 'reach out',
];
const MODAL_ACT = new RegExp(
  `^${PARTNER}\\s+(?:${words(MODALS)})\\s+(?:${ADVERB}\\s+)?(?:${words(MODAL_ACTS)})\\b`,
  'u',
);
/** Acts, and statements after a time or an adverb ("the U.S. on Tuesday said"). */
const ACTS = words([...AGENT_VERBS, ...STATEMENT_VERBS]);
const ACTIVE_AUXILIARIES = words(AUXILIARIES.filter((word) => !PASSIVE_AUXILIARIES.has(word)));
const AGENT_AFTER = new RegExp(
  `^${PARTNER}\\s+(?:(?:(?:${words(AUXILIARIES)})\\s+)?(?:${ADVERB}\\s+)?(?:${ACTS})\\b|` +
    `(?:(?:${ACTIVE_AUXILIARIES})\\s+)?(?:${ADVERB}\\s+)?(?:${words(FORCE_VERBS)})\\b(?!\\s+(?:by|of)\\b))`,
  'u',
);
const CLUB_AFTER = new RegExp(`^\\s+(?:(?:${words(CLUB_PEOPLE)})\\b|(?:${words(CLUB_POSITIONS)})\\s+\\p{Lu})`, 'u');
/** What a state's officials and bodies deal in, between the name and them ("Zimbabwe tourism authorities"). */
// prettier-ignore
const STATE_DOMAINS = [
  'trade', 'tourism', 'aviation', 'health', 'election', 'state', 'city', 'federal', 'foreign', 'security', 'defence',
  'defense', 'border', 'immigration', 'customs', 'energy', 'finance', 'transport', 'education', 'farm', 'agriculture',
  'environment', 'environmental', 'intelligence', 'military', 'flag',
];
/** Its people and things, maybe after what they deal in ("U.S. goods", "Zimbabwe tourism authorities"). */
const MODIFIER_AFTER = new RegExp(
  `^\\s+(?:(?:${words(STATE_DOMAINS)})\\s+)?(?:${words([...ACTORS, ...STATE_THINGS])})\\b`,
  'u',
);
// The first words AGENT_AFTER and MODAL_ACT (with "and" of PARTNER, and any "-ly" adverb) and MODIFIER_AFTER may
// open with: most windows open with none, and are turned away before the patterns (window-starts.ts).
const AGENT_OPENINGS = firstWords(
  ['and', ...AUXILIARIES, ...ADVERBS, ...AGENT_VERBS, ...STATEMENT_VERBS, ...FORCE_VERBS, ...MODALS],
  false,
);
const MODIFIER_OPENINGS = firstWords([...STATE_DOMAINS, ...ACTORS, ...STATE_THINGS], false);
/** Up to four words between a possessive and what it owns ("China's unfair and illegal trading actions"). */
const GAP_WORDS = `(?:(?:[\\p{L}-]+|(?:\\p{Lu}\\.){2,})\\s+){0,4}?`;
const OWNED = words([...ACTORS, ...STATE_ACTS, ...TITLED_BODIES]);
const POSSESSIVE_AFTER = new RegExp(`^['’]s?\\s+["“'‘]?${GAP_WORDS}(?:${OWNED})\\b`, 'iu');
/** Players only a club has; a town also has its managers, captains and teams ("Dallas's city manager"). */
// prettier-ignore
const PLAYERS = [
  'players', 'striker', 'strikers', 'midfielder', 'defender', 'goalkeeper', 'winger', 'quarterback', 'pitcher',
];
/** A town's club and its players ("Liverpool's high-scoring Egyptian international striker"). */
/** A town's own school and youth teams are the town's ("Dallas's high school football players"). */
const OWN_TEAMS = /\b(?:school|schools|college|youth|amateur|junior|little league)\b/u;
const CLUB_POSSESSIVE = new RegExp(`^['’]s?\\s+${GAP_WORDS}(?:${words(PLAYERS)})\\b`, 'u');
const clubPossessive = (after: string): boolean => {
  const m = CLUB_POSSESSIVE.exec(after);
  return m !== null && !OWN_TEAMS.test(m[0]);
};
/** Grounds and buildings a state's bodies own, which are places ("Mexico's military base", "army bases"). */
const FACILITIES = words([
  ...VENUE_HEADS,
  ...INSTITUTION_HEADS,
  ...TRANSPORT_HEADS,
  ...BUILDING_HEADS,
  ...['base', 'bases', 'camp', 'camps', 'shelter', 'shelters', 'compound', 'facility', 'facilities', 'land', 'lands'],
]);
/** What a state owns right after its name; not when that word modifies a facility ("in Nepal's government-run
 * shelters", "at Mexico's military base"). */
const POSSESSED_NEXT = new RegExp(
  `^['’]s?\\s+["“'‘]?(?:${words([...ACTORS, ...STATE_ACTS, ...TITLED_BODIES])})\\b(?!-|\\s+(?:${FACILITIES})\\b)`,
  'iu',
);
const CONTROL = new RegExp(`\\b(?:${words(CONTROL_VERBS)})\\s+(?:the\\s+)?$`, 'iu');
const CONTROLLED_AFTER = /^\s+(?:to|of|as)\b/u;
/** A party charged or fined as a whole ("UEFA charged Liverpool with", "fined Russia for"). */
const CHARGED = /\b(?:charged|charges|charging|fined|fines|sued|sues|suing)\s+(?:the\s+)?$/iu;
const CHARGED_AFTER = /^\s+(?:with|for|over)\b/u;
/** The second of two sides is one too ("relations between Harare and London", "with both Russia and Britain"). */
const FIRST_SIDE = `(?:\\p{Lu}[\\p{L}.]*(?:\\s(?:of\\s)?\\p{Lu}[\\p{L}.]*){0,3}\\s+and\\s+(?:the\\s+)?)?`;
/** A word as written inside a sentence or opening one ("against", "Against"); the rest stays case-sensitive. */
const opening = (w: string): string => w.replace(/^\p{Ll}/u, (c) => `[${c}${c.toUpperCase()}]`);
// Tried only where one of its words opens (openedBy): from every character, its long alternation is slow. No letter
// before the word, as a lookbehind, so that a match opens at the word.
const ALL_SIDES = [...SIDE_BEFORE, ...GAME_SIDE_BEFORE];
const SIDE = openedBy(
  new RegExp(`(?<!\\p{L})(?:${words(ALL_SIDES.map(opening))})\\s+(?:the\\s+|both\\s+)?${FIRST_SIDE}$`, 'u'),
  [...ALL_SIDES, ...ALL_SIDES.map(capitalise)],
);
const GAME_SIDE = new RegExp(`(?<!\\p{L})(?:${words(GAME_SIDE_BEFORE.map(opening))})\\s+(?:the\\s+)?$`, 'u');
const GAME_ACT = new RegExp(`^\\s+(?:${ADVERB}\\s+)?(?:${words(GAME_ACTS)})\\b`, 'u');

/**
 * Whether a name between `before` and `after` is a side of a game or a club run ("Kazakhstan lost to Jordan", "helped
 * fire Egypt to a first World Cup appearance").
 */
export const gameSide = (before: string, after: string): boolean =>
  GAME_SIDE.test(before) || GAME_ACT.test(after) || carriedToResult(straight(before), straight(after));
/** A state or a party leading or paying for something ("the U.S.-led coalition", "a Saudi-backed force"). */
const LED_AFTER = /^-(?:led|backed|brokered|sponsored|funded|allied)\b/u;
/** Meetings and bonds of two states written with a dash ("the DPRK-South Korea summit", "Armenia-Italy ties"). */
// prettier-ignore
const PAIR_BONDS = [
  'summit', 'summits', 'talks', 'relations', 'ties', 'deal', 'agreement', 'accord', 'treaty', 'dialogue', 'friendship',
  'alliance', 'partnership', 'rivalry', 'parliamentary',
];
const PAIR_NAME = `\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?`;
const PAIR_AFTER = new RegExp(`^(?:-${PAIR_NAME})?\\s+(?:${words(PAIR_BONDS)})\\b`, 'iu');
const PAIR_BEFORE = new RegExp(`${PAIR_NAME}-$`, 'u');
/** What a state is to others ("Europe was a reliable U.S. ally", "Norway is a major donor"). */
// prettier-ignore
const PARTY_ROLES = [
  'ally', 'allies', 'partner', 'partners', 'member', 'members', 'enemy', 'enemies', 'adversary', 'rival', 'rivals',
  'signatory', 'supporter', 'backer', 'donor', 'mediator', 'sponsor', 'opponent', 'foe',
];
const ROLE_AFTER = new RegExp(
  `^\\s+(?:is|was|are|were|has\\s+been|had\\s+been|remains|remained|became|becomes)\\s+(?:a|an|the|its|their|our)\\s+` +
    `(?:[\\p{L}.-]+\\s+){0,2}?(?:${words(PARTY_ROLES)})\\b`,
  'u',
);
/** "U.S. v. Chen": a party to a case at law. */
const PARTY_AFTER = /^\s+v\.?\s/u;
/** Asked only of a window that ends in "of" or "of the" (window-ends.ts). */
const OFFICE = new RegExp(`\\b(?:${words(OFFICES_OF)})\\s+of\\s+(?:the\\s+)?$`, 'iu');
/**
 * What a state or team does to something, as a participle before "by" ("investigated by Great Britain", "a measure
 * taken by Bulgaria"). Only these: most participles before "by" say where ("shared by France, Italy and
 * Switzerland", "bordered by Mexico", "trailed closely by Melbourne").
 */
// prettier-ignore
const ACTED_BY = [
  'investigated', 'ignored', 'imposed', 'donated', 'mediated', 'recognised', 'recognized', 'claimed', 'proposed',
  'rejected', 'approved', 'backed', 'supported', 'opposed', 'funded', 'financed', 'sponsored', 'condemned',
  'criticised', 'criticized', 'offered', 'requested', 'ordered', 'signed', 'ratified', 'vetoed', 'sanctioned',
  'announced', 'launched', 'adopted', 'granted', 'provided', 'sent', 'deployed', 'annexed', 'occupied', 'invaded',
  'attacked', 'bombed', 'captured', 'seized', 'detained', 'arrested', 'expelled', 'accused', 'blamed', 'denied',
  'disputed', 'demanded', 'pledged', 'promised', 'paid', 'bought', 'purchased', 'sold', 'negotiated', 'brokered',
  'welcomed', 'praised', 'endorsed', 'defeated', 'beaten', 'eliminated', 'taken', 'given', 'done', 'made', 'won',
  'held',
];
/** Acts done by a state or team ("investigated by Great Britain", "ignored by Washington", "a response by Russia"). */
// prettier-ignore
const ACTS_BY = [
  'response', 'investigation', 'decision', 'attack', 'attacks', 'invasion', 'offer', 'proposal', 'move', 'request',
  'bid', 'intervention', 'recognition', 'interference', 'aggression', 'violations', 'actions',
];
const AGENT_BY = new RegExp(
  `\\b(?:${words(ACTED_BY)}|${words(ACTS_BY)})` +
    `(?:\\s+(?:only|also|even|for\\s+years|\\p{Ll}+ly))?\\s+by\\s+(?:the\\s+)?$`,
  'iu',
);
/**
 * The name ends its phrase after "by": not "by the Atlanta agency", "by London-based auditors", "by the Orange County,
 * Calif., sheriff's office".
 */
const PHRASE_END = new RegExp(
  '^(?:\\s*,(?!\\s+\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?,\\s+\\p{Ll})|\\s*[.;:!?)—–"”]|\\s*$|' +
    '\\s+(?:and|or|but|in|into|on|over|against|at|to|for|of|with|as|that|which|who|would|will|is|was|were|are|' +
    'has|have|had)\\b)',
  'u',
);
/** Given or sold something: the receiver of a deal ("sell Saudi Arabia 180 artillery systems", "giving Russia a
 * chance"); the second object follows the name. */
/** Verbs of giving and selling, whose first object receives the second. */
// prettier-ignore
const GIVING = [
  'give', 'gives', 'gave', 'given', 'giving', 'sell', 'sells', 'sold', 'selling', 'grant', 'grants', 'granted',
  'granting', 'owe', 'owes', 'owed', 'lend', 'lent',
];
const GIVE_TO = new RegExp(`\\b(?:${words(GIVING)})\\s+(?:the\\s+)?$`, 'iu');
/** What a state is given or sold ("180 artillery systems", "a chance"); not "a glancing blow", "a third of its
 * income". */
// prettier-ignore
const DEALT = [
  'aid', 'loan', 'loans', 'weapons', 'arms', 'systems', 'missiles', 'jets', 'aircraft', 'tanks', 'chance', 'guarantee',
  'guarantees', 'assurances', 'support', 'money', 'funds', 'funding', 'billion', 'million', 'dollars', 'access',
  'concessions', 'ultimatum', 'deadline', 'green light', 'status',
];
const SECOND_OBJECT = new RegExp(
  `^\\s+(?:a|an|the|its|more|\\d[\\d,.]*)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${words(DEALT)})\\b`,
  'u',
);
/** "Flights to New York resumed": after a preposition the name is no verb's subject. */
const OBJECT_OF =
  /\b(?:to|for|of|with|into|onto|over|by|about|toward|towards|via|under|between|among)\s+(?:the\s+)?$/iu;
/** "a man in Florida won", "doctors in Montpellier said": after a locative the name is where, whatever follows. */
const LOCATED = /\b(?:in|at|from|near|inside|outside|across|throughout)\s+(?:the\s+)?$/iu;

/**
 * The last words of the patterns above that end in them (perhaps before "the"), read first: such a pattern is tried
 * from every character of its window, and most windows end otherwise.
 */
const SIDE_LAST = lastWords([...SIDE_BEFORE, ...GAME_SIDE_BEFORE, 'the', 'both', 'and'], true);
const BY = lastWords(['by'], true);
const GIVING_LAST = lastWords(GIVING, true);
const CONTROL_LAST = lastWords(CONTROL_VERBS, true);
const CHARGED_LAST = lastWords(['charged', 'charges', 'charging', 'fined', 'fines', 'sued', 'sues', 'suing'], true);
const OBJECT_OF_LAST = lastWords(
  [
    'to',
    'for',
    'of',
    'with',
    'into',
    'onto',
    'over',
    'by',
    'about',
    'toward',
    'towards',
    'via',
    'under',
    'between',
    'among',
  ],
  true,
);
const LOCATED_LAST = lastWords(['in', 'at', 'from', 'near', 'inside', 'outside', 'across', 'throughout'], true);

/**
 * Carrying a side to a result ("Salah helped fire Egypt to a first World Cup appearance", "Paul scored 27 points to
 * help Houston get its second straight victory", "led Argentina to the title"): the side is a team, national or a
 * club.
 */
// prettier-ignore
const CARRYING = [
  'help', 'helps', 'helped', 'helping', 'fire', 'fires', 'fired', 'firing', 'propel', 'propels', 'propelled',
  'propelling', 'guide', 'guides', 'guided', 'guiding', 'lead', 'leads', 'led', 'leading', 'steer', 'steers', 'steered',
  'power', 'powers', 'powered', 'lift', 'lifts', 'lifted',
];
/** A contest's results and stages a side is carried to or gets. */
// prettier-ignore
const RESULTS = [
  'victory', 'victories', 'win', 'wins', 'title', 'titles', 'final', 'finals', 'cup', 'championship', 'crown',
  'triumph', 'appearance', 'berth', 'semifinal', 'semifinals', 'semi-final', 'semi-finals', 'quarterfinal',
  'quarterfinals', 'quarter-final', 'quarter-finals', 'playoffs', 'play-offs', 'promotion', 'qualification',
];
const CARRIED_BEFORE = new RegExp(`\\b(?:${words(CARRYING)})\\s+(?:the\\s+)?$`, 'iu');
const CARRYING_LAST = lastWords(CARRYING, true);
/** "to a first World Cup appearance", "get its second straight victory": up to three words before the result. */
const TO_RESULT = new RegExp(
  '^\\s+(?:to|into|get|win|claim|clinch|secure|earn|reach|seal)\\s+(?:a|an|the|its|their|his|her)?\\s*' +
    `(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${words(RESULTS)})\\b`,
  'iu',
);

/** Whether the name is a side carried to a result in a contest (CARRYING, RESULTS). */
function carriedToResult(before: string, after: string): boolean {
  return endsWithWord(before, CARRYING_LAST, true) && CARRIED_BEFORE.test(before) && TO_RESULT.test(after);
}

/** A union of states is its bodies acting, owning or voting, unless the text says in it ("within the EU"). */
const UNIONS_OF_STATES = new Set(['eu', 'e.u.', 'european union']);
const WITHIN = /\b(?:in|within|across|throughout|outside|inside|into)\s+(?:the\s+)?$/iu;
const WITHIN_LAST = lastWords(['in', 'within', 'across', 'throughout', 'outside', 'inside', 'into'], true);

export function unionActing(key: string, before: string): boolean {
  return UNIONS_OF_STATES.has(key) && !(endsWithWord(before, WITHIN_LAST, true) && WITHIN.test(before));
}

/** What stands between the names of a list ("Bulgaria, Luxembourg, Malta and Slovakia", "China and Russia"). */
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or|nor)\s+)(?:the\s+)?$/u;
/** A list has "and" or "or" before its last name; "Krasnodar, Russia" is a town and its country. */
const LAST_GAP = /\b(?:and|or|nor)\s/u;

interface Named {
  key: string;
  start: number;
  end: number;
  before: string;
  after: string;
  veto?: string;
}

/**
 * The states of a list act together: when one name of it stands for its state ("a measure taken by Bulgaria,
 * Luxembourg, Malta and Slovakia", "Germany, France and Italy agreed"), so do the others that `big` accepts.
 * Not a list after a locative ("in Iraq, Syria and Iran").
 */
const agentBy = (c: Named): boolean => AGENT_BY.test(c.before) && PHRASE_END.test(c.after);

export function shareMetonymy<C extends Named>(names: C[], text: string, big: (c: C) => boolean): void {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && LIST_GAP.test(text.slice(sorted[j].end, sorted[j + 1].start))) j++;
    const list = sorted.slice(i, j + 1);
    i = j + 1;
    if (list.length < 2 || !LAST_GAP.test(text.slice(list[list.length - 2].end, list[list.length - 1].start))) continue;
    // The list as a whole does something: after "by" ("taken by Bulgaria, … and Slovakia") or before its verb
    // ("Germany, France and Italy agreed"); not "a bulwark against North Korea, China and Russia", where only the
    // first is a side.
    const last = list[list.length - 1];
    const acting = list.some((c) => c.veto === 'metonymy' && !UNIONS_OF_STATES.has(c.key));
    if (!acting || LOCATED.test(list[0].before) || !(agentBy(list[0]) || AGENT_AFTER.test(last.after))) continue;
    for (const c of list) if (!c.veto && big(c)) c.veto = 'metonymy';
  }
}

/**
 * Buildings and streets that stand for the government working in them; as places, the gazetteer knows only
 * namesake towns.
 */
// prettier-ignore
const SEATS_OF_POWER = new Set([
  'white house', 'kremlin', 'pentagon', 'downing street', 'capitol hill', 'whitehall', 'elysee', 'élysée',
  'blue house', 'zhongnanhai',
]);

export function seatOfPower(key: string): boolean {
  return SEATS_OF_POWER.has(key);
}

/** Whether a name is located by the words before it. */
export function located(before: string): boolean {
  return endsWithWord(before, LOCATED_LAST, true) && LOCATED.test(before);
}

/**
 * A country's code joined to a currency sign, or one space from it, is its currency ("US$460 million", "US $2
 * billion", "$US 1.5 billion", "$ US"), as "dollars" after it is. Not across a comma or a full stop ("the US, $2
 * billion").
 */
const CURRENCY_AFTER = /^(?: ?\$|\s+dollars?\b)/u;
const CURRENCY_BEFORE = /\$ ?$/u;

/** Whether the name between `before` and `after` is a currency's ("US$460 million", "20 US dollars"). */
export const namesCurrency = (before: string, after: string): boolean =>
  CURRENCY_AFTER.test(after) || (endsWithDollar(before) && CURRENCY_BEFORE.test(before));
/** CURRENCY_BEFORE's necessary ending, read by character code (the pattern is tried from every character). */
const endsWithDollar = (s: string): boolean => s.endsWith('$') || s.endsWith('$ ');

/** Whether the name between `before` and `after` stands for a state, government, team or economy. */
export function metonymic(beforeAsWritten: string, afterAsWritten: string, country = false): boolean {
  // "can’t", "didn’t": the word lists write a straight apostrophe.
  const [before, after] = [straight(beforeAsWritten), straight(afterAsWritten)];
  if (namesCurrency(before, after)) return true;
  if (
    (endsWithWord(before, SIDE_LAST) && SIDE.test(before)) ||
    (endsWithOf(before, true) && OFFICE.test(before)) ||
    LED_AFTER.test(after) ||
    PARTY_AFTER.test(after)
  )
    return true;
  if (endsWithWord(before, BY, true) && AGENT_BY.test(before) && PHRASE_END.test(after)) return true;
  // "in Seoul's efforts", "from Japan's Ministry": the preposition governs what the state owns, right after it.
  if (POSSESSED_NEXT.test(after)) return true;
  if (located(before)) return false;
  if (
    ROLE_AFTER.test(after) ||
    (endsWithWord(before, GIVING_LAST, true) && GIVE_TO.test(before) && SECOND_OBJECT.test(after))
  )
    return true;
  // PAIR_BEFORE ends in a hyphen: windows that do not are turned away before it is tried from every character.
  if (
    after.startsWith('-')
      ? PAIR_AFTER.test(after)
      : before.endsWith('-') && PAIR_BEFORE.test(before) && PAIR_AFTER.test(after)
  )
    return true;
  if (!country && (CLUB_AFTER.test(after) || clubPossessive(after))) return true;
  // A national team too ("fire Egypt to the World Cup"), unlike "a former Italy manager" (a career record).
  if (carriedToResult(before, after)) return true;
  if (endsWithWord(before, CONTROL_LAST, true) && CONTROL.test(before) && CONTROLLED_AFTER.test(after)) return true;
  if (endsWithWord(before, CHARGED_LAST, true) && CHARGED.test(before) && CHARGED_AFTER.test(after)) return true;
  const objectOf = () => endsWithWord(before, OBJECT_OF_LAST, true) && OBJECT_OF.test(before);
  const acts = opensWithWord(after, AGENT_OPENINGS, true) && (AGENT_AFTER.test(after) || MODAL_ACT.test(after));
  if (acts && !objectOf()) return true;
  // POSSESSIVE_AFTER opens with an apostrophe (39: ', 0x2019: ’).
  const mark = after.charCodeAt(0);
  return (
    (opensWithWord(after, MODIFIER_OPENINGS) && MODIFIER_AFTER.test(after)) ||
    ((mark === 39 || mark === 0x2019) && POSSESSIVE_AFTER.test(after))
  );
}

const straight = (s: string): string => (s.includes('’') ? s.replace(/’/g, "'") : s);

/** Whether the words around a town's name make it a club's: players, staff or fans after it ("Liverpool manager"). */
export function namesAClub(before: string, after: string): boolean {
  if (located(straight(before))) return false;
  return CLUB_AFTER.test(straight(after)) || clubPossessive(straight(after));
}

/** A town's own people and ground after its name, maybe after "has a" or "City" ("Leeds City Council"). */
const TOWN_OWN_AFTER = new RegExp(
  `^(?:'s?)?\\s+(?:(?:has|had|have)\\s+a\\s+)?(?:city\\s+|town\\s+)?(?:${words(TOWN_OWN_WORDS)})\\b`,
  'iu',
);
/** The same words, or a settlement's, before "of" ("the streets of Boston", "the city of Liverpool"). */
const TOWN_OWN_OF = new RegExp(
  `\\b(?:${words([...TOWN_OWN_WORDS, ...SETTLEMENTS_BEFORE_OF, 'city'])})\\s+of\\s+$`,
  'iu',
);
/**
 * A disaster or force striking it ("Heavy flooding hit Liverpool", "Storms battered Leeds"); not "hit … with", a
 * penalty on a club ("UEFA hit Liverpool with a fine").
 */
const STRUCK_BEFORE = new RegExp(`\\b(?:${words([...BEFALLEN, 'hit', 'hits', 'struck', 'strikes'])})\\s+$`, 'iu');
const PENALTY_AFTER = /^\s+with\b/u;
const STRUCK_LAST = lastWords([...BEFALLEN, 'hit', 'hits', 'struck', 'strikes'], true);

/**
 * Whether the words around a town's name say it is the town, where the story also names it as a club: its mayor,
 * council, population or streets, or a disaster striking it ("Heavy flooding hit Liverpool").
 */
export function townSaid(beforeAsWritten: string, afterAsWritten: string): boolean {
  const [before, after] = [straight(beforeAsWritten), straight(afterAsWritten)];
  if (TOWN_OWN_AFTER.test(after) || (endsWithOf(before) && TOWN_OWN_OF.test(before))) return true;
  return endsWithWord(before, STRUCK_LAST) && STRUCK_BEFORE.test(before) && !PENALTY_AFTER.test(after);
}

/**
 * Whether a small town's name stands for its team or club: its players and staff after it ("Notre Dame coach"), or
 * an act of a team or a state ("Notre Dame won 91-89"). A small town's police and officials are still its own.
 */
export function clubOrActor(before: string, after: string): boolean {
  if (located(straight(before))) return false;
  const [b, a] = [straight(before), straight(after)];
  return CLUB_AFTER.test(a) || AGENT_AFTER.test(a) || carriedToResult(b, a);
}
