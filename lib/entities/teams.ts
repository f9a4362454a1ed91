// Teams in game stories: "the Wild beat the Sabres" names two NHL teams by nickname alone. A
// nickname is an ordinary word ("Wild", "Heat", "Senators"), so it is linked only when the story
// is plainly about a game in one league: two or more of its teams, named again and again, and
// words of sport around them.
import type { Span } from '../types';
import type { KbTeam, KnowledgeBase } from './knowledge-base';
import type { Candidate } from './recognize';

// Words of game stories, in every sport the team list covers.
// prettier-ignore
const SPORT_WORD_LIST = [
  'game', 'season', 'coach', 'scored', 'scoring', 'goals?', 'playoffs?', 'quarterback', 'inning', 'pitcher',
  'touchdowns?', 'rebounds', 'assists', 'overtime', 'roster', 'defenseman', 'goalie', 'winger', 'forward', 'standings',
  'shutout', 'match', 'striker', 'midfielder', 'penalty', 'manager', 'kick-off', 'stoppage time',
];
const SPORT_WORDS = new RegExp(`\\b(?:${SPORT_WORD_LIST.join('|')})\\b`, 'gi');
/** Different sport words a game story uses at the least. */
const MIN_SPORT_WORDS = 3;
/** Mentions of a league's teams (all of them together) a game story has at the least. */
const MIN_MENTIONS = 4;

interface Seen {
  team: KbTeam;
  mentions: Span[];
}

// Built once: under tsx (esbuild, node20 target) a `\p{…}` literal inside a function is a new RegExp on every call.
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const CAPITAL_AFTER_SPACE = /^ \p{Lu}/u;

/** Nickname or full-name mentions, skipping a sentence's first word (capitalised anyway) and other names. */
function mentionsOf(text: string, team: KbTeam): Span[] {
  const [, , fullName, nickname] = team;
  const spans: Span[] = [];
  for (const name of [fullName, nickname]) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      const wordEdge = !LETTER_OR_DIGIT.test(text[at - 1] ?? '') && !LETTER_OR_DIGIT.test(text[end] ?? '');
      const sentenceStart = /(?:^|[.!?:"“‘—]\s*)$/.test(text.slice(Math.max(0, at - 3), at));
      const insideFullName = name === nickname && spans.some((s) => s.start <= at && s.end >= end);
      // "Magic Johnson": a nickname followed by a name is part of that name.
      const partOfName = name === nickname && CAPITAL_AFTER_SPACE.test(text.slice(end, end + 2));
      if (wordEdge && !sentenceStart && !insideFullName && !partOfName) spans.push({ start: at, end });
    }
  }
  return spans;
}

function leagueOfStory(seen: Seen[]): string | null {
  const byLeague = new Map<string, Seen[]>();
  for (const s of seen) byLeague.set(s.team[1], [...(byLeague.get(s.team[1]) ?? []), s]);
  const ranked = [...byLeague].map(([league, teams]) => ({
    league,
    teams: teams.length,
    mentions: teams.reduce((n, t) => n + t.mentions.length, 0),
  }));
  ranked.sort((a, b) => b.teams - a.teams || b.mentions - a.mentions);
  const [best, next] = ranked;
  if (!best || best.teams < 2 || best.mentions < MIN_MENTIONS) return null;
  return next && next.teams === best.teams && next.mentions === best.mentions ? null : best.league;
}

export function findTeams(text: string, kb: KnowledgeBase): Candidate[] {
  const sportWords = new Set((text.match(SPORT_WORDS) ?? []).map((w) => w.toLowerCase()));
  if (sportWords.size < MIN_SPORT_WORDS) return [];
  const seen = kb.teams
    .map((team) => ({ team, mentions: mentionsOf(text, team) }))
    .filter((s) => s.mentions.length > 0);
  const league = leagueOfStory(seen);
  if (!league) return [];
  return seen
    .filter((s) => s.team[1] === league)
    .map(({ team: [title, , fullName, nickname], mentions }) => ({
      name: fullName,
      type: 'organization',
      wikipedia: title,
      aliases: new Set([nickname]),
      mentions,
      namedMentions: mentions.length,
      guessedType: false,
    }));
}
