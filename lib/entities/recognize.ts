// Finds entity mentions in name runs: the longest known name at each position, acronyms defined in
// the text ("Collective Security Treaty Organization (CSTO)"), unknown people and organisations,
// and surnames or "title + surname" that refer back to a person named in full earlier.
import type { EntityType, Span } from '../types';
import { lookupAcronym, lookupName, nameKey, type KbHit, type KnowledgeBase } from './knowledge-base';
import { keepHit } from './link';
import { findNameRuns, type Token } from './name-runs';
import { isCorporateSuffix, isHonorific, isOrgHead, isOutletHead, isRole, isStopWord } from '../lexicon/en/name-words';
import { alternation, capitalise } from '../lexicon/build';
import { NAME_PARTICLES } from '../lexicon/en/names';

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
   * An unknown capitalised run taken for a person without evidence yet ("Regional Operations",
   * "Google Doc"): no given name first, no title or role before it, no surname used alone later.
   * Kept only if the quotes engine finds it speaking.
   */
  unconfirmed?: boolean;
}

type Init = Pick<Candidate, 'name' | 'type' | 'wikipedia'> & { guessedType?: boolean };

const MAX_NAME_TOKENS = 7;
/** People, or bare-title names of two or three words that may turn out to be people. */
const isPersonLike = (c: Candidate) =>
  c.type === 'person' || (c.guessedType && /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u.test(c.name));
const ACRONYM_DEF = /^ *\(([A-Z][A-Za-z.&]{1,9})\)/;

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

/** What the lookups may use: the knowledge base and the countries the story is set in. */
interface Knowledge {
  kb: KnowledgeBase;
  countries: ReadonlySet<string>;
}

function longestHit(
  text: string,
  { kb, countries }: Knowledge,
  tokens: Token[],
  i: number,
): { hit: KbHit; end: number } | null {
  // Run tokens are separated by spaces (or " & "): a longer name starts with this word and a space.
  const opensLonger = kb.multiWordStarts.has(nameKey(tokens[i].text));
  for (let j = opensLonger ? Math.min(tokens.length, i + MAX_NAME_TOKENS) : i + 1; j > i; j--) {
    const hit = lookupName(kb, joined(text, tokens.slice(i, j)), countries);
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

/** A run without known names: a person ("Berik Uali") or an organisation ("Tengrinews" is too vague). */
function unknownType(tokens: Token[]): EntityType | null {
  const words = tokens.map((t) => t.text);
  if (words.some((w) => isRole(w) || isStopWord(w))) return null;
  if (isOutletHead(words[words.length - 1]) && words.length >= 2) return 'outlet';
  if (isOrgHead(words[words.length - 1]) && words.length >= 2) return 'organization';
  const nameLike = words.every(
    (w) =>
      /^(?:(?:al|el|bin|ibn)-)?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?$/u.test(w) ||
      LOWER_PARTICLE.test(w),
  );
  return nameLike && words.length >= 2 && words.length <= 4 ? 'person' : null;
}

// Capitalised particles inside a name ("Van Der Beek", "De Niro"), read as unknownType's lower-case ones.
const NAME_PARTICLE = new RegExp(`^(?:${alternation(NAME_PARTICLES.map(capitalise))})$`);

/** The word right before a run ("spokesman" in "his spokesman Berik Uali"). */
function wordBefore(text: string, start: number): string {
  // Read backwards: the same pattern as a regex ending in "$" was tried at each of the 40 positions.
  const from = Math.max(0, start - 40);
  let end = start;
  while (end > from && /[\s,]/.test(text[end - 1])) end--;
  let begin = end;
  for (let step = charBefore(text, begin, from); step && /^[\p{L}.]$/u.test(step); step = charBefore(text, begin, from))
    begin -= step.length;
  return text.slice(begin, end);
}

/** The character (one or two code units) that ends at `at`, not reaching before `from`. */
function charBefore(text: string, at: number, from: number): string {
  if (at <= from) return '';
  const low = text.charCodeAt(at - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && at - 2 >= from;
  return text.slice(pair ? at - 2 : at - 1, at);
}

/** A given name first ("Owen Dempsey"), or a title or role just before the name ("Dr. …", "spokesman …"). */
function personEvidence(text: string, kb: KnowledgeBase, tokens: Token[], hadRole: boolean): boolean {
  if (hadRole || kb.givenNames.has(tokens[0].text.toLowerCase())) return true;
  const before = wordBefore(text, tokens[0].start);
  return isRole(before) || isHonorific(before);
}

function recordUnknown(text: string, kb: KnowledgeBase, reg: Registry, tokens: Token[]): Candidate | null {
  let hadRole = false;
  while (tokens.length && (isRole(tokens[0].text) || isStopWord(tokens[0].text))) {
    hadRole ||= isRole(tokens[0].text);
    tokens = tokens.slice(1);
  }
  if (tokens.length === 0) return null;
  const type = unknownType(tokens);
  if (!type) return null;
  const name = joined(text, tokens);
  const earlier = type === 'person' ? reg.personEndingWith(name) : null;
  if (earlier) {
    earlier.mentions.push(span(tokens));
    earlier.aliases.add(name);
    return earlier;
  }
  // "Omar Hassan al-Bashir" is titled by first and last name only.
  const short =
    tokens.length > 2 && type === 'person'
      ? lookupName(kb, `${tokens[0].text} ${tokens[tokens.length - 1].text}`)
      : null;
  const title = short?.type === 'person' || short?.source === 'title' ? short.title : null;
  const c = reg.add(
    title ?? `name:${name.toLowerCase()}`,
    { name: title ? title.replace(/_/g, ' ') : name, type, wikipedia: title },
    name,
    span(tokens),
  );
  const evidence = type !== 'person' || title !== null || personEvidence(text, kb, tokens, hadRole);
  c.unconfirmed = (c.mentions.length === 1 || c.unconfirmed) && !evidence ? true : undefined;
  return c;
}

/**
 * A bare title carries no type: two to four name-like words are a person's when they open with a given name
 * ("Alicia Keys", "James Van Der Beek") or follow a title or role ("President Ashraf Ghani").
 */
function titleType(text: string, kb: KnowledgeBase, hit: KbHit, tokens: Token[]): EntityType {
  if (hit.source !== 'title' || tokens.length < 2 || tokens.length > 4) return hit.type;
  const words = tokens.map((t) => ({ ...t, text: NAME_PARTICLE.test(t.text) ? t.text.toLowerCase() : t.text }));
  if (unknownType(words) !== 'person') return hit.type;
  return personEvidence(text, kb, tokens, false) ? 'person' : hit.type;
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

/** Returns single tokens left unexplained (surnames, acronyms) for the second pass. */
function scanRun(text: string, knowledge: Knowledge, reg: Registry, lowerWords: Set<string>, tokens: Token[]): Token[] {
  const { kb } = knowledge;
  const leftovers: Token[] = [];
  let pending: Token[] = [];
  let last: Candidate | null = null;
  // Roles, and sentence-initial common words ("Later Uali said"), are not part of a name.
  const skip = (t: Token) =>
    isRole(t.text) || isStopWord(t.text) || (t.sentenceStart && lowerWords.has(t.text.toLowerCase()));
  const flushPart = (part: Token[]) => {
    while (part.length && skip(part[0])) part = part.slice(1);
    // "Later Uali": a sentence's first word before a known surname.
    if (part.length === 2 && part[0].sentenceStart && reg.personEndingWith(part[1].text)) part = part.slice(1);
    if (part.length === 1) leftovers.push(part[0]);
    else if (part.length > 1) last = recordUnknown(text, kb, reg, part) ?? last;
  };
  const flushPending = () => {
    // "Diaz and Timberlake": two names joined, each read on its own.
    const and = pending.findIndex((t) => t.text === 'and');
    if (and > 0) [pending.slice(0, and), pending.slice(and + 1)].forEach(flushPart);
    else flushPart(pending);
    pending = [];
  };
  for (let i = 0; i < tokens.length;) {
    const found = isStopWord(tokens[i].text)
      ? namedWithThe(text, knowledge, tokens, i)
      : longestHit(text, knowledge, tokens, i);
    if (found && keepHit(lowerWords, tokens, i, found.end, found.hit)) {
      const ts = tokens.slice(i, found.end);
      const { hit } = found;
      const the = pending.length > 0 && namePart(pending[pending.length - 1], hit) ? pending.pop() : undefined;
      flushPending();
      const init = {
        name: hit.name,
        type: titleType(text, kb, hit, ts),
        wikipedia: hit.title,
        guessedType: hit.source === 'title',
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
  flushPending();
  const def = ACRONYM_DEF.exec(text.slice(tokens[tokens.length - 1].end));
  const defined = last as Candidate | null;
  if (def && defined && defined.name[0].toUpperCase() === def[1][0]) {
    defined.aliases.add(def[1]);
    reg.acronyms.set(def[1], defined);
  }
  return leftovers;
}

function surnameKeys(person: Candidate): string[] {
  const last = person.name.split(/\s+/).pop() ?? '';
  return [last, last.replace(/^(?:al|el|bin|ibn)-/i, '')].map((s) => s.toLowerCase());
}

/** A title opening with a known organisation's name that is no given name ("Amazon Alexa", "Google Stadia"). */
function namesAThing(kb: KnowledgeBase, name: string): boolean {
  const first = name.split(/\s+/)[0];
  if (kb.givenNames.has(first.toLowerCase())) return false;
  const hit = lookupName(kb, first);
  return hit !== null && hit.type !== 'person';
}

function resolveLeftovers(text: string, kb: KnowledgeBase, reg: Registry, leftovers: Token[]): void {
  const bySurname = new Map<string, Candidate>();
  for (const c of reg.byKey.values()) {
    if (isPersonLike(c) && c.name.includes(' '))
      for (const k of surnameKeys(c)) if (!bySurname.has(k)) bySurname.set(k, c);
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
      // "Stadia" after "Google Stadia" is the product again, not a surname.
      if (person.guessedType && !namesAThing(kb, person.name)) person.type = 'person';
      // "Uali said": a surname used alone is how articles refer back to people.
      person.unconfirmed = undefined;
      person.mentions.push(s);
      person.namedMentions++;
      person.aliases.add(t.text);
    }
  }
}

/** `countries`: where the story is set (from the places engine), for names like "Democrats". */
const LOWER_PARTICLE = new RegExp(`^(?:${alternation(NAME_PARTICLES)})$`);

export function recognize(
  text: string,
  paragraphs: { start: number; end: number }[],
  kb: KnowledgeBase,
  countries: ReadonlySet<string> = new Set(),
): Candidate[] {
  const reg = new Registry();
  const { runs, lowerWords } = findNameRuns(text, paragraphs);
  const leftovers = runs.flatMap((run) => scanRun(text, { kb, countries }, reg, lowerWords, run.tokens));
  resolveLeftovers(text, kb, reg, leftovers);
  return [...reg.byKey.values()];
}
