import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '../types';
import {
  EMPTY_NOTES,
  buildNotesIndex,
  createSerialWriter,
  encodeFragmentTerm,
  groupNotes,
  migrateV1ToV2,
  noteCitation,
  noteFromQuote,
  notesToCsv,
  notesToJson,
  notesToMarkdown,
  notesToMarkdownFiles,
  parseNotesImport,
  parseTags,
  quoteKey,
  applyOperation,
  textDirective,
  NOTES_SCHEMA_VERSION,
  type Note,
  type NotesState,
} from './index';

const TEXT =
  'NUR-SULTAN (Sputnik) - The president arrived, his spokesman said.\n\n' +
  '"We confirm that the president has arrived in Almaty," Berik Uali said.\n\n' +
  'Relatives said "we confirm that" twice. Critics said "we confirm that" too.';

function quoteOf(text: string, from = 0): Quote {
  const start = TEXT.indexOf(text, from);
  return {
    text,
    start,
    end: start + text.length,
    paragraph: 1,
    partial: false,
    multiParagraph: false,
    speaker: 'Berik Uali',
    speakerType: 'person',
    speakerRole: 'spokesman',
    speakerMention: null,
  };
}

const analysis = {
  article: {
    title: 'President arrives: "a test" - Spokesman',
    byline: null,
    siteName: 'Example News',
    publishedTime: '2022-01-12T16:50:00+05:00',
    lang: 'en',
    dir: null,
    url: 'https://news.example/a?utm_source=x#top',
    excerpt: null,
    text: TEXT,
    paragraphs: [],
    wordCount: 40,
    readingMinutes: 1,
  },
  quotes: [],
  speakers: [],
  reported: [],
  places: [],
  entities: [],
} satisfies Analysis;

const pinned = (text: string, id: string, at = '2026-11-25T08:00:00Z', from = 0) =>
  noteFromQuote(analysis, quoteOf(text, from), new Date(at), id);

describe('note model', () => {
  it('keys a quote by normalised article URL and normalised text', () => {
    expect(quoteKey('https://news.example/a?utm_source=x#top', { text: '“We  confirm”' })).toBe(
      quoteKey('https://news.example/a', { text: '"we confirm"' }),
    );
    expect(quoteKey('https://news.example/a', { text: 'one' })).not.toBe(
      quoteKey('https://news.example/b', { text: 'one' }),
    );
  });

  it('records the quote, speaker, article and a selector that finds it again', () => {
    const note = pinned('We confirm that the president has arrived in Almaty,', 'n1');
    expect(note.selector.exact).toBe('We confirm that the president has arrived in Almaty,');
    expect(TEXT.slice(note.selector.offset - note.selector.prefix.length, note.selector.offset)).toBe(
      note.selector.prefix,
    );
    expect(note.article).toEqual({
      title: analysis.article.title,
      outlet: 'Example News',
      url: analysis.article.url,
      publishedTime: '2022-01-12T16:50:00+05:00',
      byline: null,
    });
    expect(note.link.startsWith('https://news.example/a?utm_source=x#:~:text=')).toBe(true);
  });

  it('parses tags as users type them', () => {
    expect(parseTags(' Kazakhstan, unrest  #Protest,unrest ')).toEqual(['kazakhstan', 'unrest', 'protest']);
  });
});

describe('text fragments', () => {
  it('encodes dashes, commas and ampersands in terms', () => {
    expect(encodeFragmentTerm('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
  });
  it('uses the exact text alone when it is unique', () => {
    const q = quoteOf('We confirm that the president has arrived in Almaty,');
    expect(textDirective(TEXT, q.start, q.end)).toBe(
      `text=${encodeFragmentTerm('We confirm that the president has arrived in Almaty,')}`,
    );
  });
  it('adds prefix and suffix context when the text occurs more than once', () => {
    const second = TEXT.indexOf('we confirm that', TEXT.indexOf('we confirm that') + 1);
    expect(textDirective(TEXT, second, second + 'we confirm that'.length)).toBe(
      'text=Critics%20said%20%22-,we%20confirm%20that,-%22%20too.',
    );
  });
  it('uses textStart,textEnd for long or multi-paragraph quotes', () => {
    expect(textDirective(TEXT, 0, TEXT.length)).toBe(
      'text=NUR%2DSULTAN%20(Sputnik)%20%2D%20The,%22we%20confirm%20that%22%20too.',
    );
  });
});

describe('operations and the serial writer', () => {
  it("the reader's own speaker: set with a name (which marks the given one wrong), cleared by an empty name or un-marking", () => {
    const note = pinned('We confirm that the president has arrived in Almaty,', 'n1');
    let state = applyOperation(EMPTY_NOTES, { op: 'pin', note });
    state = applyOperation(state, { op: 'update', id: 'n1', speakerFix: '  Berik   Uali ' });
    expect(state.notes[0]).toMatchObject({ speakerFix: 'Berik Uali', speakerDisputed: true, speaker: note.speaker });
    expect(notesToMarkdown(state.notes, new Date('2026-12-01T00:00:00Z'))).toContain(
      '**Berik Uali** *(speaker corrected by the reader',
    );
    expect(notesToCsv(state.notes).split('\r\n')[1].endsWith(',Berik Uali')).toBe(true);
    const back = parseNotesImport(
      JSON.stringify({ format: 'news-lens-notes', version: NOTES_SCHEMA_VERSION, notes: state.notes }),
    );
    expect(back.ok && back.notes[0].speakerFix).toBe('Berik Uali');
    expect(applyOperation(state, { op: 'update', id: 'n1', speakerFix: ' ' }).notes[0].speakerFix).toBeUndefined();
    const unmarked = applyOperation(state, { op: 'update', id: 'n1', speakerDisputed: false }).notes[0];
    expect([unmarked.speakerFix, unmarked.speakerDisputed]).toEqual([undefined, false]);
  });

  it('pin is idempotent per quote key; unpin, update, delete and restore work', () => {
    const note = pinned('We confirm that the president has arrived in Almaty,', 'n1');
    let state = applyOperation(EMPTY_NOTES, { op: 'pin', note });
    expect(applyOperation(state, { op: 'pin', note: { ...note, id: 'n2' } }).notes).toHaveLength(1);
    state = applyOperation(state, { op: 'update', id: 'n1', comment: 'check', tags: ['kz'] });
    expect(state.notes[0]).toMatchObject({ comment: 'check', tags: ['kz'] });
    const deleted = applyOperation(state, { op: 'delete', id: 'n1' });
    expect(deleted.notes).toHaveLength(0);
    expect(applyOperation(deleted, { op: 'restore', note: state.notes[0] }).notes[0].comment).toBe('check');
    expect(applyOperation(state, { op: 'unpin', key: note.key }).notes).toHaveLength(0);
  });

  it('marks notes whose quote the page no longer contains as changed, never drops them', () => {
    const a = pinned('We confirm that the president has arrived in Almaty,', 'n1');
    const state = applyOperation(EMPTY_NOTES, { op: 'pin', note: a });
    const checked = applyOperation(state, {
      op: 'check',
      articleUrl: a.article.url,
      foundKeys: [],
      checkedKeys: [a.key],
    });
    expect(checked.notes).toHaveLength(1);
    expect(checked.notes[0].status).toBe('changed');
  });

  it('200 concurrent pins from 4 writers sharing one queue all land', async () => {
    let stored: NotesState = EMPTY_NOTES;
    const storage = {
      // Storage is asynchronous: reads and writes yield, which is where a read-modify-write race would lose pins.
      read: async () => (await new Promise((r) => setTimeout(r, Math.random() * 2)), structuredClone(stored)),
      write: async (s: NotesState) => void (await new Promise((r) => setTimeout(r, Math.random() * 2)), (stored = s)),
    };
    const write = createSerialWriter(storage);
    const tabs = [0, 1, 2, 3].map((tab) =>
      Array.from({ length: 50 }, (_, i) => {
        const note = pinned('We confirm that the president has arrived in Almaty,', `t${tab}-${i}`);
        return write({ op: 'pin', note: { ...note, key: `${note.key}-${tab}-${i}` } });
      }),
    );
    await Promise.all(tabs.flat());
    expect(stored.notes).toHaveLength(200);
    expect(new Set(stored.notes.map((n) => n.id)).size).toBe(200);
  });
});

describe('search and grouping', () => {
  const notes: Note[] = [
    {
      ...pinned('We confirm that the president has arrived in Almaty,', 'n1', '2026-11-25T08:00:00Z'),
      comment: 'arrival confirmed',
      tags: ['kazakhstan'],
    },
    { ...pinned('we confirm that', 'n2', '2026-11-25T09:00:00Z'), speaker: 'Relatives', key: 'k2' },
  ];
  it('finds notes by quote words, comment, speaker and title prefix', () => {
    const index = buildNotesIndex(notes);
    expect(index.search('almaty').map((n) => n.id)).toEqual(['n1']);
    expect(index.search('arrival').map((n) => n.id)).toEqual(['n1']);
    expect(index.search('relat').map((n) => n.id)).toEqual(['n2']);
    expect(index.search('spokesm').length).toBe(2);
    expect(index.search('zzzz')).toEqual([]);
  });
  it('groups by speaker and tag', () => {
    expect(groupNotes(notes, 'speaker').map((g) => g.label)).toEqual(['Berik Uali', 'Relatives']);
    expect(groupNotes(notes, 'tag').map((g) => g.label)).toEqual(['Untagged', '#kazakhstan']);
    expect(groupNotes(notes, 'article')).toHaveLength(1);
  });
});

describe('exports', () => {
  const hostile: Note = {
    ...pinned('We confirm that the president has arrived in Almaty,', 'n1'),
    comment: '=HYPERLINK("http://evil.example","click")',
    speaker: '@Berik "Uali"',
    tags: ['kz', 'unrest'],
  };
  it('CSV is RFC 4180 and defuses formula cells', () => {
    const csv = notesToCsv([hostile]);
    const [header, line] = csv.split('\r\n');
    expect(header).toBe(
      'quote,speaker,role,article,outlet,url,published,pinned,comment,tags,link,status,reader_speaker',
    );
    expect(line).toContain(`"'@Berik ""Uali"""`);
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('Markdown has YAML front matter with quoted strings and a link back to the sentence', () => {
    const [file] = notesToMarkdownFiles([hostile]);
    expect(file.name).toBe('President-arrives-a-test-Spokesman.md');
    expect(
      file.content.startsWith(
        '---\ntitle: "President arrives: \\"a test\\" - Spokesman"\nsource: "https://news.example/a?utm_source=x#top"\n',
      ),
    ).toBe(true);
    // The comma that joined the quote to "Berik Uali said" is not shown; the link keeps the page's exact words.
    expect(file.content).toContain('> We confirm that the president has arrived in Almaty\n');
    expect(file.content).toContain(`[link to the sentence](<${hostile.link}>)`);
    expect(file.content).toContain('#kz #unrest');
    expect(notesToMarkdown([hostile], new Date('2026-11-25T10:00:00Z'))).toContain('## President arrives');
  });
  it('a citation names speaker, role, outlet, title, date and link', () => {
    expect(noteCitation(hostile)).toBe(
      `“We confirm that the president has arrived in Almaty” — @Berik "Uali", spokesman. Example News, “President arrives: "a test" - Spokesman”, 2022-01-12. ${hostile.link}`,
    );
  });
  it('JSON round-trips through import; re-importing creates no duplicates', () => {
    const json = notesToJson([hostile], new Date('2026-11-25T10:00:00Z'));
    const parsed = parseNotesImport(json);
    expect(parsed).toEqual({ ok: true, notes: [hostile] });
    let state = applyOperation(EMPTY_NOTES, { op: 'import', notes: parsed.ok ? parsed.notes : [] });
    state = applyOperation(state, { op: 'import', notes: parsed.ok ? parsed.notes : [] });
    expect(state.notes).toHaveLength(1);
  });
});

describe('import validation', () => {
  const valid = JSON.parse(
    notesToJson([pinned('We confirm that the president has arrived in Almaty,', 'n1')], new Date(0)),
  );
  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['foreign JSON', JSON.stringify({ hello: 1 }), /not a News Lens notes export/],
    ['newer version', JSON.stringify({ ...valid, version: 99 }), /newer version/],
    ['no notes list', JSON.stringify({ ...valid, notes: 'x' }), /no list of notes/],
    [
      'a note without quote',
      JSON.stringify({ ...valid, notes: [{ ...valid.notes[0], quote: 7 }] }),
      /Note 1 has no text field "quote"/,
    ],
    ['bad tags', JSON.stringify({ ...valid, notes: [{ ...valid.notes[0], tags: [1] }] }), /invalid tags/],
    ['bad date', JSON.stringify({ ...valid, notes: [{ ...valid.notes[0], pinnedAt: 'yesterday' }] }), /invalid date/],
  ])('refuses %s with a clear message', (_name, raw, message) => {
    const result = parseNotesImport(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('migration', () => {
  it('turns a v1 notebook into the current schema', () => {
    const v1 = {
      quotes: [
        {
          id: 'old1',
          text: 'We will restore order',
          speaker: 'Tokayev',
          url: 'https://news.example/a',
          title: 'T',
          site: 'S',
          date: null,
          savedAt: Date.UTC(2022, 0, 12),
          note: 'first',
        },
      ],
    };
    const state = migrateV1ToV2(v1, (url, text) => quoteKey(url, { text }));
    expect(state.version).toBe(2);
    expect(state.notes[0]).toMatchObject({
      id: 'old1',
      quote: 'We will restore order',
      comment: 'first',
      pinnedAt: '2022-01-12T00:00:00.000Z',
      status: 'ok',
      tags: [],
    });
    expect(state.notes[0].key).toBe(quoteKey('https://news.example/a', { text: 'We will restore order' }));
  });
});
