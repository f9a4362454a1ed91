// Reported speech: paraphrase attributed to a source without quotation marks ("X said that …",
// "…, the spokesman was cited as saying", "According to X, …"). Listed apart from direct quotes.
import type { Article, ReportedSpeech } from '../types';
import type { NameTable } from '../names';
import type { PeopleIndex } from './people';
import { resolveMention } from './resolve';
import { parsePhrase } from './mention-finders';
import { sentencesIn, type Sentences } from '../text/sentences';
import { alternation } from '../lexicon/build';
import {
  INVERTED_VERBS,
  PUBLISHING_PARTICIPLES,
  REPORTING_VERBS,
  VERBS_CLAIMING,
  VERBS_WITH_LISTENER,
} from '../lexicon/en/speech';

// A listener may follow "told"; "claimed responsibility" is no speech.
const SAY_FORMS = REPORTING_VERBS.map((v) => {
  if (VERBS_WITH_LISTENER.includes(v)) return `${v}\\s+[^,.]{1,40}?`;
  if (VERBS_CLAIMING.includes(v)) return `${v}(?!\\s+(?:responsibility|credit))`;
  return alternation([v]);
});
const SAY = `(?:${SAY_FORMS.join('|')})`;
const CONTENT_FIRST = new RegExp(
  `^(.{20,}?),\\s+((?:[^,.]{1,60}?)(?:,\\s[^,]{1,60},)?)\\s+(?:also\\s+|later\\s+)?(${SAY})` +
    `(?:\\s+(?:on|in|at)\\s+[^,.]{1,40})?\\.?$`,
  'i',
);
// An introductory phrase or two may come first ("During the rally Monday, the former president said …"); the source
// may carry a party tag in parentheses ("Sen. David Perdue (R-Ga.)") and a long apposition between commas.
const SOURCE_FIRST = new RegExp(
  `^((?:[^,]{1,80},\\s+){0,2}?)((?:[^,.()]|\\([^()]{1,20}\\)){1,80}?(?:,\\s[^,]{1,160},)?)` +
    `\\s+(?:also\\s+|later\\s+|has\\s+|had\\s+|have\\s+|previously\\s+)?(${SAY})` +
    `(?:\\s+(?:on|in|at)\\s+[^,]{1,30}?)?,?\\s+(?:that\\s+)?(.{20,})$`,
  'i',
);
// The source may carry a participle phrase: "According to the study, published in BMJ Case Reports, the man …".
const ACCORDING = new RegExp(
  `^According to ([^,]{2,80})(?:,\\s+(?:${PUBLISHING_PARTICIPLES.join('|')})\\b[^,]{1,100})?,\\s+(.{20,})$`,
);
/** "NUR-SULTAN (Sputnik - 12th January, 2022) - ", "NEW DELHI: ": a dateline before the report is not part of it. */
import { DATELINE_OPENING as DATELINE } from '../text/datelines';
// "Clinton leads by four points, according to the poll." / "The program is flawed, said Mr. Burman.": content, then
// source.
// Tried only on a sentence holding "according": its lazy opening group stops at every character of the rest.
const CONTENT_ACCORDING = /^(.{20,}?),\s+according\s+to\s+([^,]{2,80})$/;
const CONTENT_INVERTED = new RegExp(
  `^(.{20,}?),(?:'')?\\s+(${INVERTED_VERBS.join('|')})\\s+` +
    `((?=\\p{Lu})(?:[^,.()]|\\([^()]{1,20}\\)){2,80}?)(?:,\\s[^,]{1,160})?$`,
  'u',
);
const MAX_SENTENCE = 600;
/**
 * Every pattern above holds "according to" or a reporting verb after a space: a sentence without one is skipped
 * before the patterns (most sentences of a story; each pattern would scan it in full).
 */
const ANY_CUE = new RegExp(`(?:^|\\s)(?:according\\s+to|${alternation([...REPORTING_VERBS, ...INVERTED_VERBS])})`, 'i');
const HAS_MARKS = /[“”"„«»]/;

/** `names`: the article's names, typed (lib/names), so a place or organisation reported as speaking is typed so. */
export function findReportedSpeech(
  article: Article,
  people: PeopleIndex,
  sentences: Sentences,
  names?: NameTable,
): ReportedSpeech[] {
  const reported: ReportedSpeech[] = [];
  for (let sentence of article.paragraphs.flatMap((p) => sentencesIn(sentences, article.text, p))) {
    const s = sentence.text;
    // Very long "sentences" are lists or junk, and the patterns below would backtrack over them.
    if (HAS_MARKS.test(s) || s.length < 30 || s.length > MAX_SENTENCE) continue;
    const dateline = DATELINE.exec(s)?.[0].length ?? 0;
    const body = s.slice(dateline).replace(/[.!?]$/, '');
    if (!ANY_CUE.test(body)) continue;
    sentence = { text: s.slice(dateline), start: sentence.start + dateline };
    let m: RegExpMatchArray | null;
    let source: [string, number] | null = null;
    let content: [string, number] | null = null;
    let cue = '';
    // CONTENT_FIRST and CONTENT_INVERTED need a comma after the content.
    const hasComma = body.includes(',');
    if ((m = body.match(ACCORDING))) {
      source = [m[1], 13];
      content = [m[2], m[0].length - m[2].length];
      cue = 'according to';
    } else if (body.includes('according') && (m = body.match(CONTENT_ACCORDING))) {
      content = [m[1], 0];
      source = [m[2], m[0].length - m[2].length];
      cue = 'according to';
    } else if (hasComma && (m = body.match(CONTENT_FIRST))) {
      content = [m[1], 0];
      source = [m[2], m[1].length + m[0].slice(m[1].length).indexOf(m[2])];
      cue = m[3];
    } else if ((m = body.match(SOURCE_FIRST))) {
      source = [m[2], m[1].length];
      content = [m[4], m[0].length - m[4].length];
      cue = m[3];
    } else if (hasComma && (m = body.match(CONTENT_INVERTED))) {
      content = [m[1].replace(/''$/, ''), 0];
      source = [
        m[3],
        m[1].length + m[0].slice(m[1].length).indexOf(m[3], m[0].slice(m[1].length).indexOf(m[2]) + m[2].length),
      ];
      cue = m[2];
    }
    if (!source || !content) continue;
    // A party tag ("Sen. David Perdue (R-Ga.)") is blanked, same length, so offsets hold.
    const mention = parsePhrase(
      source[0].replace(/\([^()]{1,20}\)/g, (tag) => ' '.repeat(tag.length)),
      sentence.start + source[1],
    );
    if (!mention || (mention.kind === 'role' && !mention.head)) continue;
    const attribution = resolveMention(mention, people, [], undefined, names);
    const start = sentence.start + content[1];
    reported.push({
      text: article.text.slice(start, start + content[0].length),
      start,
      end: start + content[0].length,
      speaker: attribution.speaker,
      speakerType: attribution.speakerType,
      speakerMention: attribution.speakerMention,
      cue: cue.replace(/\s+/g, ' ').toLowerCase(),
    });
  }
  return reported;
}
