// The notebook's smaller rules, one named case each (issue 18: mutants that notes.test.ts let survive): grouping
// order and labels, search fields, text-fragment edges, the serial writer's writes, migration defaults and the
// operations' no-change answers.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_NOTES,
  applyOperation,
  buildNotesIndex,
  createSerialWriter,
  groupNotes,
  migrateV1ToV2,
  textDirective,
  textFragmentUrl,
  type Note,
  type NoteOperation,
  type NotesState,
} from './index';

function note(id: string, fields: Partial<Note> = {}): Note {
  return {
    id,
    key: `key-${id}`,
    quote: `Quote ${id}`,
    partial: false,
    speaker: 'Ana Silva',
    speakerRole: null,
    article: { title: 'Port reopens', outlet: 'Harbour Times', url: 'https://news.example/port', publishedTime: null },
    pinnedAt: '2026-01-01T10:00:00Z',
    comment: '',
    tags: [],
    link: 'https://news.example/port',
    selector: { exact: `Quote ${id}`, prefix: '', suffix: '', offset: 0 },
    status: 'ok',
    ...fields,
  };
}

describe('groupNotes', () => {
  const notes = [
    note('old', { pinnedAt: '2026-01-01T10:00:00Z', speaker: 'zoe Park', tags: ['port', 'strike'] }),
    note('new', { pinnedAt: '2026-01-03T10:00:00Z', speaker: 'Zoe Park', tags: ['port'] }),
    note('mid', {
      pinnedAt: '2026-01-02T10:00:00Z',
      speaker: null,
      article: { ...note('x').article, title: '', url: 'https://b.example/x' },
    }),
  ];

  it('puts the newest note first inside a group, and orders article and tag groups by their newest note', () => {
    const byArticle = groupNotes(notes, 'article');
    expect(byArticle.map((g) => [g.key, g.label])).toEqual([
      ['https://news.example/port', 'Port reopens'],
      ['https://b.example/x', 'https://b.example/x'], // no title: the URL is the label
    ]);
    expect(byArticle[0].notes.map((n) => n.id)).toEqual(['new', 'old']);
    expect(groupNotes(notes, 'tag').map((g) => [g.key, g.label, g.notes.map((n) => n.id)])).toEqual([
      ['port', '#port', ['new', 'old']],
      ['', 'Untagged', ['mid']],
      ['strike', '#strike', ['old']],
    ]);
  });

  it('groups speakers case-insensitively under the newest spelling, sorted by name, unknown speakers together', () => {
    const bySpeaker = groupNotes(notes, 'speaker');
    expect(bySpeaker.map((g) => [g.key, g.label, g.notes.length])).toEqual([
      ['unknown speaker', 'Unknown speaker', 1],
      ['zoe park', 'Zoe Park', 2],
    ]);
  });
});

describe('buildNotesIndex', () => {
  const notes = [
    note('a', { comment: 'ask the mayor', tags: ['harbour'] }),
    note('b', { speaker: 'Rui Costa', article: { ...note('x').article, outlet: 'Gazette', title: 'Strike ends' } }),
  ];

  it('an empty or blank query returns every note; outlet and tags are searched too', () => {
    const index = buildNotesIndex(notes);
    expect(index.search('   ')).toEqual(notes);
    expect(index.search('gazette').map((n) => n.id)).toEqual(['b']);
    expect(index.search('harbour').map((n) => n.id)).toEqual(['a']); // a's tag and outlet; b's outlet is Gazette
    expect(index.search('mayor').map((n) => n.id)).toEqual(['a']);
  });

  it('each tag is searchable on its own, and a note without outlet or speaker matches neither', () => {
    const index = buildNotesIndex([
      note('t', { tags: ['quay', 'dockers'], speaker: null, article: { ...note('x').article, outlet: null } }),
      ...notes,
    ]);
    expect(index.search('dockers').map((n) => n.id)).toEqual(['t']);
    expect(index.search('quay').map((n) => n.id)).toEqual(['t']);
    expect(index.search('null').map((n) => n.id)).toEqual([]);
  });

  it('every word must match (AND), and a quote or speaker match ranks above a comment match', () => {
    const index = buildNotesIndex([note('c', { comment: 'Rui Costa said so' }), ...notes]);
    expect(index.search('rui strike').map((n) => n.id)).toEqual(['b']);
    expect(index.search('rui').map((n) => n.id)).toEqual(['b', 'c']);
  });

  it('the quote and the speaker weigh double: a long speaker name still ranks above a one-word comment', () => {
    const index = buildNotesIndex([
      note('short', { comment: 'Okafor' }),
      note('long', { speaker: 'Chief Inspector Adaeze Okafor' }),
    ]);
    expect(index.search('okafor').map((n) => n.id)).toEqual(['long', 'short']);
  });
});

describe('text fragments at their edges', () => {
  it('a quote of exactly 120 characters is linked whole; one more uses the first and last four words', () => {
    const exact = `${'word '.repeat(23)}ends.`; // 23 × 5 + 5 = 120 characters
    expect(exact).toHaveLength(120);
    const text = `Intro. ${exact} Outro.`;
    const start = text.indexOf(exact);
    expect(textDirective(text, start, start + exact.length)).toBe(`text=${encodeURIComponent(exact)}`);
    const longer = `${exact}!`;
    const text2 = `Intro. ${longer} Outro.`;
    const s2 = text2.indexOf(longer);
    expect(textDirective(text2, s2, s2 + longer.length)).toBe(
      'text=word%20word%20word%20word,word%20word%20word%20ends.!',
    );
  });

  it('context for a repeated quote stops at the paragraph edge and takes at most three words a side', () => {
    const text = 'One two three four five said yes.\n\nThen yes again here now and later.';
    const second = text.lastIndexOf('yes');
    expect(textDirective(text, second, second + 3)).toBe('text=Then-,yes,-again%20here%20now');
    const first = text.indexOf('yes');
    expect(textDirective(text, first, first + 3)).toBe('text=four%20five%20said-,yes,-.');
  });

  it('runs of whitespace inside the quote count as one space, for the length limit and the uniqueness test', () => {
    const text = 'He said: we stay  here\nfor now. Later: we stay here for now.';
    const start = text.indexOf('we stay  here');
    const end = text.indexOf('now.') + 4;
    // Collapsed, the quote occurs twice, so it takes context.
    expect(textDirective(text, start, end)).toBe(
      'text=He%20said%3A-,we%20stay%20here%20for%20now.,-Later%3A%20we%20stay',
    );
  });

  it('a repeated quote at the very start or end of the text takes context on one side only', () => {
    const text = 'yes and yes';
    expect(textDirective(text, 0, 3)).toBe('text=yes,-and%20yes');
    expect(textDirective(text, 8, 11)).toBe('text=yes%20and-,yes');
  });

  it('the link replaces an existing fragment of the article URL', () => {
    expect(textFragmentUrl('https://news.example/a#top', 'Only once here.', 5, 9)).toBe(
      'https://news.example/a#:~:text=once',
    );
  });
});

describe('createSerialWriter', () => {
  it('writes only when the operation changed the notebook, and a failed write does not stop the next', async () => {
    let stored: NotesState = EMPTY_NOTES;
    const writes: number[] = [];
    let fail = true;
    const write = createSerialWriter({
      read: async () => stored,
      write: async (state) => {
        if (fail) {
          fail = false;
          throw new Error('disk full');
        }
        writes.push(state.notes.length);
        stored = state;
      },
    });
    await expect(write({ op: 'pin', note: note('a') })).rejects.toThrow('disk full');
    expect(await write({ op: 'pin', note: note('a') })).toMatchObject({ notes: [{ id: 'a' }] });
    await write({ op: 'pin', note: note('a') }); // already pinned: nothing to write
    expect(writes).toEqual([1]);
    await write({ op: 'unpin', key: 'key-a' });
    expect(writes).toEqual([1, 0]);
  });

  it('operations that arrive during a write are applied in order and written together', async () => {
    let stored: NotesState = EMPTY_NOTES;
    const writes: number[] = [];
    const write = createSerialWriter({
      read: async () => stored,
      write: async (state) => {
        await new Promise((r) => setTimeout(r, 5));
        writes.push(state.notes.length);
        stored = state;
      },
    });
    const pins = Array.from({ length: 50 }, (_, i) => write({ op: 'pin', note: note(`n${i}`) }));
    const unpin = write({ op: 'unpin', key: 'key-n0' });
    const counts = (await Promise.all(pins)).map((s) => s.notes.length);
    // Each caller gets the notebook as its own operation left it, in the order they were sent.
    expect(counts).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect((await unpin).notes).toHaveLength(49);
    expect(stored.notes).toHaveLength(49);
    expect(writes).toEqual([1, 49]);
  });

  it('when a batch cannot be written, only the operation that cannot be written fails, with its own error', async () => {
    let stored: NotesState = EMPTY_NOTES;
    const write = createSerialWriter({
      read: async () => stored,
      write: async (state) => {
        await new Promise((r) => setTimeout(r, 5));
        if (state.notes.some((n) => n.id === 'huge')) throw new Error('quota exceeded');
        stored = state;
      },
    });
    const first = write({ op: 'pin', note: note('a') });
    // Queued while 'a' is being written, so these three form one batch.
    const huge = write({ op: 'pin', note: note('huge') });
    const broken = write({
      get op(): 'pin' {
        throw new Error('malformed operation');
      },
    } as NoteOperation);
    const after = write({ op: 'pin', note: note('b') });
    await first;
    await expect(huge).rejects.toThrow('quota exceeded');
    await expect(broken).rejects.toThrow('malformed operation');
    expect((await after).notes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(stored.notes.map((n) => n.id)).toEqual(['a', 'b']);
  });
});

describe('migrateV1ToV2 defaults', () => {
  it('a v1 quote without note or link gets an empty comment, its URL as link, and a selector with no position', () => {
    const state = migrateV1ToV2(
      {
        quotes: [
          {
            id: 'q',
            text: 'We stay',
            speaker: null,
            url: 'https://x.example/a',
            title: 'T',
            site: null,
            date: '2021-05-01',
            savedAt: 0,
          },
        ],
      },
      (url, text) => `${url}|${text}`,
    );
    expect(state.notes[0]).toEqual({
      id: 'q',
      key: 'https://x.example/a|We stay',
      quote: 'We stay',
      partial: false,
      speaker: null,
      speakerRole: null,
      article: { title: 'T', outlet: null, url: 'https://x.example/a', publishedTime: '2021-05-01' },
      pinnedAt: '1970-01-01T00:00:00.000Z',
      comment: '',
      tags: [],
      link: 'https://x.example/a',
      selector: { exact: 'We stay', prefix: '', suffix: '', offset: -1 },
      status: 'ok',
    });
    expect(migrateV1ToV2({} as never, () => '').notes).toEqual([]);
  });
});

describe('applyOperation: what changes and what is left as it was', () => {
  const a = note('a');
  const b = note('b');
  const state: NotesState = { ...EMPTY_NOTES, notes: [a, b] };

  it('update touches only the named note and keeps fields it was not given', () => {
    const next = applyOperation(state, { op: 'update', id: 'b', tags: ['x'] });
    expect(next.notes[0]).toBe(a);
    expect(next.notes[1]).toMatchObject({ comment: '', tags: ['x'] });
    expect(next.notes[1]).not.toHaveProperty('speakerDisputed');
    expect(applyOperation(state, { op: 'update', id: 'b', speakerDisputed: true }).notes[1].speakerDisputed).toBe(true);
  });

  it('unpin and delete remove only the named note', () => {
    expect(applyOperation(state, { op: 'unpin', key: a.key }).notes).toEqual([b]);
    expect(applyOperation(state, { op: 'delete', id: 'b' }).notes).toEqual([a]);
  });

  it("an update without a speaker fix keeps the reader's speaker; a fix is cut at 120 characters", () => {
    const fixed = applyOperation(state, { op: 'update', id: 'a', speakerFix: 'Rui Costa' });
    expect(applyOperation(fixed, { op: 'update', id: 'a', comment: 'seen' }).notes[0]).toMatchObject({
      comment: 'seen',
      speakerFix: 'Rui Costa',
      speakerDisputed: true,
    });
    const long = applyOperation(state, { op: 'update', id: 'a', speakerFix: 'x'.repeat(130) }).notes[0].speakerFix;
    expect(long).toBe('x'.repeat(120));
  });

  it('restore and import skip a note whose id or quote key is already there, and say "no change" by identity', () => {
    expect(applyOperation(state, { op: 'restore', note: { ...a, key: 'other' } })).toBe(state);
    expect(applyOperation(state, { op: 'import', notes: [{ ...b, id: 'other' }] })).toBe(state);
    const c = note('c');
    expect(applyOperation(state, { op: 'import', notes: [a, c] }).notes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
  });

  it('check sets found notes back to ok, leaves unchecked notes alone, and keeps the state when nothing changed', () => {
    const changed: NotesState = { ...state, notes: [{ ...a, status: 'changed' }, b] };
    const next = applyOperation(changed, {
      op: 'check',
      articleUrl: a.article.url,
      foundKeys: [a.key],
      checkedKeys: [a.key],
    });
    expect(next.notes.map((n) => n.status)).toEqual(['ok', 'ok']);
    expect(next.notes[1]).toBe(b);
    expect(
      applyOperation(state, { op: 'check', articleUrl: '', foundKeys: [a.key, b.key], checkedKeys: [a.key, b.key] }),
    ).toBe(state);
    const check = { at: '2026-01-02T00:00:00Z', fate: 'moved' } as unknown as NonNullable<Note['check']>;
    const withCheck = applyOperation(state, {
      op: 'check',
      articleUrl: '',
      foundKeys: [a.key],
      checkedKeys: [a.key],
      checks: { [a.key]: check },
    });
    expect(withCheck.notes[0].check).toBe(check);
    expect(withCheck.notes[1]).not.toHaveProperty('check');
  });
});
