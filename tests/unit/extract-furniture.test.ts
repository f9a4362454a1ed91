// Furniture inside Readability's article: found by class/role hints, link density and wording, size-capped.
import { describe, expect, it } from 'vitest';
import { dropFurniture, furnitureIn } from '../../lib/article/boilerplate';
import { dropFurnitureLines, dropRepeats, isFurnitureLine } from '../../lib/article/furniture-lines';
import { repairedBlocks } from '../../lib/article/extract';
import { elementToBlocks } from '../../lib/article/to-text';
import { parseDocument } from '../../scripts/node/dom';

const sentence = (n: number) =>
  `The council voted on the new budget for the harbour district after a long debate number ${n}.`;
const story = (paragraphs: number) => Array.from({ length: paragraphs }, (_, i) => `<p>${sentence(i)}</p>`).join('');
const root = (html: string) =>
  parseDocument(`<html><body><div id="root">${html}</div></body></html>`).getElementById('root')!;

describe('furnitureIn / dropFurniture', () => {
  it('drops a newsletter box, a share bar and a related-links list with its title, keeps the story', () => {
    const el = root(`${story(12)}
      <div class="article-body__tablet-newsletter"><h2>Breaking News Emails</h2><p>Get alerts. SUBSCRIBE</p></div>
      <div class="social-share-bar"><span>Share</span></div>
      <p>More Great Stories</p>
      <ul><li><a href="/a">One other story here</a></li><li><a href="/b">And another one</a></li></ul>`);
    dropFurniture(el);
    const text = el.textContent ?? '';
    expect(text).toContain(sentence(0));
    expect(text).toContain(sentence(11));
    for (const gone of ['Breaking News Emails', 'SUBSCRIBE', 'Share', 'More Great Stories', 'One other story']) {
      expect(text).not.toContain(gone);
    }
  });

  it('keeps a list of plain items, inline links in sentences, and a "no-related" state flag', () => {
    const el = root(`${story(8)}<ul><li>First point of the plan</li><li>Second point of the plan</li></ul>
      <p>Officials in <a class="meta-loc" href="/s">Sudan</a> agreed.</p>
      <div class="no-related"><p>${sentence(99)}</p></div>`);
    expect(furnitureIn(el).elements).toEqual([]);
  });

  it('a byline line goes; a sentence in a byline box (a bio naming the outlet) stays', () => {
    const el = root(`<div class="byline">By Jane Roe - 11/18/19 11:04 PM EST</div>${story(10)}
      <div class="expanded-byline">Jane Roe is the Asia editor for the paper, based in Hong Kong.</div>`);
    dropFurniture(el);
    expect(el.textContent).not.toContain('11:04 PM');
    expect(el.textContent).toContain('Jane Roe is the Asia editor');
  });

  it('a hinted box that is most of the article is not furniture: it wraps the story', () => {
    const el = root(`<div class="share-wrapper">${story(10)}</div>`);
    expect(furnitureIn(el).elements).toEqual([]);
  });

  it('drops an <article> teaser beside the story, not the story', () => {
    const el = root(`<article>${story(10)}</article><article><h2>Other story</h2><p>A teaser for it.</p></article>`);
    dropFurniture(el);
    expect(el.textContent).toContain(sentence(9));
    expect(el.textContent).not.toContain('Other story');
  });
});

describe('furniture lines', () => {
  it.each([
    'Photo: Meg Kinnard, AP',
    '(Image: GETTY)',
    'Image copyright Getty Images',
    '© Amazon',
    'Credit...Doug Mills',
    'Image 1 of 9',
    'Close',
    'Read more: Tencent profit falls as threat weighs',
    'You may also like...',
  ])('"%s" is furniture anywhere', (line) => {
    expect(isFurnitureLine(line, false)).toBe(true);
  });

  it.each([
    'Published 10:02 AM EST Nov 19, 2019',
    'Nov. 20, 2019 5:52 AM EST',
    '| UPDATED: 10:43, Tue, Nov 19, 2019',
    'Updated on: November 19, 2019 / 10:07 AM / CBS News',
    'Published 1 day ago',
    'April 2014',
  ])('"%s" is a stamp at the head of a story, kept in the middle', (line) => {
    expect(isFurnitureLine(line, true)).toBe(true);
    expect(isFurnitureLine(line, false)).toBe(false);
  });

  it.each([
    'Photographers gathered at the scene before dawn.',
    'More than 200 people were evacuated, officials said.',
    'Updated figures show unemployment fell in every region last year, the ministry said in its report.',
    'Posted by the union to its members overnight.',
    '2019',
  ])('"%s" is story text, even at the head', (line) => {
    expect(isFurnitureLine(line, true)).toBe(false);
  });

  it.each([
    'Copyright © 2019 Press TV. All rights reserved.',
    'Copyright @ 2019 The New Arab.',
    'This document is subject to copyright. Apart from any fair dealing for the purpose of private study, no part may be reproduced without written permission.',
    'Citation: Hibernating crews would need smaller ships (2019, November 18) retrieved 20 November 2019 from https://example.org/news',
  ])('"%s" is a legal notice at the foot, kept inside the story', (line) => {
    expect(isFurnitureLine(line, false, true)).toBe(true);
    expect(isFurnitureLine(line, true, false)).toBe(false);
  });

  it('the foot starts after the story’s last paragraph, however many short lines follow', () => {
    const story = 'The council voted on Tuesday to close the plant by the end of next year, officials said.';
    const foot = ['Copyright © 2019 Press TV. All rights reserved.', 'You may also like', 'Subscribe', 'Loading ...'];
    const kept = dropFurnitureLines([story, story.replace('Tuesday', 'Monday'), ...foot]);
    expect(kept).not.toContain(foot[0]);
    // A closing paragraph of the story that mentions copyright is the story.
    const ruling = 'On Friday the judge ruled that the picture is subject to copyright, the court said.';
    expect(dropFurnitureLines([story, story.replace('Tuesday', 'Monday'), ruling, 'Share', 'Comments'])).toContain(
      ruling,
    );
    // The same notice before a paragraph of the story is the story quoting it.
    const quoted = dropFurnitureLines([story, foot[0], story.replace('Tuesday', 'Friday'), 'a', 'b', 'c', 'd']);
    expect(quoted).toContain(foot[0]);
  });

  it('a date line deep inside the story (a table cell) stays', () => {
    const blocks = ['a', 'b', 'c', 'd', 'e', 'f', 'April 2014', 'g', 'h', 'i', 'j'].map((b) => `${b} text here`);
    blocks[6] = 'April 2014';
    expect(dropFurnitureLines(blocks)).toContain('April 2014');
  });

  it('a long block printed twice keeps its first copy; short repeats (table cells, answers) stay', () => {
    const caption = 'In this Sunday photograph a long row of unsold vehicles sits at a dealership in Colorado.';
    const blocks = [caption, 'Yes.', 'Body text.', caption, 'Yes.'];
    expect(dropRepeats(blocks)).toEqual([caption, 'Yes.', 'Body text.', 'Yes.']);
  });
});

describe('repairedBlocks', () => {
  it('repairs that would remove more than a third of the article are not applied', () => {
    const html =
      `<p>${sentence(1)}</p>` +
      Array.from({ length: 6 }, (_, i) => `<p>Photo: Staff photographer number ${i}, Agency</p>`).join('');
    const el = root(html);
    expect(repairedBlocks(el)).toEqual(elementToBlocks(root(html)));
  });

  it('when refused, boxes already taken out come back where they were, adjacent ones in order', () => {
    const html =
      `<p>${sentence(1)}</p><div class="share-bar">Share this</div><div class="newsletter">Sign up</div>` +
      `<p>${sentence(2)}</p>` +
      Array.from({ length: 8 }, (_, i) => `<p>Photo: Staff photographer number ${i}, Agency</p>`).join('');
    const el = root(html);
    const blocks = repairedBlocks(el);
    expect(blocks).toEqual(elementToBlocks(root(html)));
    expect(blocks.slice(0, 4)).toEqual([sentence(1), 'Share this', 'Sign up', sentence(2)]);
  });

  it('applies them when they are a small part of the article', () => {
    const el = root(`${story(10)}<p>Photo: Staff photographer, Agency</p>`);
    expect(repairedBlocks(el)).toEqual(Array.from({ length: 10 }, (_, i) => sentence(i)));
  });
});
