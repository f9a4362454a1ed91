// Who a PolNeAR quote's speaker is, judged on the name the panel SHOWS (the quote's `speaker` string).
// PolNeAR's gold source is the mention as written ("he", "a source", "Trump campaign spokesman Jason Miller").
// - name mentions: the shown name against the mention (name rule: equal, alias or same last word);
// - pronoun and role-noun mentions: against the referent annotated from the text alone
//   (scripts/eval/data/polnear-referents-<split>.json, written by annotators who never saw the system's output);
// - a referent the text never names ("a source familiar with", "officials"): see unnamedSourceMatches.
// A null speaker is never right. Without the referent file, pronoun/nominal mentions fall back to the mention
// rule, and the evaluation labels those figures "mention rule (not the shown name)".
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeName, quoteTokens, speakerMatchesMention, speakerMatchesName } from './quote-scoring';
import { asciiSkeleton, hygieneKind, strictlyNamed } from './speaker-hygiene';

export interface Referent {
  start: number;
  end: number;
  mention: string;
  referent: string | null;
  type: 'person' | 'organization' | 'group' | 'unknown';
  aliases?: string[];
  description?: string | null;
}

export interface GoldSource {
  start: number;
  end: number;
  text: string;
  mention_type: 'name' | 'pronoun' | 'nominal';
}

export interface Shown {
  speaker: string | null;
  speakerMention: { start: number; end: number } | null;
}

/** How a speaker was judged: on the shown name, or (no referent annotation) by the old mention rule. */
export type Judged = { right: boolean; basis: 'shown name' | 'mention rule' };

const DATA = join(dirname(fileURLToPath(import.meta.url)), 'data');

/** Referents per article id, keyed by "start:end" of the speaker mention; null when the split has no file. */
export function loadReferents(split: string, dir = DATA): Map<string, Map<string, Referent>> | null {
  const path = join(dir, `polnear-referents-${split}.json`);
  if (!existsSync(path)) return null;
  const data = JSON.parse(readFileSync(path, 'utf8')) as { articles: Record<string, Referent[]> };
  const byArticle = new Map<string, Map<string, Referent>>();
  for (const [id, list] of Object.entries(data.articles)) {
    byArticle.set(id, new Map(list.map((r) => [`${r.start}:${r.end}`, r])));
  }
  return byArticle;
}

// Words that say nothing of who a source is: a shown "he" or "they" describes no one.
const EMPTY_WORDS = new Set([
  ...['a', 'an', 'the', 'one', 'some'],
  ...['he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their'],
]);

/**
 * A source the article never names ("a source familiar with the talks", "campaign officials"): the shown speaker
 * is right when it describes that source in the article's own words, that is every content word of it appears in
 * the mention or the annotated description (or it passes the name rule against them), and it is not a bare
 * pronoun. Showing any person's or organisation's name for an unnamed source is wrong.
 */
export function unnamedSourceMatches(
  shown: string | null,
  ref: Pick<Referent, 'mention' | 'aliases' | 'description'>,
): boolean {
  if (!shown) return false;
  const words = quoteTokens(shown).filter((w) => !EMPTY_WORDS.has(w));
  if (!words.length) return false;
  const described = [ref.mention, ref.description ?? '', ...(ref.aliases ?? [])].filter(Boolean);
  if (described.some((d) => speakerMatchesName(shown, d))) return true;
  const known = new Set(described.flatMap((d) => quoteTokens(d)));
  return words.every((w) => known.has(w) || known.has(w.replace(/s$/, '')) || known.has(`${w}s`));
}

// "(D-N.C.)", ", R-Wis.,": party and state tags (a tag the annotated span cuts off, "Sen. Pat Toomey (R-Pa.", too);
// "of New York", "who introduced …": what follows the name.
const PARTY_TAG = /\s*\((?:[^()]{0,30})(?:\)|$)|,\s*[RDI]-[\p{L}. ]{2,20}\.?(?=,|$)/gu;
const NAME_TAIL = /\s+(?:of|at|from|for|who|which|in|on)\s.*$/s;

/**
 * The names a PolNeAR name mention gives, for the name rule: "Rep. G.K. Butterfield (D-N.C.), head of the Caucus"
 * gives "Rep. G.K. Butterfield" (the lower-case "head of the Caucus" names no one); "Mr. Morgan of the Sierra
 * Club" gives "Mr. Morgan"; "Another critic, Laurence H. Tribe," gives "Another critic" and "Laurence H. Tribe".
 */
export function namesInMention(mention: string): string[] {
  return mention
    .replace(PARTY_TAG, '')
    .split(',')
    .map((part) => part.replace(NAME_TAIL, '').replace(/["“”]/g, '').trim())
    .filter((part) => /\p{Lu}/u.test(part));
}

// "a Homeland Security memo", "one Democratic source on the panel": capitalised, yet no one's name.
const DESCRIPTION = /^(?:a|an|the|one|another|his|her|its|their)\s/i;
const INDEFINITE = /^(?:a|an|one|another|some|several|two|three)\s/i;

// "Sanders himself said": the reflexive says nothing of who it is.
const REFLEXIVE = /\s+(?:himself|herself|themselves|itself)$/i;

/**
 * A one-word name mention that is the shown name's first word: the text calls the person by the given name
 * ("Hillary shot back", shown "Hillary Clinton") or by a family name written first ("Shen wrote", shown "Shen
 * Xincheng"; "Ban recalled", shown "Ban Ki-moon"). The name rule compares last words only.
 */
export function firstWordMatches(shown: string, name: string, others: readonly string[] = []): boolean {
  const one = normalizeName(name);
  const words = normalizeName(shown).split(' ');
  // A name, not a description that opens with the same word ("One of the firm's executives" / "One").
  const proper = /^\S+\s+\p{Lu}/u.test(shown.trim()) && !EMPTY_WORDS.has(one);
  // "Donald" is not "Donald Trump Jr." when the document also shows Donald Trump: the word does not say which.
  const shared = others.some((o) => o !== shown && normalizeName(o).split(' ')[0] === one);
  return proper && !shared && !one.includes(' ') && words.length > 1 && words[0] === one;
}

/** A name mention: the shown speaker passes the name rule against one of the names it gives (see namesInMention). */
export function nameMentionMatches(shown: string | null, mention: string, others: readonly string[] = []): boolean {
  if (!shown) return false;
  const names = namesInMention(mention.replace(REFLEXIVE, ''));
  // "One of the firm's executives, Maria Lopez,": a description with a name beside it; only the name is right.
  const candidates = names.length > 1 ? names.filter((n) => !DESCRIPTION.test(n)) : [mention, ...names];
  if (candidates.some((name) => speakerMatchesName(shown, name) || firstWordMatches(shown, name, others))) return true;
  return INDEFINITE.test(mention.trim()) && names.length <= 1 && unnamedSourceMatches(shown, { mention });
}

/**
 * The kind a source is counted under: the converter types any mention with a capitalised word as a name, so a
 * description ("the Vermont senator", "The Republican nominee") is typed 'name'; one annotated with a referent is
 * a role-noun source and is counted as nominal.
 */
export function sourceKind(source: GoldSource, referent: Referent | undefined): GoldSource['mention_type'] {
  return source.mention_type === 'name' && referent ? 'nominal' : source.mention_type;
}

/** Judges one matched quote's speaker against its gold source (see the file comment). */
export function judgeSpeaker(
  shown: Shown,
  source: GoldSource,
  referent: Referent | undefined,
  /** The other speakers shown in the same document (a first name shared with one of them is no match). */
  others: readonly string[] = [],
): Judged {
  if (referent) {
    const right = referent.referent
      ? speakerMatchesName(shown.speaker, referent.referent, referent.aliases ?? [])
      : unnamedSourceMatches(shown.speaker, referent);
    return { right, basis: 'shown name' };
  }
  if (source.mention_type === 'name') {
    return { right: nameMentionMatches(shown.speaker, source.text, others), basis: 'shown name' };
  }
  return { right: !!shown.speaker && speakerMatchesMention(shown, source), basis: 'mention rule' };
}

/**
 * The strict form of a speaker judged right (speaker-hygiene.ts): every shown word, titles and honorifics aside, is a
 * word of the referent and its aliases, or of the mention and its description. A name mention gives only the words
 * written there ("Trump"), so a fuller name the article writes ("Donald Trump") is right too when it reads as a name.
 */
export function strictlyRight(shown: Shown, source: GoldSource, referent: Referent | undefined, text: string): boolean {
  // The mention is the article's own words for the source ("Sen. Kelly Ayotte's campaign"), unless a pronoun.
  const mention = source.mention_type === 'pronoun' ? [] : [source.text];
  const names = referent
    ? [referent.referent ?? referent.description, referent.mention, ...(referent.aliases ?? []), ...mention]
    : mention;
  if (strictlyNamed(shown.speaker, names)) return true;
  const written =
    !!shown.speaker &&
    (text.includes(shown.speaker) || asciiSkeleton(text).includes(asciiSkeleton(shown.speaker))) &&
    !hygieneKind(shown.speaker, text);
  return !referent && source.mention_type === 'name' && written && /^\p{Lu}/u.test(shown.speaker!);
}
