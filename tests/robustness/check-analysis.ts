// Invariants any Analysis must keep, whatever the page: spans inside the text, indexes valid, serialisable.
import type { Analysis, Span } from '../../lib/types';

function spanProblem(label: string, span: Span | null | undefined, length: number): string | null {
  if (!span) return null;
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    return `${label}: span [${start}, ${end}) outside text of length ${length}`;
  }
  return null;
}

/** Returns what is wrong with `analysis` (empty when it is sound). */
export function checkAnalysis(analysis: Analysis): string[] {
  const { article } = analysis;
  const length = article.text.length;
  const problems: (string | null)[] = [];
  if (typeof article.title !== 'string') problems.push('article.title is not a string');
  article.paragraphs.forEach((p, i) => problems.push(spanProblem(`paragraph ${i}`, p, length)));
  analysis.quotes.forEach((q, i) => {
    problems.push(
      spanProblem(`quote ${i}`, q, length),
      spanProblem(`quote ${i} speakerMention`, q.speakerMention, length),
    );
    if (q.text !== article.text.slice(q.start, q.end)) problems.push(`quote ${i}: text differs from its slice`);
    if (!(q.paragraph >= 0 && q.paragraph < article.paragraphs.length))
      problems.push(`quote ${i}: bad paragraph ${q.paragraph}`);
  });
  analysis.reported.forEach((r, i) => problems.push(spanProblem(`reported ${i}`, r, length)));
  analysis.speakers.forEach((s, i) => {
    if (s.quotes.some((q) => !(q >= 0 && q < analysis.quotes.length))) problems.push(`speaker ${i}: bad quote index`);
    if (s.reported.some((r) => !(r >= 0 && r < analysis.reported.length)))
      problems.push(`speaker ${i}: bad reported index`);
  });
  analysis.places.forEach((p, i) =>
    p.mentions.forEach((m, j) => problems.push(spanProblem(`place ${i} mention ${j}`, m, length))),
  );
  analysis.entities.forEach((e, i) =>
    e.mentions.forEach((m, j) => problems.push(spanProblem(`entity ${i} mention ${j}`, m, length))),
  );
  try {
    structuredClone(analysis);
  } catch (error) {
    problems.push(`not structured-cloneable: ${(error as Error).message}`);
  }
  return problems.filter((p): p is string => p !== null);
}
