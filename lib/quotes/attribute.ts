// Who said each quote: the mention next to it, resolved to the named person, organisation or group it refers
// to ("he" → the last person named, "the spokesman" → the person introduced as spokesman, "Uali" → Berik Uali).
import type { Article, Quote, ReportedSpeech, Speaker, SpeakerType } from '../types';
import { mentionType, type Mention } from './mentions';
import { indexPeople, type PeopleIndex } from './people';
import { findReportedSpeech } from './reported';
import { CUE } from './cues';
import { buildSpeakers } from './speakers';
import { anyVerbAfter, clauseSubject, colonSpeaker, isSpeakerLike, shortAttribution, mentionAfter, mentionBefore, sentenceSubject, signatureAfter } from './windows';

export interface Attribution {
  speaker: string | null;
  speakerType: SpeakerType;
  speakerRole: string | null;
  speakerMention: { start: number; end: number } | null;
}

const UNKNOWN: Attribution = { speaker: null, speakerType: 'unknown', speakerRole: null, speakerMention: null };
const ROLE_SYNONYMS: Record<string, string[]> = {
  leader: ['president', 'prime minister', 'leader', 'chancellor', 'king', 'premier', 'head'],
  president: ['president'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
  spokeswoman: ['spokeswoman', 'spokesman', 'spokesperson', 'press secretary'],
  senator: ['senator', 'sen.'],
  minister: ['minister'],
};
const OPEN_MARK = /[“"„«»‘]/;
const CLOSING_SOURCE = new RegExp(`^\\s*(?:the(?:\\s+[\\p{L}-]+){1,3}|(?:\\p{Lu}[\\p{L}'’\\u2024.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*)\\s+(?:${CUE})\\s*[.!?]`, 'u');

/** Where the quote starts and the sentence before it: a pronoun prefers that sentence's first-named person. */
export interface MentionContext {
  previousSentence: { start: number; end: number } | null;
}

function subjectOfPreviousSentence(people: PeopleIndex, context: MentionContext | undefined, gender: 'm' | 'f') {
  const sentence = context?.previousSentence;
  if (!sentence) return null;
  const named = people
    .namedBefore(sentence.end)
    .filter(({ at, person }) => at >= sentence.start && person.gender !== (gender === 'm' ? 'f' : 'm'));
  return named.length ? named[named.length - 1].person : null;
}

export function resolveMention(mention: Mention, people: PeopleIndex, recentSpeakers: Attribution[], context?: MentionContext): Attribution {
  const span = { start: mention.start, end: mention.end };
  const type = mentionType(mention.kind);
  if (mention.kind === 'name') {
    const person = people.byName(mention.text);
    return { speaker: person?.name ?? mention.text, speakerType: 'person', speakerRole: mention.role ?? person?.role ?? null, speakerMention: span };
  }
  if (mention.kind === 'organization' || mention.kind === 'group') return { speaker: mention.text, speakerType: type, speakerRole: null, speakerMention: span };
  // "a WeWork spokesperson", "sources": the article's own description is all it says about the source.
  if (mention.kind === 'anonymous') return { speaker: mention.text, speakerType: /s$/.test(mention.head ?? '') ? 'group' : 'person', speakerRole: null, speakerMention: span };
  if (mention.kind === 'pronoun') {
    const pronoun = mention.text.toLowerCase();
    if (pronoun === 'they' || pronoun === 'we' || pronoun === 'it') {
      const group = recentSpeakers.find((s) => s.speakerType === 'group' || s.speakerType === 'organization');
      return group ? { ...group, speakerMention: span } : { ...UNKNOWN, speakerMention: span };
    }
    if (pronoun === 'i') {
      const last = recentSpeakers[0];
      return last ? { ...last, speakerMention: span } : { ...UNKNOWN, speakerMention: span };
    }
    const gender = pronoun === 'she' ? 'f' : 'm';
    // The last speaker, when the sentence before names them as a speaker ("Husted said …. He said that …").
    const sentence = context?.previousSentence;
    const lastSpeaker = recentSpeakers.find((s) => s.speakerType === 'person');
    const spokeJustBefore =
      sentence && lastSpeaker?.speakerMention && lastSpeaker.speakerMention.start >= sentence.start && lastSpeaker.speakerMention.start < sentence.end;
    if (spokeJustBefore && people.byName(lastSpeaker.speaker ?? '')?.gender !== (gender === 'm' ? 'f' : 'm')) return { ...lastSpeaker, speakerMention: span };
    const subject = subjectOfPreviousSentence(people, context, gender);
    if (subject) return { speaker: subject.name, speakerType: 'person', speakerRole: subject.role, speakerMention: span };
    const speaker = recentSpeakers.find((s) => s.speakerType === 'person' && s.speaker && people.byName(s.speaker)?.gender !== (gender === 'm' ? 'f' : 'm'));
    const named = people.namedBefore(mention.start).find(({ person }) => person.gender !== (gender === 'm' ? 'f' : 'm'));
    // The last speaker wins unless someone else was named more recently than that speaker's quote.
    const pick = named && (!speaker || (named.person.name !== speaker.speaker && named.at > lastMentionAt(speaker, people))) ? named.person : speaker ? people.byName(speaker.speaker!) ?? { name: speaker.speaker!, role: speaker.speakerRole } : null;
    return pick ? { speaker: pick.name, speakerType: 'person', speakerRole: pick.role ?? null, speakerMention: span } : { ...UNKNOWN, speakerMention: span };
  }
  // Role noun: "the spokesman", "the Kazakh leader".
  const head = mention.head ?? '';
  // Own keys only: a head noun like "constructor" must not find Object.prototype members.
  const wanted = Object.hasOwn(ROLE_SYNONYMS, head) ? ROLE_SYNONYMS[head] : [head];
  const candidates = people.namedBefore(mention.start).map((n) => n.person);
  const match = candidates.find((p) => p.role && wanted.some((w) => p.role!.toLowerCase().includes(w)));
  if (match) return { speaker: match.name, speakerType: 'person', speakerRole: match.role, speakerMention: span };
  return { speaker: mention.text, speakerType: 'person', speakerRole: mention.role, speakerMention: span };
}

function lastMentionAt(speaker: Attribution, people: PeopleIndex): number {
  return speaker.speakerMention?.start ?? (people.byName(speaker.speaker ?? '')?.mentions.at(-1) ?? -1);
}

/** Sentences are looked for this far back at most, so a huge paragraph full of quotes stays linear. */
const MAX_LOOKBACK = 1500;

function sentenceStartBefore(text: string, from: number, at: number): number {
  from = Math.max(from, at - MAX_LOOKBACK);
  const slice = text.slice(from, at);
  const ends = [...slice.matchAll(/[.!?]["”’]?\s+(?=[\p{Lu}"“])/gu)];
  const last = ends.at(-1);
  return last ? from + last.index! + last[0].length : from;
}

function previousSentence(text: string, paragraphStart: number, quoteStart: number, previousParagraph: { start: number; end: number } | null) {
  const from = sentenceStartBefore(text, paragraphStart, quoteStart);
  if (from > paragraphStart) {
    const start = sentenceStartBefore(text, paragraphStart, from - 1);
    return { start, end: from };
  }
  if (!previousParagraph) return null;
  return { start: sentenceStartBefore(text, previousParagraph.start, previousParagraph.end), end: previousParagraph.end };
}

function findMention(article: Article, quotes: Quote[], i: number, capitals: Set<string>, people: PeopleIndex): Mention | null {
  const { text, paragraphs } = article;
  const q = quotes[i];
  const para = paragraphs[q.paragraph];
  const closeAt = q.end + 1;
  const paraEnd = paragraphs.find((p) => p.start <= q.end && q.end <= p.end)?.end ?? para.end;
  const next = quotes[i + 1];
  const afterEnd = Math.min(paraEnd, next && next.start - 1 > closeAt ? next.start - 1 : paraEnd);
  let after = text.slice(closeAt, afterEnd);
  const sentenceEnd = after.search(/[.!?](?:\s|$)(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|[A-Z])\.\s?)/);
  if (sentenceEnd >= 0) after = after.slice(0, sentenceEnd + 1);
  const prev = quotes[i - 1];
  const beforeFrom = prev && prev.paragraph === q.paragraph && prev.end < q.start ? prev.end + 1 : para.start;
  const openAt = q.start - 1;
  const sentenceFrom = sentenceStartBefore(text, beforeFrom, openAt);
  const before = text.slice(sentenceFrom, Math.max(sentenceFrom, openAt)).replace(/[“"„«»‘]$/, '');
  const endsSentence = /[.!?][’'"”]?$/.test(q.text) || /^\s*[.!?]/.test(text.slice(closeAt, closeAt + 2));
  const cutOff = /[,!?—–-][’'"”]?$/.test(q.text) || /^\s*[,—–]/.test(after);
  const tryAfter = () =>
    (endsSentence && !/^[\s,]*[\p{Ll}]/u.test(after) ? signatureAfter(after, closeAt) ?? shortAttribution(after, closeAt) : mentionAfter(after, closeAt)) ??
    (cutOff ? anyVerbAfter(after, closeAt) : null);
  // “Cruz called them on it: “…”: a sentence that ends in a colon introduces the quote; its subject is the speaker.
  const tryBefore = () => mentionBefore(before, sentenceFrom) ?? (/[:—–]\s*$/.test(before) ? colonSpeaker(before, sentenceFrom) : null);
  // A partial quote sits in the reporter's sentence: its subject ("Gingrich dismissed Estonia as …") is the source.
  // A partial quote that ends its sentence: the words after it belong to the next sentence, bar a signature (― Name).
  const afterInSentence = () => (endsSentence && !/^[\s,]*[\p{Ll}]/u.test(after) ? signatureAfter(after, closeAt) : mentionAfter(after, closeAt));
  // Nothing the president said “will assuage fears,” the senator said.: a comma closing the quote, then a named or
  // described source and a cue that end the sentence; that source outranks a cue inside the sentence before.
  const commaThenSource = /,[’'"”]?$/.test(q.text) && CLOSING_SOURCE.test(after) ? afterInSentence() : null;
  if (q.partial) return commaThenSource ?? tryBefore() ?? afterInSentence() ?? clauseSubject(before, sentenceFrom, (m) => isSpeakerLike(m) && !!properSubject(m, capitals, people)) ?? sentenceSubject(text.slice(sentenceFrom, afterEnd), sentenceFrom);
  return cutOff ? tryAfter() ?? tryBefore() : tryBefore() ?? tryAfter();
}

/** Words the article capitalises mid-sentence: proper nouns, unlike a capital that merely opens a sentence. */
export function midSentenceCapitals(text: string): Set<string> {
  return new Set([...text.matchAll(/[\p{Ll}\d,;)] (\p{Lu}[\p{L}'’-]*)/gu)].map((m) => m[1]));
}

/** A lone capitalised word opening a sentence may be any word ("Guns", "Boos", "Thirteen"); a name only if it is a proper noun. */
function properSubject(mention: Mention | null, capitals: Set<string>, people?: PeopleIndex): Mention | null {
  if (!mention || mention.kind !== 'name' || /\s/.test(mention.text)) return mention;
  // A surname of someone the article introduced ("Julianne Moore" … "Moore thanked him") is a name too.
  return capitals.has(mention.text) || people?.byName(mention.text) ? mention : null;
}

/** Abbreviation periods ("Mr.", "Sen.", "J.") would end sentences and names; mask them (same length, same offsets). */
const ABBREVIATION = /\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Maj|Adm|Cmdr|Supt|Insp|No|[A-Z])\.(?=\s|,)/g;
const unmask = (s: string | null) => s && s.replace(/\u2024/g, '.');

export function maskAbbreviations(text: string): string {
  return text.replace(ABBREVIATION, (_, word: string) => `${word}\u2024`);
}

export function attributeQuotes(original: Article, quotes: Quote[]): { quotes: Quote[]; speakers: Speaker[]; reported: ReportedSpeech[] } {
  const article = { ...original, text: maskAbbreviations(original.text) };
  const { text, paragraphs } = article;
  const people = indexPeople(text, () => false);
  const capitals = midSentenceCapitals(text);
  const recent: Attribution[] = [];
  const found: (Attribution | null)[] = quotes.map((_, i) => {
    const mention = findMention(article, quotes, i, capitals, people);
    if (!mention) return null;
    const q = quotes[i];
    // "He" refers back from the sentence it stands in: before the quote when the mention precedes it.
    // (+1: the mention's first letter must be inside the window for its sentence start to be seen.)
    const anchor = Math.min(q.start - 1, Math.max(paragraphs[q.paragraph].start, mention.start + 1));
    const context = { previousSentence: previousSentence(text, paragraphs[q.paragraph].start, anchor, paragraphs[q.paragraph - 1] ?? null) };
    const attribution = resolveMention(mention, people, recent, context);
    if (attribution.speaker) recent.unshift(attribution);
    return attribution;
  });
  // No mention beside the quote: another quote in the paragraph, or the paragraph before, gives the speaker.
  const result = quotes.map((q, i) => {
    let a = found[i];
    if (!a) {
      const sameParagraph = found.map((f, j) => ({ f, j })).filter(({ f, j }) => f?.speaker && quotes[j].paragraph === q.paragraph);
      const nearest = sameParagraph.filter(({ j }) => j < i).at(-1) ?? sameParagraph.find(({ j }) => j > i);
      if (nearest) a = nearest.f;
    }
    if (!a && q.start - paragraphs[q.paragraph].start <= 1) {
      const previous = found.slice(0, i).map((f, j) => ({ f, j })).filter(({ f, j }) => f?.speaker && quotes[j].paragraph >= q.paragraph - 1).at(-1);
      const prevText = q.paragraph > 0 ? text.slice(paragraphs[q.paragraph - 1].start, paragraphs[q.paragraph - 1].end) : '';
      if (previous) a = previous.f;
      else if (/:\s*$/.test(prevText) && !OPEN_MARK.test(prevText.slice(-3))) {
        const prevStart = paragraphs[q.paragraph - 1].start;
        const lastSentence = sentenceStartBefore(text, prevStart, paragraphs[q.paragraph - 1].end);
        const mention = mentionBefore(prevText, prevStart) ?? colonSpeaker(text.slice(lastSentence, paragraphs[q.paragraph - 1].end), lastSentence);
        const prevContext = { previousSentence: previousSentence(text, prevStart, (mention?.start ?? prevStart) + 1, paragraphs[q.paragraph - 2] ?? null) };
        if (mention) a = resolveMention(mention, people, recent, prevContext);
      }
    }
    found[i] = a;
    const found_ = a ?? UNKNOWN;
    return { ...q, ...found_, speaker: unmask(found_.speaker), speakerRole: unmask(found_.speakerRole) };
  });
  const reported = findReportedSpeech(article, people).map((r) => ({ ...r, text: original.text.slice(r.start, r.end), speaker: unmask(r.speaker) }));
  return { quotes: result, speakers: buildSpeakers(result, reported, people), reported };
}
