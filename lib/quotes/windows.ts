// Finds the speaker mention next to a quote: after it ("…," he said / said Uali), before it (Uali said: "…",
// According to X, "…"), or in the reporter's clause around a partial quote (X called it "…").
import { CUE, CUE_VERBS } from './cues';
import { PERSON_HEADS, readMention, TITLE_WORDS, type Mention } from './mentions';

const ADVERBS = '(?:(?:also|later|then|further|has|had|have|previously|once|often|always|frequently|repeatedly|never|usually|sometimes|publicly|privately|reportedly|again|recently|earlier|would|will|later|simply|flatly|quickly|told|who|was|were)\\s+)*';
const AFTER_INVERTED = new RegExp(`^(${CUE})\\s+(?!that\\b|it\\b|this\\b|in\\b|on\\b|to\\b)(.+?)(?=\\s*[,.;:!?"“”(—]|\\s(?:in|on|at|during|after|before|while|when|who|according|as|to|from|last|this|yesterday|today|earlier|about|of a|of an)\\b|$)`, 'i');
const AFTER_NORMAL = new RegExp(`^(.{1,90}?)\\s+${ADVERBS}(${CUE})\\b`, 'i');
const BEFORE_CUE = new RegExp(`(?:^|[.;!?]\\s+|,\\s+(?=[\\p{Lu}]|he\\b|she\\b|they\\b|the\\b))([^.;!?]{1,120}?)\\s+${ADVERBS}(${CUE})\\b(?:[^"“”]{0,200})$`, 'iu');
const SOURCE_AFTER = /^(?:according\s+to|as\s+(?:quoted|cited|reported)\s+by|per)\s+([^,.;:!?"“”]{2,80}?)(?=\s*[,.;:!?]|$)/i;
const ACCORDING_OPENING = /^\W{0,3}According to ([^,.;:"“”]{2,160}),\s/d;
const ACCORDING_TO = /\b[Aa]ccording to\s+([^,.;:]{2,80})$/;
const NAME_COLON = /(?:^|[.;!?]\s+)((?:[\p{Lu}][\p{L}'’.-]+\s+){0,3}[\p{Lu}][\p{L}'’.-]+):\s*$/u;
const SIGNED_COLON = /^((?:[\p{Lu}][\p{L}'’.\u2024-]*\s?){1,4},\s*[^:"“.;!?]{2,60}):\s*$/u;
const INTERRUPTED = new RegExp(`["”’]\\s*,?\\s*(${CUE})\\s+([^"“”.;:!?]{2,120})$`, 'i');
const RELATIVE = /^.*\s(?:to|for|from|with|by|of|and|at|on|in|among|thanked|met|told|visited)\s+([^,]{2,60}),\s+(?:who|which)\s+(?:were|was|are|is|had|have|has)?\s*[^,]*$/i;

/** "WASHINGTON (AP) — ": a dateline opening the first paragraph. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'-]+(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*[—–-]+\s*/u;
const SENTENCE_ADVERB = /^(?:however|though|too|also|meanwhile|instead|moreover|furthermore|in turn|for example|for instance|in fact|of course|again|then|now|still|yet|indeed|meanwhile|nonetheless|nevertheless)$/i;
const INTRO_PHRASE = /^(?:in|on|at|during|after|before|with|from|for|by|since|until|under|over|amid|despite|about|following|when|while|if|because|although|though|once|asked|like|unlike|\p{L}+ing)\s/iu;

/** "Berik Uali, the president's spokesman," → the name with its apposition as role. */
export function parsePhrase(phrase: string, offset: number): Mention | null {
  const dateline = phrase.match(DATELINE);
  if (dateline) return parsePhrase(phrase.slice(dateline[0].length), offset + dateline[0].length);
  const trimmed = phrase.replace(/[,\s]+$/, '');
  // "The two lawmakers, however,": a sentence adverb set off by commas is no part of the mention.
  // Commas separate parts; the one in "2,000" does not.
  const parts = trimmed.split(/,(?!\d)\s*/).filter((part, i) => i === 0 || !SENTENCE_ADVERB.test(part));
  // "In a swipe against Donald Trump, Clinton": an introductory phrase first; the speaker follows it.
  if (parts.length > 1 && INTRO_PHRASE.test(parts[0])) {
    const last = parts[parts.length - 1];
    return readMention(last, offset + phrase.indexOf(trimmed) + trimmed.lastIndexOf(last));
  }
  if (parts.length > 1) {
    const head = readMention(parts[0], offset + phrase.indexOf(parts[0]));
    if (head && head.kind === 'name') {
      const apposition = parts.slice(1).join(', ').trim();
      return { ...head, role: head.role ?? (apposition.replace(/^(?:the|a|an)\s+/i, '') || null) };
    }
    const lastPart = parts[parts.length - 1];
    return readMention(lastPart, offset + trimmed.lastIndexOf(lastPart));
  }
  const start = offset + phrase.indexOf(parts[0]);
  return readMention(parts[0], start) ?? nameOfPlace(parts[0], start) ?? headPhrase(parts[0], start);
}

/** "a 52-count civil complaint filed by the SEC and …": a long phrase read by its head, up to a participle or preposition. */
function headPhrase(phrase: string, offset: number): Mention | null {
  // Only a noun phrase ("a complaint …"), never a clause ("She greeted 2,000 supporters at …").
  if (!/^(?:a|an|the|one|his|her|its|their|our)\s/i.test(phrase)) return null;
  const cut = phrase.search(/\s(?:filed|released|published|issued|obtained|written|signed|sent|by|from|of|in|on|at|with|that|which|who)\b/);
  if (cut <= 0) return null;
  const head = readMention(phrase.slice(0, cut), offset);
  return head && head.kind !== 'role' ? head : null;
}

/** "Robert Antonacci of the New York delegation": a name, then where the person is from as the role. */
function nameOfPlace(phrase: string, offset: number): Mention | null {
  const m = phrase.match(/^(.+?)\s+(?:of|from|at|with)\s+(.+)$/);
  if (!m) return null;
  const head = readMention(m[1], offset);
  return head?.kind === 'name' ? { ...head, role: head.role ?? m[2].replace(/^(?:the|a|an)\s+/i, '') } : null;
}

const LONG_APPOSITION = new RegExp(`^((?:[\\p{Lu}][\\p{L}'’\\u2024.-]*\\s+){0,3}[\\p{Lu}][\\p{L}'’-]*),\\s[^"“”.!?;]{2,240}?,\\s+${ADVERBS}(?:${CUE})\\b`, 'u');

const READ_BY = /^(?:read|reads)\s+((?:the|a|an)\s+[^,.;:!?"“”]{1,60}?)(?=\s*[,.;:!?]|\s+(?:which|that|from|of|in|on|at|by)\b|$)/i;

const LATE_INVERTED = new RegExp(`^[^"“”.!?]{0,100}?,\\s+(?:${CUE})\\s+((?:[\\p{Lu}]|the\\s)[^,.;:!?"“”]{1,80}?)(?:,[^"“”]{0,120})?[.!?]?$`, 'du');
const LATE_NORMAL = new RegExp(`^[^"“”.!?]{0,100}?,\\s+((?:[\\p{Lu}][\\p{L}'’\\u2024.-]*\\s+){0,4}[\\p{Lu}][\\p{L}'’-]*|he|she|they)\\s+(?:${CUE})[.!?]?$`, 'du');

const SHORT_ATTRIBUTION = new RegExp(
  `^\\s*((?:[\\p{Lu}][\\p{L}'’\\u2024.-]*\\s+){0,3}[\\p{Lu}][\\p{L}'’-]*|[Hh]e|[Ss]he|[Tt]hey)\\s+(?:${CUE})(?:\\s+(?:in|on|at|during|to|after|before|from|of|last|this|yesterday|today)\\b[^.!?"“”]{0,40})?[.!?]?\\s*$`,
  'u',
);

/** “…missing.” Trump said. — a quote that ends with its own period, then a whole sentence of attribution. */
export function shortAttribution(after: string, offset: number): Mention | null {
  const m = after.match(SHORT_ATTRIBUTION);
  if (!m) return null;
  const mention = readMention(m[1], offset + after.indexOf(m[1]));
  return mention && (mention.kind === 'name' || mention.kind === 'pronoun' || mention.kind === 'organization') ? mention : null;
}

/** Mention in the text after a quote; `after` starts at `offset`. */
const DASH_NAME = /^\s*[―—–]\s*((?:[\p{Lu}][\p{L}'’\u2024.-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*)/u;

/** “…” ― Pamela Padilla: a signature after a dash. */
export function signatureAfter(after: string, offset: number): Mention | null {
  const signed = after.match(DASH_NAME);
  if (signed) {
    const mention = readMention(signed[1], offset + signed[0].length - signed[1].length);
    if (mention?.kind === 'name' || mention?.kind === 'organization') return mention;
  }
  return null;
}

export function mentionAfter(after: string, offset: number): Mention | null {
  const signed = signatureAfter(after, offset);
  if (signed) return signed;
  const lead = after.match(/^[\s,;—–-]*/)![0].length;
  const rest = after.slice(lead);
  // "…,” according to X. / "…,” as quoted by X.
  const source = rest.match(SOURCE_AFTER);
  if (source) {
    const mention = parsePhrase(source[1], offset + lead + source[0].length - source[1].length);
    if (mention) return mention;
  }
  // "…,” read the statement, which was attributed to Miller: a document's words (a banner or a sign is no source).
  const read = rest.match(READ_BY);
  if (read) {
    const mention = parsePhrase(read[1], offset + lead + read[0].length - read[1].length);
    if (mention?.kind === 'organization') return mention;
  }
  const inverted = rest.match(AFTER_INVERTED);
  if (inverted) {
    const phraseStart = offset + lead + inverted[0].length - inverted[2].length;
    const mention = parsePhrase(inverted[2], phraseStart);
    if (mention && mention.kind !== 'role' && mention.kind !== 'group') return mention;
    if (mention) return mention;
  }
  const normal = rest.match(AFTER_NORMAL);
  const normalMention = normal && !/[.!?]\s/.test(normal[1]) ? parsePhrase(normal[1], offset + lead) : null;
  if (normalMention) return normalMention;
  // “…” in the 2008 primary, said Ohio State professor Paul Beck. / …, Beck said.: the attribution closes the sentence.
  const late = rest.match(LATE_INVERTED) ?? rest.match(LATE_NORMAL);
  if (late) {
    const mention = parsePhrase(late[1], offset + lead + late.indices![1]![0]);
    if (mention && mention.kind !== 'anonymous') return mention;
  }
  if (normal) return null;
  // “…,” Trump, the 2016 GOP frontrunner and … after winning New Hampshire, said: a long apposition.
  const apposed = rest.match(LONG_APPOSITION);
  if (apposed) {
    const mention = readMention(apposed[1], offset + lead);
    if (mention?.kind === 'name' || mention?.kind === 'pronoun') return mention;
  }
  return null;
}

/** A verb after the speaker: "barked", "mocks", "shot back"; lower case, so it cannot open a new name. */
const VERB = '(?:\\p{Ll}{2,}(?:ed|es|s)|shot|wrote|spoke|went|began|sang|said|told|thought|swore|threw|broke|bit|fought|took|gave|made|put|got|kept|left|came|brought|sent|held|stood|struck|hit|set|read|sought|knew|saw|led|won|lost|met|paid|spent|became|drew|felt|heard|let|rose|sat|shook|stuck|tore|wore|meant|laid|ran|found|thought|taught|caught|chose|froze|grew|hung|swore|woke|spoke)';
// A capitalised determiner opens a noun phrase, not a name: "Her critics cited it", "Several Republican senators".
const SUBJECT = "(?:(?!(?:His|Her|Their|Its|My|Our|Your|This|That|These|Those|Several|Some|Many|Most|Few|All|Both|Other|Such|Any|No|Every|Each|A|An|The)\\s)(?:[\\p{Lu}][\\p{L}'’\\u2024.-]*\\s+){0,4}[\\p{Lu}][\\p{L}'’-]*|he|she|they|I|we|the(?:\\s+\\p{Ll}+){1,3})";
const ANY_VERB_AFTER = new RegExp(`^(${SUBJECT})(?:,\\s[^,"“”.;!?]{2,100},)?\\s+(?:\\p{Ll}+ly\\s+)?${VERB}\\b`, 'u');
const ANY_VERB_INVERTED = new RegExp(`^\\p{Ll}{2,}(?:ed|es|s)\\s+((?:[\\p{Lu}][\\p{L}'’\\u2024.-]*\\s+){0,4}[\\p{Lu}][\\p{L}'’-]*)`, 'u');

/**
 * “…,” Trump barked. / “…,” he mocks. / “…!” beamed Donald Hartley. A quote cut off mid-sentence is followed by
 * its attribution, so a subject and any verb there name the speaker even when the verb is no known speech verb.
 */
export function anyVerbAfter(after: string, offset: number): Mention | null {
  const lead = after.match(/^[\s,;—–-]*/)![0].length;
  const rest = after.slice(lead);
  // After a pronoun any lower-case word is the verb: “…,” they conclude.
  const pronoun = rest.match(/^(he|she|they|we|I|it)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}\b/u);
  if (pronoun) return readMention(pronoun[1], offset + lead);
  const normal = rest.match(ANY_VERB_AFTER);
  if (normal) {
    const mention = readMention(normal[1], offset + lead);
    if (mention && mention.kind !== 'anonymous') return mention;
  }
  const inverted = rest.match(ANY_VERB_INVERTED);
  if (inverted) {
    const mention = readMention(inverted[1], offset + lead + inverted[0].length - inverted[1].length);
    if (mention?.kind === 'name') return mention;
  }
  return null;
}

// "which he described as", "though he said it resulted in", "as she angrily said,": a pronoun or name right before the
// last cue ahead of the quote (the greedy lead finds the last one) is that clause's subject, even deep inside a long sentence.
const LOCAL_CUE = new RegExp(
  `^(?:.*[\\s,(—–])?(he|she|they|we|I|[Ii]t|(?<![\\p{Lu}][\\p{L}'’\\u2024.-]*\\s)(?:[\\p{Lu}][\\p{L}'’\\u2024.-]*\\s+){0,5}[\\p{Lu}][\\p{L}'’-]*)\\s+(?:(?:\\p{Ll}+ly|also|then|later|again|has|had|have|would|will)\\s+)?(?:${CUE})\\b[^"“”.!?]{0,120}$`,
  'du',
);

const SUBJECT_VERB_END = new RegExp(
  `(?:^|[\\s,(—–])(he|she|they|we|I|(?<![\\p{Lu}][\\p{L}'’\\u2024.-]*\\s)(?:[\\p{Lu}][\\p{L}'’\\u2024.-]*\\s+){0,3}[\\p{Lu}][\\p{L}'’-]*)\\s+(?:\\p{Ll}+ly\\s+)?${VERB}(?:\\s+(?:back|out|up|in|on|again))?$`,
  'du',
);
const PARTICIPLE_CUE = new RegExp(`,\\s+(?:\\p{Ll}+ly\\s+)?(?:${CUE_VERBS.filter((v) => v.endsWith('ing')).join('|')})\\b[^"“”.!?,]{0,120}$`, 'u');
const ENDS_IN_CUE = new RegExp(`\\b(?:${CUE})\\s+(?:that\\s+)?$`, 'i');

/**
 * The subject of the last cue before a quote. "The senator said he rarely asks surrogates …, “…”": when that subject
 * opens the complement of an earlier cue, the words are reported by the earlier cue's subject.
 */
function localSubject(before: string, offset: number): Mention | null {
  let found: Mention | null = null;
  for (let end = before.length, depth = 0; depth < 3; depth++) {
    const local = before.slice(0, end).match(LOCAL_CUE);
    if (!local) break;
    const at = local.indices![1]![0];
    const mention = readMention(local[1], offset + at);
    if (!mention || !(mention.kind === 'pronoun' || mention.kind === 'name' || mention.kind === 'organization')) break;
    found = mention;
    if (!ENDS_IN_CUE.test(before.slice(0, at))) break;
    end = at;
  }
  return found;
}

const RELATIVE_CUE = new RegExp(`^(.*[^,\\s])(?:,\\s*|\\s+)(who|which)\\s+(?:(?!(?:he|she|they|we|it|i)\\s)[\\p{Ll}’']+\\s+){0,4}?(?:${CUE})\\b[^"“”.!?,]{0,120}$`, 'du');

/**
 * "Beck, who has in the past described Trump as “…”": the relative pronoun is the source mention; it stands for the
 * noun phrase before it. Null when that phrase is no plausible source.
 */
function relativeSubject(before: string, offset: number): Mention | null {
  const m = before.match(RELATIVE_CUE);
  if (!m) return null;
  const lastPart = m[1].split(/,\s*/).pop()!;
  const partStart = offset + m[1].length - lastPart.length;
  // "from Mike Lee, who declared": the antecedent may be a preposition's object; its name is the final capitalised run.
  const run = lastPart.match(/(?:\p{Lu}[\p{L}'’.\u2024-]*\s+){0,3}\p{Lu}[\p{L}'’-]*$/u);
  const antecedent = readMention(lastPart, partStart) ?? (run ? readMention(run[0], partStart + run.index!) : null);
  if (!antecedent || !(antecedent.kind === 'name' || antecedent.kind === 'organization' || antecedent.kind === 'group' || isSpeakerLike(antecedent))) return null;
  const [start, end] = m.indices![2]!;
  return { ...antecedent, start: offset + start, end: offset + end };
}

/** Mention in the text before a quote (same sentence); `before` ends at the opening mark and starts at `offset`. */
export function mentionBefore(before: string, offset: number): Mention | null {
  const dateline = before.match(DATELINE);
  if (dateline) return mentionBefore(before.slice(dateline[0].length), offset + dateline[0].length);
  const trimmed = before.replace(/[\s:,—–-]+$/, '');
  const according = trimmed.match(ACCORDING_TO);
  if (according) return parsePhrase(according[1], offset + according.index! + according[0].length - according[1].length);
  // "According to his physician, Trump had “excellent” results": the opening source covers the whole sentence.
  const opening = trimmed.match(ACCORDING_OPENING);
  if (opening) {
    const mention = parsePhrase(opening[1], offset + opening.indices![1]![0]);
    if (mention) return mention;
  }
  // "Gerald F. Seib, The Wall Street Journal: “…”": a roundup's name and affiliation before a colon.
  const signed = before.match(SIGNED_COLON);
  if (signed) {
    const mention = parsePhrase(signed[1], offset);
    if (mention?.kind === 'name') return mention;
  }
  // "Said Comey, “…”": the cue opens the sentence.
  const saidX = trimmed.match(/^\W{0,3}(?:Said|Says|Added|Asked|Wrote|Writes|Adds)\s+([^,.;:!?"“”]{2,80})$/);
  if (saidX) {
    const mention = parsePhrase(saidX[1], offset + trimmed.indexOf(saidX[1]));
    if (mention) return mention;
  }
  const colon = before.match(NAME_COLON);
  if (colon) return readMention(colon[1], offset + colon.index! + colon[0].indexOf(colon[1]));
  // The second piece of an interrupted quote: “Yes,” said Anna Berg, “we will.”
  const interrupted = trimmed.match(INTERRUPTED);
  if (interrupted) return parsePhrase(interrupted[2], offset + interrupted.index! + interrupted[0].length - interrupted[2].length);
  // "After Brown criticized Bill Clinton, Hillary shot back, “…”": the clause right before the comma introduces it.
  const comma = /,\s*$/.test(before) ? trimmed.match(SUBJECT_VERB_END) : null;
  if (comma) {
    const mention = readMention(comma[1], offset + comma.indices![1]![0]);
    if (mention && (mention.kind === 'pronoun' || mention.kind === 'name')) return mention;
  }
  // "The complaint, which was filed in Washington, alleged that …": a relative clause set off by commas is blanked
  // (same length, same offsets) so the rules below see "The complaint … alleged".
  const plain = trimmed.replace(/,\s+(?:who|which)\s[^,"“”]{1,150},(?=\s)/g, (m) => ' '.repeat(m.length));
  // "He then adopted a fake accent and joked, “…”", "he began by saying, “…”": the verb shares the sentence's subject.
  if (/,\s*$/.test(before) && /\b(?:and|by|then)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|ing|s)$/u.test(trimmed)) {
    const subject = clauseSubject(trimmed, offset);
    if (subject) return subject;
  }
  const local = relativeSubject(trimmed, offset) ?? localSubject(plain, offset);
  if (local) return local;
  // "In August, several groups granted him an extension, saying his “…”": a participle takes the sentence's subject.
  const participle = trimmed.match(PARTICIPLE_CUE);
  if (participle) {
    const subject = clauseSubject(trimmed.slice(0, participle.index), offset, (m) => isSpeakerLike(m) || m.kind === 'group');
    if (subject) return subject;
  }
  const relative = trimmed.match(RELATIVE);
  if (relative && new RegExp(CUE, 'i').test(relative[0])) {
    return readMention(relative[1], offset + relative.index! + relative[0].indexOf(relative[1]));
  }
  const cue = plain.match(BEFORE_CUE);
  if (cue) {
    // "I laughed and said": the subject is before the first verb of the pair.
    const phrase = cue[1].replace(/\s+\p{Ll}+(?:ed|s)\s+and$/u, '');
    const phraseStart = offset + cue.index! + cue[0].indexOf(phrase);
    if (/\b(?:who|which)\s*$/i.test(phrase)) return null;
    // "The Florida senator sought to calm his supporters, and took a heckler in stride, saying …": a participle's
    // subject is the sentence's.
    if (/ing$/i.test(cue[2])) {
      // With a speech cue, a group may be the subject too ("several environmental groups …, saying …").
      const subject = clauseSubject(trimmed, offset, (m) => isSpeakerLike(m) || m.kind === 'group');
      if (subject) return subject;
    }
    // "Boudreau gave his players a pep talk Tuesday, telling them …": the subject opens the clause.
    if (/ing$/i.test(cue[2]) || phrase.split(/\s+/).length > 6) {
      const subject = phrase.match(/^(?:(?:[\p{Lu}][\p{L}'’\u2024-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*|he|she|they)(?=[\s,])/iu);
      if (subject && /^[\p{Lu}]|^(?:he|she|they)$/u.test(subject[0])) {
        const mention = readMention(subject[0], phraseStart);
        if (mention && (mention.kind === 'name' || mention.kind === 'pronoun')) return mention;
      }
    }
    return parsePhrase(phrase, phraseStart);
  }
  return null;
}

const NOT_A_VERB = /^(?:and|or|of|in|on|at|for|to|with|from|by|as|than|who|which|that|whose|nor|but)$/;
// The words before the first verb; readMention then decides whether they name a source.
const START_SUBJECT = new RegExp(`^([^,.;:!?"“”]{1,80}?)(?:,\\s[^,"“”]{2,100},)?\\s+(?:(?:\\p{Ll}+ly|then|also|later|again|just|still|now|once|even|never|first|soon)\\s+)?(${VERB}|is|are|was|were|has|have|had)\\b`, 'u');
const OPENER = /^(?:(?:But|And|So|Then|Yet|Still|Now|Later|Instead|Meanwhile|However|Also),?\s+)?/;
const INTRO = /^[^,"“”]{2,100},\s+/;
// "When Wallace died in 1998, President Clinton released …", "Speaking to MSNBC, Bush …": a subordinate clause is no subject.
const SUBORDINATE = /^(?:when|while|after|before|as|if|since|until|because|although|though|once|in|on|at|during|with|for|from|by|following|despite|amid|asked|like|unlike|\p{L}+ing)\b/iu;

/**
 * The subject of a sentence ("Cruz called them on it:", "In July, Gingrich dismissed …"): a name, pronoun, organisation
 * or role noun followed by a verb, after an optional dateline, conjunction and up to three introductory phrases.
 */
export function clauseSubject(sentence: string, offset: number, accept: (m: Mention) => boolean = isSpeakerLike): Mention | null {
  let at = sentence.match(DATELINE)?.[0].length ?? 0;
  at += sentence.slice(at).match(OPENER)![0].length;
  for (let intros = 0; intros <= 3; intros++) {
    const rest = sentence.slice(at);
    const m = intros === 0 && SUBORDINATE.test(rest) ? null : rest.match(START_SUBJECT);
    if (m && !NOT_A_VERB.test(m[2])) {
      const mention = readMention(m[1], offset + at);
      if (mention && accept(mention)) return mention;
    }
    const intro = rest.match(INTRO);
    if (!intro) break;
    at += intro[0].length;
  }
  return null;
}

// Nouns for people by their ending, and -ent/-ant words that are people (not "incident", "restaurant").
const PERSON_NOUN = /(?:man|woman|person|er|or|ist|ian|(?:resid|stud|ag|correspond|particip|assist|consult|defend|claim|applic|immigr|serv|dissid|oppon|propon|cli|par|pati|advoc)(?:ent|ant))$/;

/** A subject that can speak: a name, pronoun or organisation, or a role noun for a person ("the senator", "the spokesman"). */
export function isSpeakerLike(mention: Mention): boolean {
  const head = mention.head ?? '';
  const personHead = TITLE_WORDS.has(head) || PERSON_HEADS.has(head);
  // "A friend referred to him as …": an unnamed person is a source when the noun names a person ("A banner" is none).
  if (mention.kind === 'anonymous') return personHead;
  if (mention.kind === 'role') return personHead || PERSON_NOUN.test(head);
  return mention.kind === 'name' || mention.kind === 'pronoun' || mention.kind === 'organization';
}

const SUBJECT_VERB_COLON = new RegExp(`(?:^|[\\s,(])(${SUBJECT})\\s+(?:\\p{Ll}+ly\\s+)?(?:${VERB}|\\p{Ll}{2,}ing)\\s*:\\s*$`, 'u');

/**
 * Who a sentence ending in a colon introduces: the subject right before the colon ("… and then Wallnau continues:"),
 * a name alone after a dash ("Pollsters agree - Carl Bialik:"), the subject of the last clause ("…— Cruz called them
 * on it:") or of the whole sentence ("She then addressed the supporters again:").
 */
export function colonSpeaker(before: string, offset: number): Mention | null {
  const direct = subjectBeforeColon(before, offset);
  if (direct) return direct;
  // "Rep. Trey Gowdy (R-S.C.):", "Former secretary of state Hillary Rodham Clinton:": the whole line names the speaker.
  const body = before.replace(/[\s:—–]+$/, '').replace(/\s*\([^()]{1,20}\)$/, '');
  const whole = readMention(body, offset);
  const plainLine = !/[,;—–]|\s-\s/.test(body) && body.split(/\s+/).length <= 7;
  if (plainLine && whole?.kind === 'name' && whole.start === offset && whole.end === offset + body.length) return whole;
  const cut = Math.max(body.lastIndexOf(' - '), body.lastIndexOf('—'), body.lastIndexOf('–'), body.lastIndexOf(';'), body.lastIndexOf(', '));
  if (cut > 0) {
    const from = cut + body.slice(cut).match(/^[\s,;—–-]*/)![0].length;
    const clause = body.slice(from);
    const alone = readMention(clause, offset + from);
    if (alone?.kind === 'name' && alone.start === offset + from && alone.end === offset + body.length) return alone;
    const subject = clauseSubject(clause, offset + from);
    if (subject) return subject;
  }
  return clauseSubject(before, offset);
}

/** "… and then Wallnau continues:", "with Trump reportedly yelling:": the subject and verb right before a colon. */
export function subjectBeforeColon(before: string, offset: number): Mention | null {
  const m = before.slice(-160).match(SUBJECT_VERB_COLON);
  if (!m) return null;
  const from = offset + Math.max(0, before.length - 160) + m.index! + m[0].indexOf(m[1]);
  const mention = readMention(m[1], from);
  return mention && isSpeakerLike(mention) ? mention : null;
}

/** The subject that opens the sentence around a partial quote ("Trump called it “…”"), if it is a name or pronoun. */
export function sentenceSubject(sentence: string, offset: number): Mention | null {
  const subject = sentence.match(/^(?:(?:[\p{Lu}][\p{L}'’\u2024-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*|He|She|They)(?=[\s,])/u);
  if (!subject || !new RegExp(`\\b${CUE}\\b`, 'i').test(sentence)) return null;
  const mention = readMention(subject[0], offset);
  return mention && (mention.kind === 'name' || mention.kind === 'pronoun' || mention.kind === 'organization') ? mention : null;
}
