// North American major-league teams (facts: names → Wikipedia titles, checked 2026-11-25). Game
// stories call teams by nickname alone ("the Wild beat the Sabres"), so the linker needs both.
// Each row is "City|Nickname"; the Wikipedia title is "City_Nickname".

const NHL = [
  'Anaheim|Ducks', 'Boston|Bruins', 'Buffalo|Sabres', 'Calgary|Flames', 'Carolina|Hurricanes', 'Chicago|Blackhawks',
  'Colorado|Avalanche', 'Columbus|Blue Jackets', 'Dallas|Stars', 'Detroit|Red Wings', 'Edmonton|Oilers', 'Florida|Panthers',
  'Los Angeles|Kings', 'Minnesota|Wild', 'Montreal|Canadiens', 'Nashville|Predators', 'New Jersey|Devils',
  'New York|Islanders', 'New York|Rangers', 'Ottawa|Senators', 'Philadelphia|Flyers', 'Pittsburgh|Penguins',
  'San Jose|Sharks', 'Seattle|Kraken', 'St. Louis|Blues', 'Tampa Bay|Lightning', 'Toronto|Maple Leafs', 'Utah|Mammoth',
  'Vancouver|Canucks', 'Vegas|Golden Knights', 'Washington|Capitals', 'Winnipeg|Jets',
];
const NBA = [
  'Atlanta|Hawks', 'Boston|Celtics', 'Brooklyn|Nets', 'Charlotte|Hornets', 'Chicago|Bulls', 'Cleveland|Cavaliers',
  'Dallas|Mavericks', 'Denver|Nuggets', 'Detroit|Pistons', 'Golden State|Warriors', 'Houston|Rockets', 'Indiana|Pacers',
  'Los Angeles|Clippers', 'Los Angeles|Lakers', 'Memphis|Grizzlies', 'Miami|Heat', 'Milwaukee|Bucks', 'Minnesota|Timberwolves',
  'New Orleans|Pelicans', 'New York|Knicks', 'Oklahoma City|Thunder', 'Orlando|Magic', 'Philadelphia|76ers', 'Phoenix|Suns',
  'Portland|Trail Blazers', 'Sacramento|Kings', 'San Antonio|Spurs', 'Toronto|Raptors', 'Utah|Jazz', 'Washington|Wizards',
];
const NFL = [
  'Arizona|Cardinals', 'Atlanta|Falcons', 'Baltimore|Ravens', 'Buffalo|Bills', 'Carolina|Panthers', 'Chicago|Bears',
  'Cincinnati|Bengals', 'Cleveland|Browns', 'Dallas|Cowboys', 'Denver|Broncos', 'Detroit|Lions', 'Green Bay|Packers',
  'Houston|Texans', 'Indianapolis|Colts', 'Jacksonville|Jaguars', 'Kansas City|Chiefs', 'Las Vegas|Raiders',
  'Los Angeles|Chargers', 'Los Angeles|Rams', 'Miami|Dolphins', 'Minnesota|Vikings', 'New England|Patriots',
  'New Orleans|Saints', 'New York|Giants', 'New York|Jets', 'Philadelphia|Eagles', 'Pittsburgh|Steelers',
  'San Francisco|49ers', 'Seattle|Seahawks', 'Tampa Bay|Buccaneers', 'Tennessee|Titans', 'Washington|Commanders',
];
const MLB = [
  'Arizona|Diamondbacks', 'Atlanta|Braves', 'Baltimore|Orioles', 'Boston|Red Sox', 'Chicago|Cubs', 'Chicago|White Sox',
  'Cincinnati|Reds', 'Cleveland|Guardians', 'Colorado|Rockies', 'Detroit|Tigers', 'Houston|Astros', 'Kansas City|Royals',
  'Los Angeles|Angels', 'Los Angeles|Dodgers', 'Miami|Marlins', 'Milwaukee|Brewers', 'Minnesota|Twins', 'New York|Mets',
  'New York|Yankees', 'Philadelphia|Phillies', 'Pittsburgh|Pirates', 'San Diego|Padres', 'San Francisco|Giants',
  'Seattle|Mariners', 'St. Louis|Cardinals', 'Tampa Bay|Rays', 'Texas|Rangers', 'Toronto|Blue Jays', 'Washington|Nationals',
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

export const TEAMS: Team[] = [...teams('NHL', NHL), ...teams('NBA', NBA), ...teams('NFL', NFL), ...teams('MLB', MLB)];
