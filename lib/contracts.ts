// Shapes that cross the browser boundary, declared once here so that every side imports them from lib/:
// what the injected page scripts hand back (entrypoints/extract, entrypoints/highlight), and data that services/
// load for the panel. services/ and lib/ import nothing from entrypoints/ or components/ (eslint.config.js).
import type { FeatureCollection, Geometry } from 'geojson';
import type { PassageTarget } from './article/page-text';
import type { Article } from './types';

/** What /extract.js returns from the page (scripting.executeScript's result). */
export interface ExtractResult {
  article: Article | null;
  /** The page's MIME type: tells "PDF viewer" apart from "no article". */
  contentType: string;
  words: number;
}

/** What /highlight.js installs in the extension's isolated world of the page, for later executeScript calls. */
export interface PageHighlighter {
  mark(targets: PassageTarget[]): number;
  /** The page's passage closest to one it no longer has word for word, or null. */
  nearest(target: PassageTarget): PassageTarget | null;
  clear(): void;
}

/** The country outlines the Places map draws (loaded lazily from the extension's data folder). */
export type MapOutline = FeatureCollection<Geometry>;
