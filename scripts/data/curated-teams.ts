// North American major-league teams (facts: names → Wikipedia titles, checked 2026-11-25). Game
// stories call teams by nickname alone ("the Wild beat the Sabres"), so the linker needs both.
// Each row is "City|Nickname"; the Wikipedia title is "City_Nickname".

// prettier-ignore
const NHL = [
  'Anaheim|Ducks', 'Boston|Bruins', 'Buffalo|Sabres', 'Calgary|Flames', 'Carolina|Hurricanes', 'Chicago|Blackhawks',
  'Colorado|Avalanche', 'Columbus|Blue Jackets', 'Dallas|Stars', 'Detroit|Red Wings', 'Edmonton|Oilers',
  'Florida|Panthers', 'Los Angeles|Kings', 'Minnesota|Wild', 'Montreal|Canadiens', 'Nashville|Predators',
  'New Jersey|Devils', 'New York|Islanders', 'New York|Rangers', 'Ottawa|Senators', 'Philadelphia|Flyers',
  'Pittsburgh|Penguins', 'San Jose|Sharks', 'Seattle|Kraken', 'St. Louis|Blues', 'Tampa Bay|Lightning',
  'Toronto|Maple Leafs', 'Utah|Mammoth', 'Vancouver|Canucks', 'Vegas|Golden Knights', 'Washington|Capitals',
  'Winnipeg|Jets',
];
// prettier-ignore
const NBA = [
  'Atlanta|Hawks', 'Boston|Celtics', 'Brooklyn|Nets', 'Charlotte|Hornets', 'Chicago|Bulls', 'Cleveland|Cavaliers',
  'Dallas|Mavericks', 'Denver|Nuggets', 'Detroit|Pistons', 'Golden State|Warriors', 'Houston|Rockets', 'Indiana|Pacers',
  'Los Angeles|Clippers', 'Los Angeles|Lakers', 'Memphis|Grizzlies', 'Miami|Heat', 'Milwaukee|Bucks',
  'Minnesota|Timberwolves', 'New Orleans|Pelicans', 'New York|Knicks', 'Oklahoma City|Thunder', 'Orlando|Magic',
  'Philadelphia|76ers', 'Phoenix|Suns', 'Portland|Trail Blazers', 'Sacramento|Kings', 'San Antonio|Spurs',
  'Toronto|Raptors', 'Utah|Jazz', 'Washington|Wizards',
];
// prettier-ignore
const NFL = [
  'Arizona|Cardinals', 'Atlanta|Falcons', 'Baltimore|Ravens', 'Buffalo|Bills', 'Carolina|Panthers', 'Chicago|Bears',
  'Cincinnati|Bengals', 'Cleveland|Browns', 'Dallas|Cowboys', 'Denver|Broncos', 'Detroit|Lions', 'Green Bay|Packers',
  'Houston|Texans', 'Indianapolis|Colts', 'Jacksonville|Jaguars', 'Kansas City|Chiefs', 'Las Vegas|Raiders',
  'Los Angeles|Chargers', 'Los Angeles|Rams', 'Miami|Dolphins', 'Minnesota|Vikings', 'New England|Patriots',
  'New Orleans|Saints', 'New York|Giants', 'New York|Jets', 'Philadelphia|Eagles', 'Pittsburgh|Steelers',
  'San Francisco|49ers', 'Seattle|Seahawks', 'Tampa Bay|Buccaneers', 'Tennessee|Titans', 'Washington|Commanders',
];
// prettier-ignore
const MLB = [
  'Arizona|Diamondbacks', 'Atlanta|Braves', 'Baltimore|Orioles', 'Boston|Red Sox', 'Chicago|Cubs', 'Chicago|White Sox',
  'Cincinnati|Reds', 'Cleveland|Guardians', 'Colorado|Rockies', 'Detroit|Tigers', 'Houston|Astros',
  'Kansas City|Royals', 'Los Angeles|Angels', 'Los Angeles|Dodgers', 'Miami|Marlins', 'Milwaukee|Brewers',
  'Minnesota|Twins', 'New York|Mets', 'New York|Yankees', 'Philadelphia|Phillies', 'Pittsburgh|Pirates',
  'San Diego|Padres', 'San Francisco|Giants', 'Seattle|Mariners', 'St. Louis|Cardinals', 'Tampa Bay|Rays',
  'Texas|Rangers', 'Toronto|Blue Jays', 'Washington|Nationals',
];

export interface Team {
  title: string;
  league: string;
  fullName: string;
  nickname: string;
}

function teams(league: string, rows: string[]): Team[] {
  return rows.map((row) => {
    const [city, nickname] = row.split('|');
    const fullName = `${city} ${nickname}`;
    return { title: fullName.replace(/ /g, '_'), league, fullName, nickname };
  });
}

// Clubs of the five big European football leagues that news names most (Wikipedia titles, checked 2026-11-25).
// Row: "Title|name|short name": match reports call a club by its town ("Liverpool beat Everton"), which is why
// clubs, like the nicknames above, are linked only in game stories (lib/entities/teams.ts).
const FOOTBALL: Record<string, string[]> = {
  EPL: [
    'Arsenal_F.C.|Arsenal|Arsenal',
    'Aston_Villa_F.C.|Aston Villa|Villa',
    'Chelsea_F.C.|Chelsea|Chelsea',
    'Everton_F.C.|Everton|Everton',
    'Liverpool_F.C.|Liverpool|Liverpool',
    'Manchester_City_F.C.|Manchester City|Man City',
    'Manchester_United_F.C.|Manchester United|Man United',
    'Newcastle_United_F.C.|Newcastle United|Newcastle',
    'Tottenham_Hotspur_F.C.|Tottenham Hotspur|Tottenham',
    'West_Ham_United_F.C.|West Ham United|West Ham',
    'Leeds_United_F.C.|Leeds United|Leeds',
    'Brighton_&_Hove_Albion_F.C.|Brighton & Hove Albion|Brighton',
    'Crystal_Palace_F.C.|Crystal Palace|Crystal Palace',
    'Fulham_F.C.|Fulham|Fulham',
    'Wolverhampton_Wanderers_F.C.|Wolverhampton Wanderers|Wolves',
    'Nottingham_Forest_F.C.|Nottingham Forest|Forest',
    'Brentford_F.C.|Brentford|Brentford',
    'AFC_Bournemouth|Bournemouth|Bournemouth',
    'Leicester_City_F.C.|Leicester City|Leicester',
    'Southampton_F.C.|Southampton|Southampton',
  ],
  LaLiga: [
    'Real_Madrid_CF|Real Madrid|Real Madrid',
    'FC_Barcelona|Barcelona|Barca',
    'Atlético_Madrid|Atlético Madrid|Atletico Madrid',
    'Sevilla_FC|Sevilla|Sevilla',
    'Valencia_CF|Valencia|Valencia',
    'Villarreal_CF|Villarreal|Villarreal',
    'Real_Sociedad|Real Sociedad|Real Sociedad',
    'Athletic_Bilbao|Athletic Bilbao|Athletic Bilbao',
    'Real_Betis|Real Betis|Betis',
  ],
  Bundesliga: [
    'FC_Bayern_Munich|Bayern Munich|Bayern',
    'Borussia_Dortmund|Borussia Dortmund|Dortmund',
    'RB_Leipzig|RB Leipzig|Leipzig',
    'Bayer_04_Leverkusen|Bayer Leverkusen|Leverkusen',
    'Eintracht_Frankfurt|Eintracht Frankfurt|Frankfurt',
    'VfB_Stuttgart|VfB Stuttgart|Stuttgart',
    'Borussia_Mönchengladbach|Borussia Mönchengladbach|Gladbach',
    'VfL_Wolfsburg|VfL Wolfsburg|Wolfsburg',
    'SC_Freiburg|SC Freiburg|Freiburg',
    'FC_Schalke_04|Schalke 04|Schalke',
  ],
  SerieA: [
    'Juventus_FC|Juventus|Juve',
    'AC_Milan|AC Milan|AC Milan',
    'Inter_Milan|Inter Milan|Inter',
    'SSC_Napoli|Napoli|Napoli',
    'AS_Roma|Roma|Roma',
    'SS_Lazio|Lazio|Lazio',
    'Atalanta_BC|Atalanta|Atalanta',
    'ACF_Fiorentina|Fiorentina|Fiorentina',
  ],
  Ligue1: [
    'Paris_Saint-Germain_FC|Paris Saint-Germain|PSG',
    'Olympique_de_Marseille|Marseille|Marseille',
    'Olympique_Lyonnais|Lyon|Lyon',
    'AS_Monaco_FC|Monaco|Monaco',
    'Lille_OSC|Lille|Lille',
  ],
};

function clubs(): Team[] {
  return Object.entries(FOOTBALL).flatMap(([league, rows]) =>
    rows.map((row) => {
      const [title, fullName, nickname] = row.split('|');
      return { title, league, fullName, nickname };
    }),
  );
}

export const TEAMS: Team[] = [
  ...teams('NHL', NHL),
  ...teams('NBA', NBA),
  ...teams('NFL', NFL),
  ...teams('MLB', MLB),
  ...clubs(),
];
