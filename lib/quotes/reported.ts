// Reported speech: paraphrase attributed to a source without quotation marks ("X said that …",
// "…, the spokesman was cited as saying", "According to X, …"). Listed apart from direct quotes.
import type { Article, ReportedSpeech } from '../types';
import type { PeopleIndex } from './people';
import { resolveMention } from './resolve';
import { parsePhrase } from './windows';

const SAY = '(?:said|says|told\\s+[^,.]{1,40}?|announced|reported|added|stated|claimed|noted|warned|argued|insisted|explained|acknowledged|admitted|confirmed|believes|thinks|was\\s+cited\\s+as\\s+saying|was\\s+quoted\\s+as\\s+saying)';
const CONTENT_FIRST = new RegExp(`^(.{20,}?),\\s+((?:[^,.]{1,60}?)(?:,\\s[^,]{1,60},)?)\\s+(?:also\\s+|later\\s+)?(${SAY})(?:\\s+(?:on|in|at)\\s+[^,.]{1,40})?\\.?$`, 'i');
const SOURCE_FIRST = new RegExp(`^((?:[^,.]{1,60}?)(?:,\\s[^,]{1,60},)?)\\s+(?:also\\s+|later\\s+|has\\s+|had\\s+)?(${SAY})(?:\\s+(?:on|in|at)\\s+[^,]{1,30}?)?,?\\s+(?:that\\s+)?(.{20,})$`, 'i');
const ACCORDING = /^According to ([^,]{2,80}),\s+(.{20,})$/;
const MAX_SENTENCE = 600;
const HAS_MARKS = /[“”"„«»]/;

interface Sentence {
  text: string;
  start: number;
}

/** Sentence split by terminal punctuation: linear on any input (ICU's segmenter is very slow on huge paragraphs). */
function sentences(article: Article): Sentence[] {
  return article.paragraphs.flatMap((p) =>
    [...article.text.slice(p.start, p.end).matchAll(/[^.!?]+(?:[.!?]+["”’]?|$)\s*/g)].map((m) => ({ text: m[0].trimEnd(), start: p.start + m.index! })),
  );
}

export function findReportedSpeech(article: Article, people: PeopleIndex): ReportedSpeech[] {
  const reported: ReportedSpeech[] = [];
  for (const sentence of sentences(article)) {
    const s = sentence.text;
    // Very long "sentences" are lists or junk, and the patterns below would backtrack over them.
    if (HAS_MARKS.test(s) || s.length < 30 || s.length > MAX_SENTENCE) continue;
    const body = s.replace(/[.!?]$/, '');
    let m: RegExpMatchArray | null;
    let source: [string, number] | null = null;
    let content: [string, number] | null = null;
    let cue = '';
    if ((m = body.match(ACCORDING))) {
      source = [m[1], 13];
      content = [m[2], m[0].length - m[2].length];
      cue = 'according to';
    } else if ((m = body.match(CONTENT_FIRST))) {
      content = [m[1], 0];
      source = [m[2], m[1].length + m[0].slice(m[1].length).indexOf(m[2])];
      cue = m[3];
    } else if ((m = body.match(SOURCE_FIRST))) {
      source = [m[1], 0];
      content = [m[3], m[0].length - m[3].length];
      cue = m[2];
    }
    if (!source || !content) continue;
    const mention = parsePhrase(source[0], sentence.start + source[1]);
    if (!mention || (mention.kind === 'role' && !mention.head)) continue;
    const attribution = resolveMention(mention, people, []);
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
