// Authors for citations, from the byline the page gave. Citation tools go wrong here most: the publisher or a
// job title listed as an author, two people read as one. Each rule below drops or splits one kind of byline part.
import { NAME_PARTICLES } from '../../lexicon/en/names';

export interface Author {
  given?: string;
  family?: string;
  /** An organisation, or a name that does not split into given and family names. */
  literal?: string;
}

/** Words that make a byline part a job description, not a name ("Ana Silva, Staff Writer"). */
// prettier-ignore
const JOB_WORDS = [
  // desk roles
  'staff', 'writer', 'reporter', 'correspondent', 'editor', 'columnist', 'contributor', 'producer', 'journalist',
  'photographer', 'analyst', 'critic',
  // seniority words that only come with a role
  'senior', 'chief', 'deputy', 'associate', 'contributing', 'special', 'political', 'foreign', 'national',
];
/** Words that make a byline part an organisation ("Associated Press", "Reuters Staff" is caught by JOB_WORDS). */
// prettier-ignore
const ORGANISATION_WORDS = [
  'press', 'news', 'agency', 'agencies', 'wire', 'wires', 'service', 'media', 'times', 'post', 'network', 'bureau',
  'desk', 'team', 'newsroom', 'associated', 'international',
];
/** Family-name particles that belong to the family name ("Ludwig van Beethoven" → family "van Beethoven"). */
const PARTICLES = NAME_PARTICLES;
/** Generational suffixes kept with the family name ("Jr."). */
const SUFFIXES = ['jr', 'sr', 'ii', 'iii', 'iv'];

const JOB = new RegExp(`\\b(?:${JOB_WORDS.join('|')})s?\\b`, 'i');
const ORGANISATION = new RegExp(`\\b(?:${ORGANISATION_WORDS.join('|')})\\b`, 'i');
/** Between two authors, or an author and the outlet: lists, slashes, "(with …)" as bylines add co-writers. */
const SEPARATORS = /\s*(?:,|;|\||\/|\(\s*(?:with|avec|mit|con)?|\)|\b(?:and|und|et|with|avec|mit)\b|&)\s*/i;
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;

/** "By Ana Silva and Li Wei, Example News" → Ana Silva, Li Wei (the outlet is the publisher, not an author). */
export function authorsFromByline(byline: string | null | undefined, outlet: string | null): Author[] {
  if (!byline) return [];
  const cleaned = byline
    .replace(/^\s*(?:by|von|par|por)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const seen = new Set<string>();
  const authors: Author[] = [];
  for (const part of cleaned.split(SEPARATORS)) {
    const name = part.replace(/^(?:by)\s+/i, '').trim();
    if (!name || JOB.test(name) || sameName(name, outlet) || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    authors.push(splitName(name));
  }
  return authors;
}

function sameName(a: string, b: string | null): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
  return !!b && norm(a) === norm(b);
}

/** Two to five capitalised words are a person's name; anything else stays whole. */
function splitName(name: string): Author {
  const words = name.split(' ');
  if (
    ORGANISATION.test(name) ||
    words.length < 2 ||
    words.length > 5 ||
    !words.every((w) => NAME_WORD.test(w) || isParticle(w))
  ) {
    return { literal: name };
  }
  let cut = words.length - 1;
  if (SUFFIXES.includes(words[cut].replace(/\./g, '').toLowerCase()) && cut > 1) cut--;
  while (cut > 1 && isParticle(words[cut - 1])) cut--;
  return { given: words.slice(0, cut).join(' '), family: words.slice(cut).join(' ') };
}

const isParticle = (w: string) => PARTICLES.includes(w.toLowerCase());
