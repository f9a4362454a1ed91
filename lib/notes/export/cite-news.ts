// Wikipedia's {{cite news}} template, with the pinned words in quote= (how editors cite a news quote).
import type { Note } from '../model';
import { citationFacts, isoDate } from './bibliographic';

/** A pipe or double brace inside a value would end the parameter or the template: write them as entities. */
const wiki = (s: string) => s.replace(/\{\{/g, '&#123;&#123;').replace(/\}\}/g, '&#125;&#125;').replace(/\|/g, '{{!}}');

export function noteToCiteNews(note: Note): string {
  const facts = citationFacts(note);
  const params: [string, string][] = [];
  facts.authors.forEach((a, i) => {
    const n = i + 1;
    if (a.literal) params.push([`author${n}`, a.literal]);
    else params.push([`last${n}`, a.family!], [`first${n}`, a.given!]);
  });
  params.push(['title', facts.title]);
  if (facts.outlet) params.push(['work', facts.outlet]);
  if (facts.published) params.push(['date', isoDate(facts.published)]);
  params.push(['url', facts.url], ['access-date', isoDate(facts.accessed)], ['quote', note.quote]);
  return `{{cite news ${params.map(([k, v]) => `|${k}=${k === 'url' ? v : wiki(v)}`).join(' ')}}}`;
}
