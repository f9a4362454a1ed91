// Entity lists from ../shared/data/entity-sources (CC0; READMEs there): sitting members of the US Congress
// (unitedstates/congress-legislators) and US newspapers with Wikipedia articles (hearvox/wiki-media-cred).
// Missing files are skipped: the knowledge base then lacks these kinds, nothing else changes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KbEntry } from '../../lib/entities/knowledge-base';
import { US_STATE_NAMES } from '../../lib/places/postal';

export interface SourceEntity {
  entry: KbEntry;
  names: string[];
}

const STATES: Record<string, string> = {
  ...US_STATE_NAMES,
  DC: 'the District of Columbia',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'the U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'the Northern Mariana Islands',
};

/** The few fields used, read line by line: the file is one regular list of records (no YAML library needed). */
interface Legislator {
  wikipedia?: string;
  first?: string;
  last?: string;
  official_full?: string;
  nickname?: string;
  type?: string;
  state?: string;
  party?: string;
  gender?: string;
}

export function readLegislators(path: string): Legislator[] {
  const people: Legislator[] = [];
  let person: Legislator | null = null;
  let section = '';
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('- id:')) {
      person = {};
      people.push(person);
      section = 'id';
      continue;
    }
    const top = /^ {2}(\w+):\s*$/.exec(line);
    if (top) section = top[1];
    const field = /^ {2}(?:- | {2})(\w+): (.+)$/.exec(line);
    if (!person || !field) continue;
    const [, key, raw] = field;
    const value = raw.replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    if (section === 'id' && key === 'wikipedia') person.wikipedia = value;
    if (section === 'name' && ['first', 'last', 'official_full', 'nickname'].includes(key))
      person[key as 'first'] = value;
    if (section === 'bio' && key === 'gender') person.gender = value;
    // Terms are listed oldest first: the last one read is the current seat.
    if (section === 'terms' && ['type', 'state', 'party'].includes(key)) person[key as 'type'] = value;
  }
  return people;
}

function seat(p: Legislator): string {
  const state = STATES[p.state ?? ''] ?? p.state ?? '';
  const office = p.type === 'sen' ? `U.S. senator from ${state}` : `U.S. representative from ${state}`;
  return p.party ? `${office} (${p.party})` : office;
}

export function congress(dir: string): SourceEntity[] {
  const path = join(dir, 'us-congress-legislators', 'legislators-current.yaml');
  if (!existsSync(path)) return [];
  return readLegislators(path).flatMap((p) => {
    if (!p.wikipedia || !p.last) return [];
    const title = p.wikipedia.replace(/ /g, '_');
    const names = [
      p.official_full,
      `${p.first} ${p.last}`,
      p.nickname && `${p.nickname} ${p.last}`,
      p.wikipedia.replace(/ \(.*\)$/, ''),
    ];
    const entry: KbEntry = { title, type: 'person', name: p.wikipedia.replace(/ \(.*\)$/, ''), description: seat(p) };
    return [{ entry, names: names.filter((n): n is string => !!n) }];
  });
}

/**
 * A title's qualifier that is not a kind of paper names a place: Wikipedia tells namesake papers apart by town. A
 * "(newspaper)" qualifier sets the paper apart from a town or a word of that name, not from another paper, so among
 * papers the name is still its own (one-word names are dropped below as words first).
 */
const PLACE_QUALIFIED = /\((?![^)]*newspaper)[^)]*\)$/i;

/**
 * Newspapers with an article. A name stands for the paper only if no other listed paper shares it and it is not
 * a plain word once "The" is dropped ("The Independent", "The Day", "Hill" are words first).
 */
export function newspapers(dir: string, isWord: (w: string) => boolean): SourceEntity[] {
  const path = join(dir, 'us-newspapers-wiki-media-cred', 'wikipedia-us-newspapers.tsv');
  if (!existsSync(path)) return [];
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((c) => c[4]?.trim() && c[0]);
  const nameOf = (title: string) => title.replace(/ \([^)]*\)$/, '').trim();
  // One paper listed under two states ("Star Tribune") is one article, read from its first row. Keyed by the article
  // path, not the Wikidata id: a redirect's row ("Daleville Sun-Courier") shares the id and is a name of its own.
  const byPath = new Map<string, string[]>();
  for (const row of rows) if (!byPath.has(row[3])) byPath.set(row[3], row);
  const papers = [...byPath.values()];
  const count = new Map<string, number>();
  for (const [title] of papers)
    count.set(nameOf(title).toLowerCase(), (count.get(nameOf(title).toLowerCase()) ?? 0) + 1);
  return papers.flatMap(([title, state]) => {
    // "The Sun (Lowell)": Wikipedia names a place to tell the paper from namesakes, so the bare name is not its own.
    if (PLACE_QUALIFIED.test(title)) return [];
    const name = nameOf(title);
    const bare = name.replace(/^The /, '');
    const words = bare.split(/\s+/);
    if (count.get(name.toLowerCase())! > 1 || (words.length === 1 && isWord(bare.toLowerCase()))) return [];
    const names = [name, ...(bare !== name ? [bare] : [])];
    return [
      { entry: { title: title.replace(/ /g, '_'), type: 'outlet', name, description: `Newspaper in ${state}` }, names },
    ];
  });
}
