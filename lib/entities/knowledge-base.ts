// The offline knowledge base: surface names → English Wikipedia titles. Built by
// scripts/data/build-knowledge-base.ts; this module owns the file format and the lookups.
import type { EntityType } from '../types';

export const KB_FORMAT = 'news-lens-knowledge-base';
export const KB_VERSION = 1;

export interface KbEntry {
  title: string;
  type: EntityType;
  name: string;
}

/** The JSON file as shipped. Compact rows keep it small. */
export interface KnowledgeBaseFile {
  format: typeof KB_FORMAT;
  version: number;
  /** Date the curated rows (heads of state …) were last checked. */
  checked: string;
  entries: [title: string, type: EntityType, name: string][];
  /** Lower-case name → index into entries. */
  names: Record<string, number>;
  /** Case-sensitive acronym → index into entries. */
  acronyms: Record<string, number>;
  /** Lower-case country adjectives ("kazakh"): weaker evidence than the country's name. */
  demonyms: string[];
  /** Lower-case titles of popular articles whose type is not known. */
  titles: string[];
}

export interface KnowledgeBase {
  checked: string;
  entries: KbEntry[];
  names: Map<string, KbEntry>;
  acronyms: Map<string, KbEntry>;
  titles: Set<string>;
  demonyms: Set<string>;
}

export function parseKnowledgeBase(raw: string): KnowledgeBase {
  const file = JSON.parse(raw) as KnowledgeBaseFile;
  if (file.format !== KB_FORMAT || file.version !== KB_VERSION) {
    throw new Error(`knowledge base: expected ${KB_FORMAT} v${KB_VERSION}, got ${file.format} v${file.version}`);
  }
  const entries = file.entries.map(([title, type, name]) => ({ title, type, name }));
  const pick = (table: Record<string, number>) => new Map(Object.entries(table).map(([k, i]) => [k, entries[i]]));
  return { checked: file.checked, entries, names: pick(file.names), acronyms: pick(file.acronyms), titles: new Set(file.titles), demonyms: new Set(file.demonyms) };
}

export type KbHit = KbEntry & { source: 'known' | 'title'; demonym?: boolean };

/** Looks a surface name up: curated/countries/cities first, then the bare title list. */
export function lookupName(kb: KnowledgeBase, surface: string): KbHit | null {
  const key = surface.toLowerCase().replace(/’/g, "'");
  const known = kb.names.get(key);
  if (known) return { ...known, source: 'known', demonym: kb.demonyms.has(key) };
  if (kb.titles.has(key)) return { title: titleCase(surface), type: 'organization', name: surface, source: 'title' };
  return null;
}

export function lookupAcronym(kb: KnowledgeBase, token: string): KbEntry | null {
  return kb.acronyms.get(token) ?? null;
}

/** The title list is lower case; the article's own capitalisation restores it ("Adam Neumann"). */
function titleCase(surface: string): string {
  const spaced = surface.replace(/’/g, "'").replace(/\s+/g, '_');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
