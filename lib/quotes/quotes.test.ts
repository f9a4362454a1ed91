import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/node/dom';
import { extractArticle } from '../article/extract';
import { analyzeQuotes } from './index';
import { makeArticle as articleFrom } from '../../tests/factories';

const articleOf = (...paragraphs: string[]) => articleFrom(paragraphs);

const run = (...paragraphs: string[]) => {
  const article = articleOf(...paragraphs);
  const result = analyzeQuotes(article);
  for (const q of result.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
  return { ...result, article };
};

describe('quote detection', () => {
  it.each([
    ['curly marks', 'He said: “We will restore order soon.”', 'We will restore order soon.'],
    ['straight marks', 'He said: "We will restore order soon."', 'We will restore order soon.'],
    [
      'German marks',
      'Er sagte: „Wir werden die Ordnung bald wiederherstellen.“',
      'Wir werden die Ordnung bald wiederherstellen.',
    ],
    ['guillemets', 'Il a dit : « Nous rétablirons l’ordre bientôt. »', 'Nous rétablirons l’ordre bientôt.'],
    ['reversed guillemets', 'Er sagte: »Wir kommen morgen wieder zurück.«', 'Wir kommen morgen wieder zurück.'],
    [
      'British single marks',
      'The minister said: ‘We won’t let the students’ protest stop us.’',
      'We won’t let the students’ protest stop us.',
    ],
  ])('%s', (_name, paragraph, expected) => {
    expect(run(paragraph).quotes.map((q) => q.text)).toEqual([expected]);
  });

  it('keeps nested quotes inside the outer quote', () => {
    expect(run('“He told me ‘we are done here’ and left the room,” she said.').quotes.map((q) => q.text)).toEqual([
      'He told me ‘we are done here’ and left the room,',
    ]);
  });

  it('pairs mixed curly and straight marks the way the writer meant them', () => {
    const { quotes, article } = run(
      'Anna Berg spoke.',
      '“We are going to build a wall," she said. "It is not even a difficult thing to do.”',
    );
    expect(
      quotes.map((q) => [
        q.text,
        q.speaker,
        q.speakerMention && article.text.slice(q.speakerMention.start, q.speakerMention.end),
      ]),
    ).toEqual([
      ['We are going to build a wall,', 'Anna Berg', 'she'],
      ['It is not even a difficult thing to do.', 'Anna Berg', 'she'],
    ]);
  });

  it('keeps a straight-quoted phrase nested in curly marks inside the outer quote', () => {
    expect(run('“He told me "we are done here" and left the room,” she said.').quotes.map((q) => q.text)).toEqual([
      'He told me "we are done here" and left the room,',
    ]);
  });

  it('joins a quote that runs over paragraphs into one quote', () => {
    const { quotes } = run(
      '“We will rebuild every school in the region.',
      '“And we will do it this year,” the mayor said.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0].multiParagraph).toBe(true);
    expect(quotes[0].text).toContain('region.\n\n“And we will do it this year,');
  });

  it('splits an interrupted quote into its pieces, both attributed and not partial', () => {
    const { quotes } = run('“Yes,” said Anna Berg, “we will sign the agreement tomorrow.”');
    expect(quotes.map((q) => [q.text, q.speaker, q.partial])).toEqual([
      ['we will sign the agreement tomorrow.', 'Anna Berg', false],
    ]);
  });

  it('flags partial quotes embedded in the reporter’s sentence', () => {
    const { quotes } = run(
      'Relatives expressed the hope that “tragic events like this will never be repeated” in the country.',
    );
    expect(quotes[0].partial).toBe(true);
  });

  it('a quote after "that" is partial whatever its first letter: the clause before it speaks', () => {
    const { quotes } = run(
      'Tom Baker spoke on Monday. But even as Tom Baker claimed that “General Reyes got in trouble for far less,” one of the lawyers for Ann Reyes said the cases differed.',
    );
    expect(quotes.map((q) => [q.partial, q.speaker])).toEqual([[true, 'Tom Baker']]);
  });

  it('a list of quoted fragments after a comma-closed one is partial, and goes on in its subject’s voice', () => {
    const { quotes } = run(
      'Anna Berg ran the company then. Flying home one night, she told her brother the move would be “too costly,” “a real gamble” and “a mistake we would regret for years.”',
    );
    expect(quotes.map((q) => [q.text, q.partial, q.speaker])).toEqual([
      ['a real gamble', true, 'Anna Berg'],
      ['a mistake we would regret for years.', true, 'Anna Berg'],
    ]);
  });

  it('a paragraph that is only a quote does not speak for a sentence before that holds words in marks', () => {
    // The judge's words in marks; the apology that follows is the defendant's, not hers.
    const { quotes } = run(
      'Tom Ward, 34, was sentenced to six years on Monday for the robbery of a pharmacy.',
      'Judge Ann Cole called his conduct “cruel” and “reckless” before she read the sentence.',
      '“I am sorry for what I did to those people.”',
    );
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('ignores titles, names, scare quotes and unbalanced marks', () => {
    const { quotes } = run(
      'She starred in “The Grand Budapest Hotel” and the so-called “peace plan for everyone” was dropped.',
      'Officials called it “fake” and the word “reform” again.',
      '“This mark never closes and must not swallow the text.',
      'The next paragraph is plain and long enough to be read as text by the detector.',
    );
    expect(quotes).toEqual([]);
  });
});

describe('speaker attribution', () => {
  it.each([
    ['X said after', ['“We will restore order,” Berik Uali said.'], 'Berik Uali', 'person'],
    ['said X after', ['“We will restore order,” said Berik Uali, the spokesman.'], 'Berik Uali', 'person'],
    ['X said: before', ['Berik Uali said on Wednesday: “We will restore order.”'], 'Berik Uali', 'person'],
    ['according to', ['According to Berik Uali, “the order will be restored by Friday.”'], 'Berik Uali', 'person'],
    ['told', ['“We will restore order,” Uali told Kazakh news website Tengrinews.'], 'Uali', 'person'],
    ['cited as saying', ['“We will restore order,” the ministry was cited as saying.'], 'the ministry', 'organization'],
    [
      'organisation',
      ['“We will restore order,” the country’s presidency said in a statement.'],
      'the country’s presidency',
      'organization',
    ],
    [
      'group',
      ['Relatives of the officers said they hoped “this will never happen again.”'],
      'Relatives of the officers',
      'group',
    ],
    ['signature', ['“I cannot believe what I saw last night.” ― Pamela Padilla'], 'Pamela Padilla', 'person'],
    [
      'a place name in -ing before a body and a role',
      ['“The process favors the candidates who turn up,” Wyoming GOP chairman Matt Micheli said.'],
      'Matt Micheli',
      'person',
    ],
  ])('%s', (_name, paragraphs, speaker, type) => {
    const { quotes } = run(...paragraphs);
    expect(quotes[0].speaker).toBe(speaker);
    expect(quotes[0].speakerType).toBe(type);
  });

  it('resolves a surname, a pronoun and a role noun to the full name, with the mention span', () => {
    const { quotes, article } = run(
      'Kazakh President Kassym-Jomart Tokayev arrived in Almaty, his spokesman Berik Uali said.',
      '“The president met the task force,” the spokesman said.',
      '“We will help every family,” Tokayev said.',
      '“They are real heroes,” he added.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Berik Uali', 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev']);
    expect(quotes.map((q) => article.text.slice(q.speakerMention!.start, q.speakerMention!.end))).toEqual([
      'the spokesman',
      'Tokayev',
      'he',
    ]);
    expect(quotes[1].speakerRole).toBe('Kazakh President');
  });

  it('a quote paragraph with no attribution continues the previous speaker; none at all stays unknown', () => {
    const continued = run(
      '“We confirm the president has arrived,” Berik Uali said.',
      '“He met the families of the victims today.”',
    );
    expect(continued.quotes[1].speaker).toBe('Berik Uali');
    const unknown = run(
      'The streets were quiet on Monday morning in the city centre.',
      'A banner read “we will not forget you, ever”.',
    );
    expect(unknown.quotes[0].speaker).toBeNull();
  });

  it('lists reported speech separately, with its speaker', () => {
    const { reported } = run(
      'Tokayev also visited hospitals to meet with people injured during the unrest, the spokesman was cited as saying.',
    );
    expect(reported).toHaveLength(1);
    expect(reported[0].cue).toBe('was cited as saying');
  });
});

describe('the reference article', () => {
  it('gives exactly its three gold quotes with their speakers', () => {
    const dir = resolve(__dirname, '../../tests/fixtures/pages/seed-kazakhstan');
    const article = extractArticle(
      parseDocument(readFileSync(resolve(dir, 'source.html'), 'utf8')),
      'https://x.test/',
    )!;
    const gold = JSON.parse(readFileSync(resolve(dir, 'gold.json'), 'utf8')) as {
      quotes: { text: string; speaker: string; partial: boolean }[];
    };
    const { quotes } = analyzeQuotes(article);
    expect(quotes.map((q) => q.text.replace(/\s+/g, ' '))).toEqual(gold.quotes.map((q) => q.text));
    expect(quotes.map((q) => q.partial)).toEqual(gold.quotes.map((q) => q.partial));
    expect(quotes.map((q) => q.speaker)).toEqual(['Berik Uali', 'Kassym-Jomart Tokayev', 'their relatives']);
    expect(quotes.map((q) => q.speakerType)).toEqual(['person', 'person', 'group']);
  });
});
