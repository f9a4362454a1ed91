import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { congress, newspapers } from './kb-sources';

const LEGISLATORS = `- id:
    bioguide: X000001
    wikipedia: Jane Roe (politician)
    wikidata: Q1
  name:
    first: Jane
    last: Roe
    official_full: Jane Q. Roe
    nickname: Janie
  terms:
  - type: rep
    start: '2001-01-03'
    state: OH
    party: Republican
  - type: sen
    start: '2019-01-03'
    state: OH
    party: Democrat
- id:
    bioguide: X000002
  name:
    first: No
    last: Article
`;

const PAPERS = `WP-title\tstate\tpageid\tpath\tqid
The Oregon Clarion\tOregon\t1\t/wiki/The_Oregon_Clarion\tQ1
The Record (Ohio)\tOhio\t2\t/wiki/The_Record_(Ohio)\tQ2
Daily Ledger\tOhio\t3\t/wiki/Daily_Ledger\tQ3
Daily Ledger\tIowa\t4\t/wiki/Daily_Ledger_(Iowa)\tQ4
Unlisted Gazette\tIowa\t\t\t
Harbor Light\tMaine\t5\t/wiki/Harbor_Light\tQ5
Harbor Light\tNew Hampshire\t5\t/wiki/Harbor_Light\tQ5
Valley Courier (Alamosa)\tColorado\t6\t/wiki/Valley_Courier_(Alamosa)\tQ6
Campus Voice (newspaper)\tOhio\t7\t/wiki/Campus_Voice_(newspaper)\tQ7
City Paper (Pittsfield)\tMaine\t8\t/wiki/City_Paper_(Pittsfield)\tQ8
`;

function sources(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sources-'));
  mkdirSync(join(dir, 'us-congress-legislators'));
  mkdirSync(join(dir, 'us-newspapers-wiki-media-cred'));
  writeFileSync(join(dir, 'us-congress-legislators', 'legislators-current.yaml'), LEGISLATORS);
  writeFileSync(join(dir, 'us-newspapers-wiki-media-cred', 'wikipedia-us-newspapers.tsv'), PAPERS);
  return dir;
}

describe('entity sources', () => {
  it('reads legislators with their current seat and name forms, skipping those without an article', () => {
    const [roe, ...rest] = congress(sources());
    expect(rest).toEqual([]);
    expect(roe.entry).toEqual({
      title: 'Jane_Roe_(politician)',
      type: 'person',
      name: 'Jane Roe',
      description: 'U.S. senator from Ohio (Democrat)',
    });
    expect(roe.names).toEqual(expect.arrayContaining(['Jane Q. Roe', 'Jane Roe', 'Janie Roe']));
  });

  it('keeps newspapers with an article and a name of their own', () => {
    const papers = newspapers(sources(), (w) => w === 'record');
    // A paper listed under two states is still one paper; a place in the title's qualifier means namesakes exist.
    expect(papers.map((p) => p.entry.title)).toEqual([
      'The_Oregon_Clarion',
      'Harbor_Light',
      'Campus_Voice_(newspaper)',
    ]);
    expect(papers[0].names).toEqual(['The Oregon Clarion', 'Oregon Clarion']);
    expect(papers[0].entry.description).toBe('Newspaper in Oregon');
    // The first row of a paper listed twice gives its state.
    expect(papers[1].entry.description).toBe('Newspaper in Maine');
  });

  it('gives nothing when the sources are absent', () => {
    expect(congress('/nonexistent')).toEqual([]);
    expect(newspapers('/nonexistent', () => false)).toEqual([]);
  });
});
