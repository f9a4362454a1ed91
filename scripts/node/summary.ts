// Human-readable CLI summary of one analysis.
import type { Analysis } from '../../lib/types';

export function formatSummary(analysis: Analysis): string {
  const { article, quotes, reported, places, entities } = analysis;
  const lines = [
    article.title,
    [article.siteName, article.byline, article.publishedTime, article.lang].filter(Boolean).join(' · '),
    `${article.wordCount} words, ${article.readingMinutes} min read, ${article.paragraphs.length} paragraphs`,
    '',
    `Quotes (${quotes.length}):`,
    ...quotes.map(
      (q) =>
        `  ${q.partial ? '(partial) ' : ''}“${q.text.length > 90 ? q.text.slice(0, 87) + '…' : q.text}” — ${q.speaker ?? 'unknown'}${q.speakerRole ? ` (${q.speakerRole})` : ''} [${q.speakerType}]`,
    ),
    `Reported speech (${reported.length}):`,
    ...reported.map(
      (r) =>
        `  ${attribution(r.speaker ?? 'unknown', r.cue)}: ${r.text.length > 80 ? r.text.slice(0, 77) + '…' : r.text}`,
    ),
    `Places (${places.length}):`,
    ...places.map(
      (p) => `  ${p.name} [${p.role}] ${p.country ?? '??'} ${p.lat?.toFixed(2) ?? '?'},${p.lon?.toFixed(2) ?? '?'}`,
    ),
    `Background (${entities.length}):`,
    ...entities.map((e) => `  ${e.name} [${e.type}] → ${e.wikipedia ?? '(no link)'}`),
  ];
  return lines.join('\n');
}

/** "Berik Uali said", but "according to the study" (a preposition goes before its source). */
function attribution(speaker: string, cue: string): string {
  return /^(?:according to|per|as quoted by)\b/i.test(cue) ? `${cue} ${speaker}` : `${speaker} ${cue}`;
}
