// The data that flows page → extract → analyze → panel → notes. Plain, serialisable objects only.

/** Half-open character range [start, end) into `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page gives one. */
  publishedTime: string | null;
  /** Authors one by one, when the page's structured data names them (JSON-LD, citation_author, Dublin Core). */
  authors?: string[];
  /** ISO 8601 of the last update, when the page gives one. */
  modifiedTime?: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** Canonical URL when the page declares one, else the page URL. */
  url: string;
  excerpt: string | null;
  /** Article body as plain text; paragraphs separated by "\n\n". */
  text: string;
  paragraphs: Paragraph[];
  wordCount: number;
  readingMinutes: number;
}

export type SpeakerType = 'person' | 'organization' | 'group' | 'unknown';

export interface Quote {
  /**
   * Words inside the marks, exactly `article.text.slice(start, end)` (for multi-paragraph quotes the slice spans the
   * break).
   */
  text: string;
  start: number;
  end: number;
  /** Index into `article.paragraphs` of the paragraph the quote starts in. */
  paragraph: number;
  partial: boolean;
  multiParagraph: boolean;
  speaker: string | null;
  speakerType: SpeakerType;
  /** Role or title as the article gives it ("Kazakh President", "spokesman"). */
  speakerRole: string | null;
  /** The words the speaker was taken from ("he", "the spokesman", "Uali"). */
  speakerMention: Span | null;
  /** How sure the attribution is, from the rule that produced it; the panel says "probably …" below high. */
  confidence?: Confidence;
  /** Id of the attribution rule that chose the speaker (for the evaluation's per-rule table). */
  rule?: string;
}

/** Shared by quotes and places: high = stated outright, medium = inferred, low = a guess the panel marks as such. */
export type Confidence = 'high' | 'medium' | 'low';

export interface ReportedSpeech {
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerType: SpeakerType;
  speakerMention: Span | null;
  /** The cue word(s): "said", "according to". */
  cue: string;
}

export interface Speaker {
  name: string;
  type: SpeakerType;
  role: string | null;
  aliases: string[];
  /** Indexes into `Analysis.quotes`. */
  quotes: number[];
  /** Indexes into `Analysis.reported`. */
  reported: number[];
}

export type PlaceRole = 'event' | 'dateline' | 'mention';

export interface Place {
  name: string;
  role: PlaceRole;
  lat: number | null;
  lon: number | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** Every mention in the text, including alias forms. */
  mentions: Span[];
  /** What happened there: the first sentence that makes it an event place (or mentions it). */
  sentence: string | null;
  kind?: 'country' | 'region' | 'city' | 'site';
  confidence?: Confidence;
}

/** `work`: a made thing (a product, a film) the knowledge base lists by name. */
export type EntityType = 'person' | 'organization' | 'country' | 'place' | 'event' | 'outlet' | 'work';

export interface Entity {
  name: string;
  type: EntityType;
  /** English Wikipedia title (underscores), or null when not confidently known offline. */
  wikipedia: string | null;
  aliases: string[];
  mentions: Span[];
  /** Higher = more central to the story. */
  salience: number;
  /**
   * One line of background: from the knowledge base, else (for a place) from the gazetteer's facts, else the role
   * or apposition the article gives.
   */
  description?: string | null;
  /** Where `description` came from. */
  descriptionSource?: 'knowledge-base' | 'gazetteer' | 'article' | 'wikipedia';
}

export interface Analysis {
  article: Article;
  quotes: Quote[];
  speakers: Speaker[];
  reported: ReportedSpeech[];
  places: Place[];
  entities: Entity[];
  /** Milliseconds per stage, for the benchmark. */
  timings?: Record<string, number>;
}
