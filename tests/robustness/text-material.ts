// Newsy building blocks for generated pages: names, places, quotes and attributions, so the engines get work to do.
import type { Rng } from './prng';

const FIRST = ['Amina', 'John', 'Olga', 'Kassym-Jomart', 'María', 'Li', 'Søren', 'Nguyễn', 'Zoë', "O'Brien"];
const LAST = ['Tokayev', 'Smith', 'Petrova', 'García', 'Wei', 'Kierkegaard', 'Văn An', 'Ben-David', 'Al-Sayed'];
const ROLES = ['President', 'spokeswoman', 'Interior Minister', 'the mayor', 'a police officer', 'Senator'];
// prettier-ignore
const PLACES = ['Almaty', 'Paris', 'Kyiv', 'São Paulo', 'New York', 'Washington', 'Gaza', 'Lagos', 'Tokyo', 'Georgia'];
const VERBS = ['said', 'told reporters', 'added', 'according to', 'insisted', 'wrote', 'claimed'];
const WORDS = 'the government protest police city officials week report crisis vote minister prices fuel army'.split(
  ' ',
);

export function personName(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

export function placeName(rng: Rng): string {
  return rng.pick(PLACES);
}

export function words(rng: Rng, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(rng.pick(WORDS));
  return out.join(' ');
}

export function sentence(rng: Rng): string {
  const body = words(rng, rng.int(6, 18));
  return `${body[0].toUpperCase()}${body.slice(1)} in ${placeName(rng)}.`;
}

/** A paragraph with a quote and its attribution, in one of a few common shapes. */
export function quoteParagraph(rng: Rng): string {
  const quote = `${words(rng, rng.int(4, 20))}`;
  const who = personName(rng);
  switch (rng.int(0, 3)) {
    case 0:
      return `“${quote},” ${who}, ${rng.pick(ROLES)}, ${rng.pick(VERBS)} in ${placeName(rng)}.`;
    case 1:
      return `${who} ${rng.pick(VERBS)}: "${quote}."`;
    case 2:
      return `« ${quote} », a déclaré ${who} à ${placeName(rng)}.`;
    default:
      return `${sentence(rng)} “${quote}”, ${rng.pick(ROLES)} ${who} said. ${sentence(rng)}`;
  }
}

/** `count` article paragraphs, about half with quotes, as <p> elements. */
export function articleParagraphs(rng: Rng, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const text = rng.chance(0.5) ? quoteParagraph(rng) : `${sentence(rng)} ${sentence(rng)} ${sentence(rng)}`;
    out.push(`<p>${escapeText(text)}</p>`);
  }
  return out.join('\n');
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
