// Names whose words are also other words: a title word as a surname ("Steve King", "Amy Pope"), a month, an
// auxiliary or a building word inside a name the names table reads as a person's ("Theresa May", "Will Doyle",
// "Kathleen Hall Jamieson"), and a surname written with either apostrophe ("O’Neill", "O'Neill").
import { describe, expect, it } from 'vitest';
import { indexPeople } from './people';
import { speakersNamed } from './test-helpers';

describe('a title word after a given name', () => {
  it('names the person again when written alone', () => {
    const story = ['Rep. Steve King spoke on Monday.', '“We will build it, and soon,” King said.'];
    expect(speakersNamed(story)).toEqual(['Steve King']);
  });

  it('names the person again for a clergy title that is also a surname', () => {
    const story = [
      'Spanish lawmaker Ana Pastor opened the session.',
      '“We must work together,” Pastor said.',
      'The actor Adel Imam spoke at the festival.',
      '“Cinema is my life,” Imam said.',
    ];
    expect(speakersNamed(story)).toEqual(['Ana Pastor', 'Adel Imam']);
  });

  it('is left open when two people the article named bear it', () => {
    const story = [
      'Rep. Steve King spoke on Monday. Later, Martin Luther King III joined the march. “This is about justice,” King said.',
    ];
    expect(speakersNamed(story)).toEqual(['King']);
  });

  it('stays a title before a name: no mention of the person', () => {
    const people = indexPeople('Amy Pope spoke on Monday. Pope Francis spoke next. Then Pope spoke again.');
    expect(people.byName('Pope')?.mentions).toHaveLength(2);
  });
});

describe('initials and initialisms before a name', () => {
  it('joined initials are part of the name', () => {
    const story = ['Author J.K. Rowling spoke on Monday.', '“Books saved my life,” Rowling said.'];
    expect(speakersNamed(story)).toEqual(['J.K. Rowling']);
  });

  it('a trade before joined initials is the role; a particle or a suffix after them keeps them', () => {
    const story = [
      'Quarterback J.J. McCarthy threw for 300 yards.',
      '“The line was great,” McCarthy said.',
      'The columnist E.J. Dionne Jr. spoke first.',
      '“This is a turning point,” Dionne said.',
      '“The problem of the color line is everywhere,” W.E.B. Du Bois wrote.',
    ];
    expect(speakersNamed(story)).toEqual(['J.J. McCarthy', 'E.J. Dionne Jr.', 'W.E.B. Du Bois']);
  });

  it('a country’s initialism ending a sentence is no part of the next name', () => {
    const story = [
      'Production moved to the U.S. Tom Baker, who worked on the line for years, was not told.',
      '“Nobody told us a thing,” Baker said.',
    ];
    expect(speakersNamed(story)).toEqual(['Tom Baker']);
  });
});

describe('a word that is a name too, in a name read as a person', () => {
  it('an auxiliary as a given name', () => {
    const story = [
      'Professor Will Doyle studies debates.',
      '“It was a draw, and a dull one,” Doyle said.',
      '“Nobody won anything at all,” he added.',
    ];
    expect(speakersNamed(story)).toEqual(['Will Doyle', 'Will Doyle']);
  });

  it('a building word inside the name', () => {
    const story = [
      'Kathleen Hall Jamieson, a professor, studies debates. Her colleague John Smith disagrees with her.',
      '“Nobody won anything at all,” she said.',
    ];
    expect(speakersNamed(story)).toEqual(['Kathleen Hall Jamieson']);
  });
});

describe('a surname written with either apostrophe', () => {
  it('is one person', () => {
    const story = [
      'Police Commissioner James O’Neill spoke on Monday.',
      "“We will find them all, every one,” O'Neill said.",
    ];
    expect(speakersNamed(story)).toEqual(['James O’Neill']);
  });
});

describe('a titled name of five words or more opening the sentence', () => {
  it('is read whole as the subject of a verb joined to the cue', () => {
    const story = [
      'Mexican President Anna Maria Nieto compared the ideas with those of dictators, and urged people not to “choose the road toward isolation.”',
    ];
    expect(speakersNamed(story)).toEqual(['Anna Maria Nieto']);
  });
});
