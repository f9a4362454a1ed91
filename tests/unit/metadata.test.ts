// Page metadata from <meta> tags: read in one pass, with the order of precedence the fields promise.
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../lib/article/metadata';
import { parseDocument } from '../../scripts/node/dom';

const head = (metas: string) => parseDocument(`<html><head>${metas}</head><body><p>x</p></body></html>`);

describe('readPageMetadata from <meta> tags', () => {
  it('takes the first tag carrying a key, whether as property, name or itemprop', () => {
    const doc = head('<meta itemprop="og:title" content=" First "><meta property="og:title" content="Second"><meta name="author" content="A. Writer">');
    expect(readPageMetadata(doc)).toMatchObject({ title: 'First', byline: 'A. Writer' });
  });

  it('falls through to the next key when the first key is empty or missing', () => {
    const doc = head('<meta property="og:title" content="  "><meta name="twitter:title" content="Tweet title"><meta name="byl" content="By Someone"><meta property="og:site_name">');
    expect(readPageMetadata(doc)).toMatchObject({ title: 'Tweet title', byline: 'By Someone', siteName: null });
  });

  it('reads dates, types and locale, and a page without <meta> gives nulls', () => {
    const doc = head('<meta property="og:type" content="article"><meta name="pubdate" content="2024-05-01"><meta property="og:locale" content="en_GB">');
    expect(readPageMetadata(doc)).toMatchObject({ publishedTime: '2024-05-01', isArticleType: true, lang: 'en_GB' });
    expect(readPageMetadata(head(''))).toMatchObject({ title: null, byline: null, siteName: null, publishedTime: null, isArticleType: false });
  });
});
