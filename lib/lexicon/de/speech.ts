// German speech words: stems of speech verbs and the markers that introduce or follow a quotation.

/** Stems of speech verbs and quotation markers ("sagte", "erklärte", "so", "laut", "hieß es", "mit den Worten"). */
// Used by: quotes/not-quotes (GERMAN_SPEECH): „…“ next to one is a quotation, not a name or title. Matched as the
// start of a word, so one stem covers its forms ("sag" → "sagte", "sagten").
// prettier-ignore
export const SPEECH_STEMS = [
  // Markers of a source
  'so', 'laut',
  // Saying, explaining, stating
  'sag', 'erklär', 'mein', 'beton', 'äußer', 'schrieb', 'schreib', 'teilt', 'bericht', 'behaupt', 'verkünd',
  'spricht', 'sprach', 'hieß', 'heißt', 'ergänzt', 'bekräftig',
  // Asking and answering
  'fragt', 'antwort', 'entgegnet', 'erwidert',
  // Judging, demanding, warning
  'kritisier', 'forder', 'warn', 'bezeichn', 'nannt', 'nenn', 'kommentier', 'lobt', 'versprach', 'versprich',
  'beschwör',
  // Calling and chanting
  'rief', 'ruft', 'skandier', 'zitier',
  // Nouns of quotation
  'wörtlich', 'Worten', 'Parole', 'Motto',
];

/** Pronouns and possessives that open a sentence of speech, never a title („Ich …“, „Wir …“). */
// Used by: quotes/not-quotes (isGermanTitle).
export const SPEECH_OPENINGS = ['Ich', 'Wir', 'Du', 'Ihr', 'Mein', 'Unser', 'Es'];
