// The compact table format of the curated knowledge-base files: one entity a line,
// "Title|description|name;name;…|ACRONYM;…" (the first name is the display name; acronyms are case-sensitive).
import type { EntityType } from '../../lib/types';

export interface CuratedEntity {
  /** English Wikipedia title with underscores. */
  title: string;
  type: EntityType;
  /** Surface names, first = display name. Matched case-insensitively as whole words. */
  names: string[];
  /** Case-sensitive short forms ("CSTO"); matched only as whole tokens. */
  acronyms?: string[];
  /** One line saying what it is. */
  description?: string;
}

const list = (field: string | undefined) =>
  (field ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

export function rows(type: EntityType, table: string): CuratedEntity[] {
  return table
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const [title, description, names, acronyms] = line.split('|');
      const named = list(names);
      return {
        title,
        type,
        description: description || undefined,
        names: named.length ? named : [title.replace(/_/g, ' ')],
        acronyms: list(acronyms),
      };
    });
}
