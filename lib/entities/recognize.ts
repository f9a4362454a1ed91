// Finds entity mentions in name runs: the longest known name at each position, acronyms defined in
// the text ("Collective Security Treaty Organization (CSTO)"), unknown people and organisations,
// and surnames or "title + surname" that refer back to a person named in full earlier. What an unknown
// name is (person, organisation, product) is the name table's reading (lib/names), not decided here.
import type { EntityType, Span } from '../types';
import { lookupAcronym, lookupName, lookupRemembered, nameKey, type KbHit, type KnowledgeBase } from './knowledge-base';
import { keepHit } from './link';
import { findNameRuns, type Token, type WordSet } from './name-runs';
import { isCorporateSuffix, isHonorific, isRole, isStopWord } from '../lexicon/en/name-words';
import { nameAt, typesOf, type Name, type NameTable } from '../names';
import { withoutJoinedArticle } from '../names/joined-article';
import { isProductModelWord } from '../lexicon/en/works';

export interface Candidate {
  name: string;
  type: EntityType;
  wikipedia: string | null;
  aliases: Set<string>;
  mentions: Span[];
  /** Mentions by name rather than by adjective ("Kazakhstan" vs "Kazakh"). */
  namedMentions: number;
  /** Came from the bare title list, so its type is a guess. */
  guessedType: boolean;
  /** For a place: background from the gazetteer ("City in South Carolina, United States"), see place-links. */
  placeLine?: string | null;
  /**
   * An unknown capitalised run taken for a person without evidence yet ("Regional Operations"): the name table
   * read it as shaped like a person's name and nothing more (no given name, title, role or surname used alone).
   * Kept only if the quotes engine finds it speaking.
   */
  unconfirmed?: boolean;
  /** The name table's reading of the first mention, where the table read the same span. */
  named?: Name | null;
}

type Init = Pick<Candidate, 'name' | 'type' | 'wikipedia'> & { guessedType?: boolean; named?: Name | null };

const MAX_NAME_TOKENS = 7;
/** People, or bare-title names the name table found shaped like people's names, that may turn out to be people. */
const isPersonLike = (c: Candidate) =>
  c.type === 'person' || (c.guessedType && c.name.includes(' ') && (!c.named || SHORTENED.has(c.named.reason)));
/**
 * A bare title of several words the table read so, or read only inside a longer name, may be named again by its
 * last word ("Djokovic", "Stadia" after "Google Stadia").
 */
const SHORTENED = new Set(['name-shape', 'title-list', 'product-name', 'gendered-name']);
/** "(CSTO)" right after a name; sticky: read where a run ends, without cutting the rest of the text out. */
const ACRONYM_DEF = / *\(([A-Z][A-Za-z.&]{1,9})\)/y;
const [SPACE, OPENING_BRACKET] = [32, 40];

/** ACRONYM_DEF at `end`, tried only where its bracket opens after the spaces: most runs end before a word. */
function acronymDefined(text: string, end: number): RegExpExecArray | null {
  let at = end;
  while (text.charCodeAt(at) === SPACE) at++;
  if (text.charCodeAt(at) !== OPENING_BRACKET) return null;
  ACRONYM_DEF.lastIndex = end;
  return ACRONYM_DEF.exec(text);
}

class Registry {
  readonly byKey = new Map<string, Candidate>();
  readonly acronyms = new Map<string, Candidate>();

  add(key: string, init: Init, surface: string, span: Span, demonym = false): Candidate {
    let c = this.byKey.get(key);
    if (!c) {
      c = { guessedType: false, ...init, aliases: new Set(), mentions: [], namedMentions: 0 };
      this.byKey.set(key, c);
    }
    if (surface !== c.name) c.aliases.add(surface);
    c.mentions.push(span);
    if (!demonym) c.namedMentions++;
    return c;
  }

  /** "Bin Laden" after "Osama bin Laden": the same person by a shorter name. */
  personEndingWith(name: string): Candidate | null {
    const tail = ` ${name.toLowerCase()}`;
    for (const c of this.byKey.values()) if (isPersonLike(c) && c.name.toLowerCase().endsWith(tail)) return c;
    return null;
  }
}

const span = (tokens: Token[]): Span => ({ start: tokens[0].start, end: tokens[tokens.length - 1].end });
const joined = (text: string, tokens: Token[]) => text.slice(tokens[0].start, tokens[tokens.length - 1].end);

/** What the lookups may use: the knowledge base, the countries the story is set in, the article's name table. */
interface Knowledge {
  kb: KnowledgeBase;
  countries: ReadonlySet<string>;
  table: NameTable;
  /** Lookups made while this article is read: a story names the same people and bodies again and again. */
  hits: Map<string, KbHit | null>;
}

function longestHit(
  text: string,
  knowledge: Knowledge,
  tokens: Token[],
  i: number,
): { hit: KbHit; end: number } | null {
  // Run tokens are separated by spaces (or " & "): a longer name starts with this word and a space.
  const opensLonger = knowledge.kb.multiWordStarts.has(nameKey(tokens[i].text));
  for (let j = opensLonger ? Math.min(tokens.length, i + MAX_NAME_TOKENS) : i + 1; j > i; j--) {
    const surface = text.slice(tokens[i].start, tokens[j - 1].end);
    const hit = lookupRemembered(knowledge.kb, knowledge.hits, surface, knowledge.countries);
    if (hit) return { hit, end: j };
  }
  return null;
}

/** "The Atlantic", "The Hill": a known name that keeps its article (never a bare title: "The Times" is any paper). */
function namedWithThe(text: string, knowledge: Knowledge, tokens: Token[], i: number): ReturnType<typeof longestHit> {
  if (tokens[i].text !== 'The' || i + 1 >= tokens.length) return null;
  const found = longestHit(text, knowledge, tokens, i);
  return found && found.end > i + 1 && found.hit.source === 'known' ? found : null;
}

/**
 * A run without known names, as the name table typed it: a person ("President Ashraf Ghani", "Owen Dempsey"), an
 * outlet or organisation by its last word ("Pakistan Point News", "Aberdeen Royal Infirmary"), or a name shaped like
 * a person's that nothing confirms yet (`sure` false). Anything else the table read is no entity of its own.
 */
function tableType(named: Name | null, table: NameTable): { type: EntityType; sure: boolean } | null {
  if (!named) return null;
  // "Gov. Kristi NoemKristi Lynn Noem…": words run together are no one's name.
  if (named.type === 'person') return named.shaped ? { type: 'person', sure: named.reason !== 'gendered-name' } : null;
  if (named.reason === 'outlet-head') return { type: 'outlet', sure: true };
  if (named.reason === 'organisation-head') return { type: 'organization', sure: true };
  // Written elsewhere after a title or with a given name the table saw.
  if (named.reason === 'name-shape') return { type: 'person', sure: typesOf(table, named.text).has('person') };
  if (named.reason === 'title-list' && named.shaped) return { type: 'person', sure: false };
  return null;
}

/** The table's name at the tokens' span, or a longer one ending there. */
function namedAt(table: NameTable, tokens: Token[]): Name | null {
  const { start, end } = span(tokens);
  return nameAt(table, start, end);
}

/**
 * Where the table split a run this engine read whole ("Ukraine Kurt Volker", "Prince Andrew"), the table's last
 * name in it: the tokens from where that name starts.
 */
function tableTail(table: NameTable, tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    const tail = tokens.slice(i);
    if (namedAt(table, tail)) return tail;
  }
  return tokens;
}

function recordUnknown(text: string, known: Knowledge, reg: Registry, tokens: Token[]): Candidate | null {
  const { kb, table } = known;
  while (tokens.length && (isRole(tokens[0].text) || isStopWord(tokens[0].text))) tokens = tokens.slice(1);
  if (tokens.length === 0) return null;
  if (!namedAt(table, tokens)) tokens = tableTail(table, tokens);
  if (tokens.length < 2) return null;
  const name = joined(text, tokens);
  const named = namedAt(table, tokens);
  const typed = tableType(named, table);
  // "Hawk Sawyer" after "Kathleen Hawk Sawyer": the same person by a shorter name.
  const earlier = !typed || typed.type === 'person' ? reg.personEndingWith(name) : null;
  if (earlier) {
    earlier.mentions.push(span(tokens));
    earlier.aliases.add(name);
    return earlier;
  }
  if (!typed) return null;
  const { type } = typed;
  // "Omar Hassan al-Bashir" is titled by first and last name only.
  const short =
    tokens.length > 2 && type === 'person'
      ? lookupName(kb, `${tokens[0].text} ${tokens[tokens.length - 1].text}`)
      : null;
  const title = short?.type === 'person' || short?.source === 'title' ? short.title : null;
  const c = reg.add(
    title ?? `name:${name.toLowerCase()}`,
    { name: title ? title.replace(/_/g, ' ') : name, type, wikipedia: title, named },
    name,
    span(tokens),
  );
  const evidence = typed.sure || title !== null;
  c.unconfirmed = (c.mentions.length === 1 || c.unconfirmed) && !evidence ? true : undefined;
  return c;
}

/**
 * A bare title carries no type: the name table's reading gives it one where the table has evidence ("Alicia Keys"
 * opens with a given name, "President Ashraf Ghani" follows a title, "MacBook Pro" ends in a model word).
 */
function titleType(hit: KbHit, tokens: Token[], table: NameTable): EntityType {
  if (hit.source !== 'title') return hit.type;
  const named = namedAt(table, tokens);
  if (!named) {
    // "Prince Andrew": the table read "Andrew" after a title.
    const tail = namedAt(table, tableTail(table, tokens));
    return tail?.reason === 'title-before' || typesOf(table, hit.name).has('person') ? 'person' : hit.type;
  }
  if (named.type === 'person' && named.shaped && named.reason !== 'gendered-name') return 'person';
  return named.type === 'work' ? 'work' : hit.type;
}

const ORG_TYPES = new Set<EntityType>(['organization', 'outlet']);

/** "The Associated Press": a capitalised "The" inside a sentence belongs to an organisation's name. */
function namePart(token: Token, hit: KbHit): boolean {
  return token.text === 'The' && !token.sentenceStart && ORG_TYPES.has(hit.type);
}

/** "Target Corp.", "Home Depot Inc.": a company's legal form is part of the name written, with its period. */
function companySuffix(text: string, next: Token | undefined, hit: KbHit): Span | null {
  if (!next || !ORG_TYPES.has(hit.type) || !isCorporateSuffix(next.text)) return null;
  return { start: next.start, end: text[next.end] === '.' && !next.text.endsWith('.') ? next.end + 1 : next.end };
}

/**
 * What one reading of the runs shares: single tokens left unexplained (surnames, acronyms) gather in `leftovers`, run
 * after run, for the second pass. One object for the article, not closures made per run.
 */
interface Scan {
  text: string;
  knowledge: Knowledge;
  reg: Registry;
  lowerWords: WordSet;
  leftovers: Token[];
}

/** Roles, and sentence-initial common words ("Later Uali said"), are not part of a name. */
const skipped = (scan: Scan, t: Token) =>
  isRole(t.text) || isStopWord(t.text) || (t.sentenceStart && scan.lowerWords.has(t.text.toLowerCase()));

/** Tokens no known name explained: one is left for the second pass, more are read as a name. */
function flushPart(scan: Scan, part: Token[]): Candidate | null {
  while (part.length && skipped(scan, part[0])) part = part.slice(1);
  // "Later Uali": a sentence's first word before a known surname.
  if (part.length === 2 && part[0].sentenceStart && scan.reg.personEndingWith(part[1].text)) part = part.slice(1);
  if (part.length === 1) scan.leftovers.push(part[0]);
  else if (part.length > 1) return recordUnknown(scan.text, scan.knowledge, scan.reg, part);
  return null;
}

const isAnd = (t: Token) => t.text === 'and';

/** The pending tokens read; the last candidate recorded (`last` if none). */
function flushPending(scan: Scan, pending: Token[], last: Candidate | null): Candidate | null {
  // "Diaz and Timberlake": two names joined, each read on its own.
  const and = pending.findIndex(isAnd);
  if (and <= 0) return flushPart(scan, pending) ?? last;
  const first = flushPart(scan, pending.slice(0, and)) ?? last;
  return flushPart(scan, pending.slice(and + 1)) ?? first;
}

function scanRun(scan: Scan, tokens: Token[]): void {
  const { text, knowledge, reg, lowerWords } = scan;
  let pending: Token[] = [];
  let last: Candidate | null = null;
  for (let i = 0; i < tokens.length;) {
    const found = isStopWord(tokens[i].text)
      ? namedWithThe(text, knowledge, tokens, i)
      : longestHit(text, knowledge, tokens, i);
    if (found && keepHit(lowerWords, tokens, i, found.end, found.hit)) {
      const ts = tokens.slice(i, found.end);
      const { hit } = found;
      const the = pending.length > 0 && namePart(pending[pending.length - 1], hit) ? pending.pop() : undefined;
      last = flushPending(scan, pending, last);
      pending = [];
      const named = namedAt(knowledge.table, ts);
      const init = {
        name: hit.name,
        type: titleType(hit, ts, knowledge.table),
        wikipedia: hit.title,
        guessedType: hit.source === 'title',
        named,
      };
      // "Kazakh President …" names the country's office, as good as naming the country.
      const adjective = hit.demonym && !(tokens[found.end] && isRole(tokens[found.end].text));
      const suffix = companySuffix(text, tokens[found.end], hit);
      const where = { start: (the ?? ts[0]).start, end: suffix?.end ?? ts[ts.length - 1].end };
      last = reg.add(hit.title, init, joined(text, ts), where, adjective);
      i = found.end + (suffix ? 1 : 0);
    } else {
      pending.push(tokens[i]);
      i++;
    }
  }
  last = flushPending(scan, pending, last);
  const def = acronymDefined(text, tokens[tokens.length - 1].end);
  if (def && last && last.name[0].toUpperCase() === def[1][0]) {
    last.aliases.add(def[1]);
    reg.acronyms.set(def[1], last);
  }
}

function surnameKeys(person: Candidate): string[] {
  const last = person.name.split(/\s+/).pop() ?? '';
  return [last, withoutJoinedArticle(last)].map((s) => s.toLowerCase());
}

function resolveLeftovers(kb: KnowledgeBase, reg: Registry, leftovers: Token[]): void {
  const bySurname = new Map<string, Candidate>();
  for (const c of reg.byKey.values()) {
    if (isPersonLike(c) && c.name.includes(' '))
      // A product's model word ("Pro" of "MacBook Pro") alone is any product's: no reference back.
      for (const k of surnameKeys(c)) if (!bySurname.has(k) && !isProductModelWord(k)) bySurname.set(k, c);
  }
  for (const t of leftovers) {
    if (isRole(t.text) || isHonorific(t.text) || isStopWord(t.text)) continue;
    const defined = reg.acronyms.get(t.text);
    const known = defined ? null : lookupAcronym(kb, t.text);
    const person = bySurname.get(t.text.toLowerCase());
    const s = { start: t.start, end: t.end };
    if (defined) defined.mentions.push(s);
    else if (known) reg.add(known.title, { name: known.name, type: known.type, wikipedia: known.title }, t.text, s);
    else if (person) {
      // "Uali said": a surname used alone is how articles refer back to people (the table read it so too).
      person.unconfirmed = undefined;
      person.mentions.push(s);
      person.namedMentions++;
      person.aliases.add(t.text);
    }
  }
}

/** `countries`: where the story is set (from the places engine), for names like "Democrats". */
export function recognize(
  text: string,
  paragraphs: { start: number; end: number }[],
  kb: KnowledgeBase,
  table: NameTable,
  countries: ReadonlySet<string> = new Set(),
): Candidate[] {
  const reg = new Registry();
  const { runs, lowerWords } = findNameRuns(text, paragraphs);
  const knowledge: Knowledge = { kb, countries, table, hits: new Map() };
  const scan: Scan = { text, knowledge, reg, lowerWords, leftovers: [] };
  for (const run of runs) scanRun(scan, run.tokens);
  resolveLeftovers(kb, reg, scan.leftovers);
  return [...reg.byKey.values()];
}
