// Who a pronoun or role noun refers to: the people index (titled surnames, names outside quote marks) as
// attribution uses it. Each case is written for the kind of text it stands for (PolNeAR train/dev, the dev gold).
import { describe, expect, it } from 'vitest';
import { indexPeople } from './people';
import { makeArticle as articleOf } from '../../tests/factories';
import { speakersAttributed, speakersNamed } from './test-helpers';

const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
  {
    name: 'a compass word opens a region or a people, no person ("Southeast Asian nations" takes no "he")',
    paragraphs: [
      'Adm. Mark Jones leads the fleet in the Pacific.',
      'The admiral does not make much of the fact that he is the first Asian-American to hold the post. That insistence makes the comments galling to him.',
      '“They try to demonize me,” he said.',
      'The sea stretches from the coast of China to the beaches of Southeast Asian nations.',
    ],
    expected: ['Mark Jones'],
  },
  {
    name: '"Mrs. Reyes" and "Mr. Reyes" after a husband and wife are both named: the honorific says which one',
    paragraphs: [
      'Tom Reyes ran the city for a decade. His wife, Ana Reyes, is running for the seat this year.',
      'Mrs. Reyes said the campaign was “about the future, not the past.”',
      '“She will win,” Mr. Reyes said. “I have never seen a better candidate.”',
      'Mrs. Reyes laughed. “He has to say that,” she said.',
    ],
    expected: ['Ana Reyes', 'Tom Reyes', 'Tom Reyes', 'Ana Reyes'],
  },
  {
    name: 'the person police arrested ("Officers arrested Mark Deane, …") is no later "he"',
    paragraphs: [
      'Officers arrested Mark Deane, a 34-year-old mechanic from Leeds, on Tuesday.',
      '“The investigation is continuing and we ask witnesses to come forward,” he said.',
    ],
    expected: [null],
  },
  {
    name: 'a name right after a verb is its object, no subject the next "he" goes on with ("did give Tom Ward credit")',
    paragraphs: [
      '“We need a budget by June,” Mayor Ann Reyes said. “The council has to act,” said council member Paul Diaz.',
      'The Ohio Democrat did give Tom Ward some credit during the meeting, but warned that the plan was late.',
      '“We cannot wait another year for this,” he said.',
    ],
    expected: ['Ann Reyes', 'Paul Diaz', 'Paul Diaz'],
  },
  {
    name: 'a name after "to" and a verb is its object too ("to oppose Tom Ward"); one the verb addresses stays',
    paragraphs: [
      '“It is a fine day,” said Paul Diaz.',
      'The senator urged the group to oppose Tom Ward in the spring.',
      '“We will be there,” he said.',
      'I told Mark Lee that the vote was close. “I know it,” he responded.',
    ],
    expected: ['Paul Diaz', 'Paul Diaz', 'Mark Lee'],
  },
  {
    name: '"she" after a long-ago speaker of unknown gender is the one woman the sentence before names',
    paragraphs: [
      '“The plan helps the rich,” said Len Baker, an economist at the institute.',
      'The top earners would gain the most, according to the study. Some families would pay more.',
      'Tom Ward has rejected that reading of his plan. “The numbers are wrong,” he said.',
      'It has become a major issue, with Ann Reyes — who has called for higher taxes — attacking the plan.',
      '“This plan is a gift to the wealthy,” she said.',
    ],
    expected: ['Len Baker', 'Tom Ward', 'Ann Reyes'],
  },
  {
    name: '"she" after a speaker just named stays with them ("… said Len Baker. ¶ Baker thinks the Reyes campaign …")',
    paragraphs: [
      '“The plan helps the rich,” said Len Baker, an economist at the institute.',
      'Baker thinks the Reyes campaign took voters for granted this year.',
      '“They have a big problem,” she said.',
    ],
    expected: ['Len Baker', 'Len Baker'],
  },
  {
    name: 'the name after a verb is a subject when an irregular past follows it ("showed Tom Ward won")',
    paragraphs: [
      '“The budget is late,” said Paul Diaz.',
      'Polls showed Tom Ward won the debate by a wide margin.',
      '“We earned every vote tonight,” he said.',
      'Officials confirmed Tom Ward left the party last week.',
      '“I could not stay any longer,” he said.',
    ],
    expected: ['Paul Diaz', 'Tom Ward', 'Tom Ward'],
  },
  {
    name: 'a word after a possessive is a noun, not a verb taking the name ("At Monday\'s hearing Tom Ward told")',
    paragraphs: [
      '“The budget is late,” said Paul Diaz.',
      "At Monday's hearing Tom Ward told the panel the plan was sound.",
      '“We have done our homework,” he said.',
    ],
    expected: ['Paul Diaz', 'Tom Ward'],
  },
  {
    name: 'an opening "For" and a name set off by a comma say whom the sentence is about ("For Mills, a retiree, …")',
    paragraphs: [
      'At the phone bank, the first volunteers inside the door are Eva Stone and Kay Mills.',
      '“We have had offices here since April,” said Ann Reyes, the campaign’s state director.',
      'For Mills, a retiree and one of the volunteers, making calls twice a week is a duty.',
      '“It is the least I can do for my grandchildren,” she said.',
    ],
    expected: ['Ann Reyes', 'Kay Mills'],
  },
  {
    name: 'a chain of "he" goes back to the one man its first sentence brings in, after a preposition too',
    paragraphs: [
      'Tom Ward has said that rates must stay low for now.',
      'That is more than other leaders say. Just look at Speaker Paul Diaz. He has said he gets his ideas from a novel.',
      'In 2010, he warned the bank against buying bonds. “It risks higher inflation,” he said.',
    ],
    expected: ['Paul Diaz'],
  },
  {
    name: 'the name after a verb is a subject when a verb follows it ("hoping Tom Ward wins")',
    paragraphs: [
      '“It is a fine day,” said Paul Diaz.',
      'Supporters are hoping Tom Ward wins the seat in the spring.',
      '“We will be there,” he said.',
    ],
    expected: ['Paul Diaz', 'Tom Ward'],
  },
  {
    name: 'an "I" in the reporter’s own words is the writer, not the last person quoted',
    paragraphs: [
      '“We will rebuild the bridge by June,” said Mayor Tom Ward.',
      'The judge turned to me. “Your Honor,” I said, “I would like to answer the question you raised about the town.”',
    ],
    expected: ['Tom Ward', null],
  },
  {
    name: 'a person the story says is dead ("a local artist who died in 1890") is no later "he"',
    paragraphs: [
      'Mayor Ann Reyes opened the museum on Friday. The hall holds a portrait painted by Tom Birch, a local artist who died in 1890.',
      '“This is a great day for the town and its children,” he said.',
    ],
    expected: [null],
  },
  {
    name: 'a relative of someone "who was killed" is alive and the next "he"',
    paragraphs: [
      'Tom Ward, the father of a teenager who was killed in the crash, has campaigned for safer roads since 2019.',
      '“Nothing will bring him back, but this law will save lives,” he said.',
    ],
    expected: ['Tom Ward'],
  },
  {
    name: 'a doctor "who treated a patient who died" is alive and the next "she"',
    paragraphs: [
      'Dr. Ann Lee, who treated a patient who died last week, warned the hospital was full.',
      '“We are running out of beds and staff,” she said.',
    ],
    expected: ['Ann Lee'],
  },
  {
    name: 'a person appointed or elected ("The board appointed Ann Reyes as …") is still the next "she"',
    paragraphs: [
      'The board appointed Ann Reyes as chief executive on Monday.',
      '“I am honoured to lead this company,” she said.',
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a name after an "-ed" adjective ("The embattled Tom Ward") is still the next "he"',
    paragraphs: [
      'The embattled Tom Ward refused to resign on Monday.',
      '“I have done nothing wrong and I will not step down,” he said.',
    ],
    expected: ['Tom Ward'],
  },
  {
    name: 'a name after a naming word ("an academic named Eric Kingson, who …") is still the next "he"',
    paragraphs: [
      'The senator was rallying for an academic named Eric Kingson, who is running for Congress.',
      '“We will defend the pension for every worker in this district,” he said.',
    ],
    expected: ['Eric Kingson'],
  },
  {
    name: 'a name inside an opening "Asked about …," clause is not the subject of the "she" after it',
    paragraphs: [
      'Actress Maria Lopez is not sure she can vote for Anna Reyes over Tom Baker.',
      '“It is a real concern,” Lopez told reporters on Monday.',
      'Asked about her own vote in the event that Reyes faces Republican frontrunner Baker, who has insulted many voters, she replied: “I do not know. I will see what happens.”',
    ],
    expected: ['Maria Lopez', 'Maria Lopez'],
  },
  {
    name: 'a person introduced after a preposition, by full name and description, is the next "she" (no subject)',
    paragraphs: [
      '“The plan shortchanged the crisis,” said Tom Baker on a call with reporters.',
      'He was joined on the call by Xela Quorn, president of a rights group. She said the senator “has failed to do anything.”',
    ],
    expected: ['Tom Baker', 'Xela Quorn'],
  },
  {
    name: 'a person said of after a preposition ("named after …, a former governor") leaves "he" to the last speaker',
    paragraphs: [
      '“This is a proud day for the town,” said Mayor Tom Ward.',
      'The school is named after Mark Deane, a former governor who died in 1950. “He would have loved it,” he said.',
    ],
    expected: ['Tom Ward', 'Tom Ward'],
  },
  {
    name: 'a person brought in "courtesy of" a full name and description is the next "he"',
    paragraphs: [
      'Tom Ward opened the fair on Saturday.',
      'The parade had a float of sorts, courtesy of Mark Deane, a farmer from Dayton.',
      '“I built it in my barn,” he said.',
    ],
    expected: ['Mark Deane'],
  },
  {
    name: 'a chain of "he" that finds no subject leaves "he" to the last speaker, not the name said after it',
    paragraphs: [
      'Tom Baker won the primary in May.',
      '“I am not ready to back him,” Paul Hale told reporters about Baker.',
      'It was a reversal for the Ohio Republican, who had pledged to back the nominee. He said on Thursday that Tom Baker needs to do more work.',
      '“We want a standard-bearer that bears our standards,” he said.',
    ],
    expected: ['Paul Hale', 'Paul Hale'],
  },
  {
    name: 'a surname opening an organisation’s name ("the former Baker University student") is no subject',
    paragraphs: [
      'Tom Baker founded the school.',
      'Like Reyes, the former Baker University student Karl Brandt does not want to fight Baker anymore. “I am 76, and I do not feel like going through that again,” he said.',
    ],
    expected: ['Karl Brandt'],
  },
  {
    name: 'a surname before a noun for a job and a name ("Baker consultant Karl Brandt") only modifies it',
    paragraphs: [
      'Tom Baker won the county in 2008.',
      'Baker consultant Karl Brandt, the party’s pollster, picked up the thread at the time. “Voters see that they have a lot in common,” he said.',
    ],
    expected: ['Karl Brandt'],
  },
  {
    name: '"he said" after a sentence that reports someone ("…, Brandt said.") goes on with that person',
    paragraphs: [
      'Tom Baker opened the plant in May.',
      'Tom Baker’s grasp of the budget is worrying, Karl Brandt said.',
      '“I just do not see evidence that he wants to change,” he said.',
    ],
    expected: ['Karl Brandt'],
  },
  {
    name: '"she said" after an inverted cue ("…, said Anna Reyes, the director.") goes on with that person',
    paragraphs: [
      'Maria Lopez runs the county.',
      'The Lopez plan is made possible by its money, said Anna Reyes, the county’s director. Others are “having to do more with less,” she said.',
    ],
    expected: ['Anna Reyes'],
  },
  {
    name: 'the name after "X said" is what X says, and a possessive before a noun in -s is no reporter',
    paragraphs: [
      'Karl Brandt said Tom Baker has kept in touch with voters.',
      '“That would have some influence on them,” he said.',
      'Karl Brandt said the city must rebut Tom Baker’s claims. “It is a welcome step,” he said.',
    ],
    expected: ['Karl Brandt', 'Karl Brandt'],
  },
  {
    name: '"the senator" in a sentence whose subject is a person the text gives no other office: that person',
    paragraphs: [
      'Sen. John Hale spoke on Monday about the farm bill.',
      'Tom Baker defends his record in an ad running on local TV: “We will fix the roads,” the senator says.',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: '"the senator" after a senator quoted in the sentence before, not a senator named earlier',
    paragraphs: [
      'GOP Sen. John Hale faces two challengers. Senatorial Committee Chairman Roger Platt has said little.',
      '“I wonder how the farmers enjoy that,” Hale said. The longtime senator said he rarely asks for help, “except from people I am close to.”',
    ],
    expected: ['John Hale', 'John Hale'],
  },
  {
    name: '"the senator" in a sentence whose subject the text calls governor: not that subject',
    paragraphs: [
      'Gov. Anna Reyes met Sen. John Hale on Monday.',
      'Reyes spoke with him for an hour in a crowded room: “We agree on the roads,” the senator said.',
    ],
    expected: ['John Hale'],
  },
  {
    name: 'sentences that go on saying "he" speak of the subject named before the chain, not of a man named in passing',
    paragraphs: [
      'Tom Baker noted that at his first council meeting, in 1990, he voted to replace John Miller as treasurer.',
      'Though that change went smoothly, he said, a new vote would be much harder. That is why, he argued, the town must plan.',
      '“This is a different time,” he said.',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: 'a quote opening a sentence reads the sentence just before it, where its speaker was named',
    paragraphs: [
      'Anna Reyes runs the bakery. She said the town is calm.',
      'At the drugstore, a cashier was shaken by what she has heard. “One man said we should close the mosque,” said the woman, who did not give her name. “Too much hate,” she said.',
    ],
    expected: ['the woman', 'the woman'],
  },
  {
    name: 'a title with "of" before the name ("Secretary of State"): the name is indexed, and it is the subject',
    paragraphs: [
      'Secretary General Karl Brandt condemned the test. “We must act,” he told reporters.',
      'Secretary of State Tom Baker said the allies would meet, and he urged talks.',
      '“We remain open to talks,” he said.',
    ],
    expected: ['Karl Brandt', 'Tom Baker'],
  },
  {
    name: 'a title of three capitalised words before a full name ("Senate Majority Whip"): the name is indexed',
    paragraphs: [
      '“The bill is a disgrace,” said Tom Baker, the party chairman.',
      'County Water Board Treasurer Anna Reyes answered by reading the bill aloud on the floor.',
      '“I will tell you what a disgrace is,” she said.',
    ],
    expected: ['Tom Baker', 'Anna Reyes'],
  },
  {
    name: 'a word the text also writes in lower case before a surname is no first name: the person named in full speaks',
    paragraphs: [
      'Casino owner Karl Brandt gave the most money to the party this year.',
      'Donor Brandt said the party was on the right track. “We will win in May,” he said.',
      '“The money is well spent,” Donor Brandt told reporters. One donor left.',
    ],
    expected: ['Karl Brandt', 'Karl Brandt'],
  },
  {
    name: 'a relative’s full name does not count as the first one’s mention when the pronouns after it vote a gender',
    paragraphs: [
      '“Taxes must fall,” said Tom Reed, a rival.',
      'Casey Baker, the mayor, met his rivals on Monday.',
      'His sister Anna Baker said she would run. Anna Baker said she had the votes. Anna Baker said she would win.',
      'Casey Baker met them again on Tuesday, and the talks went on.',
      '“We will see,” he said.',
    ],
    expected: ['Tom Reed', 'Casey Baker'],
  },
  {
    name: 'a relative clause naming a town and its state is no part of the subject before the cue',
    paragraphs: [
      'Pastor Tom Baker leads a small church.',
      'Baker, who is a pastor in Elizabeth, Colorado, slammed the plan as “a waste of public money and time.”',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: 'a speaker written with a long title run before the full name is shown by the name alone',
    paragraphs: ['“We will fix the pipes by May,” said County Water Board Treasurer Anna Reyes.'],
    expected: ['Anna Reyes'],
  },
  {
    name: 'a name ending the sentence after the last quote is said of someone: "he added" goes on with the speaker',
    paragraphs: [
      '“We need a higher wage,” Karl Brandt said, suggesting that the plan could help the party defeat its rival, Tom Baker. “The vote will be close in the fall.”',
      '“It should pass this year,” he added.',
    ],
    expected: ['Karl Brandt', 'Karl Brandt', 'Karl Brandt'],
  },
  {
    name: 'a word for a woman written before a name ("his daughter, Casey Baker") outweighs a pronoun after it',
    paragraphs: [
      '“We will win,” said Anna Reyes, the candidate.',
      'The mayor was praised by his eldest daughter, Casey Baker, who recalled his record. Casey Baker spoke last.',
      '“I have seen him fight for this town,” she said.',
    ],
    expected: ['Anna Reyes', 'Casey Baker'],
  },
  {
    name: 'capitalised words in a title-case headline are no person ("Town Supporter Shouts"); a first name starts one',
    paragraphs: [
      'Town Supporter Shouts One Word At Rally, Mayor Challenger Tom Baker Laughs',
      'A woman at the rally shouted at the mayor.',
      '“You are all wrong,” she said.',
      '“That was rude,” Baker said.',
    ],
    // "she" is the woman the sentence before brings in without a name (unnamed.ts), not "Town Supporter".
    expected: ['a woman', 'Tom Baker'],
  },
  {
    name: 'a title with "of" before a woman’s name: "she" finds her, not the man quoted before',
    paragraphs: [
      '“The plan is sound,” said Tom Baker, the party chairman.',
      'That, party Chief of Staff Anna Reyes explained, is by design.',
      '“We have the advantage,” she said.',
    ],
    expected: ['Tom Baker', 'Anna Reyes'],
  },
  {
    name: 'a person introduced with a description at the end of the sentence before is the next "he said"',
    paragraphs: [
      'Tom Baker chairs the council. “We will vote in May,” he said.',
      'While Baker has many backers, the plan worries Karl Brandt, president of the harbour pilots’ union.',
      '“Nobody asked the pilots,” he said.',
    ],
    expected: ['Tom Baker', 'Karl Brandt'],
  },
  {
    name: 'the sentence’s own subject keeps the next "he said", whoever it introduces',
    paragraphs: [
      'Tom Baker chairs the council. “We will vote in May,” he said.',
      'Baker hired a new manager last month, Karl Brandt, a retired judge.',
      '“We are in a different game now,” he said.',
    ],
    expected: ['Tom Baker', 'Tom Baker'],
  },
  {
    name: '"of" after a word that is no title is a preposition: "Friends of Anna Reyes" makes her no subject',
    paragraphs: [
      'Tom Baker opened the meeting.',
      'Friends of Anna Reyes said on Monday that the plan was sound.',
      '“We have the votes to pass it,” she said.',
    ],
    expected: [null],
  },
  {
    name: 'a name right after "he named" is his object, not who the next "he" is',
    paragraphs: [
      'Mark Olsen spoke to reporters on Tuesday.',
      'Asked who leads the council, he named Paul Ryan. “I would say Paul for now,” he said.',
    ],
    expected: ['Mark Olsen'],
  },
  {
    name: 'a name does not run on over a sentence end ("Cruz. Along")',
    paragraphs: [
      'Rachel Stone said the speeches led her to focus on Lopez and Cruz. Along with her husband, she has given to many candidates.',
      '“I feel bad to say it,” she said.',
    ],
    expected: ['Rachel Stone'],
  },
  {
    name: 'a person named only by title and surname is who "he" refers to',
    paragraphs: ['President Okafor visited the port on Monday.', 'He said: “We will rebuild the bridge by June.”'],
    expected: ['Okafor'],
  },
  {
    name: 'a name said inside a quote is not who the next "he said" refers to',
    paragraphs: [
      'President Okafor said on Monday: “My adviser, John Smith, tells me the bridge is safe.”',
      'The port reopened on Tuesday.',
      '“We will open it by June,” he added.',
    ],
    expected: ['Okafor', 'Okafor'],
  },
  {
    name: 'a party and state tag after a lawmaker is no part of the name',
    paragraphs: [
      '“We will rebuild the bridge by June,” said Rep. Maria Lopez (D-Wis.).',
      '“It is a scandal,” Gov. John Smith (R) said.',
    ],
    expected: ['Maria Lopez', 'John Smith'],
  },
  {
    name: 'the pronouns in a person’s own words do not set the pronoun used for them',
    paragraphs: [
      'At the town hall, Tina Lopez had a question for the president.',
      '“My son gave his life for this country,” she said.',
    ],
    expected: ['Tina Lopez'],
  },
  {
    name: 'a relative with the same surname is a person of their own',
    paragraphs: [
      'Keith Lamont Scott was sitting in his car when the police arrived.',
      'Rakeyia Scott can be heard telling the officers that her husband has no weapon.',
      '“Do not shoot him,” she says.',
    ],
    expected: ['Rakeyia Scott'],
  },
  {
    name: 'a first name’s usual gender keeps "she" from a man named since',
    paragraphs: [
      'Laura Diaz spoke first at the hearing.',
      'Kenneth Moore, the committee’s counsel, listened.',
      '“We need the records by Friday,” she said.',
    ],
    expected: ['Laura Diaz'],
  },
  {
    name: 'a name after a preposition is not the subject "he" refers to',
    paragraphs: ['For ten years under Tom Baker, Mike Ross ran the water board.', '“We fixed every pipe,” he said.'],
    expected: ['Mike Ross'],
  },
  {
    name: 'a title before a name is no name of its own ("Ohio Gov.")',
    paragraphs: [
      'Former Ohio Gov. Tom Baker, who chaired the party, agreed, but he said the rules should wait.',
      '“There is no chance of that,” he said.',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: '"he" takes the subject named earlier in its own sentence',
    paragraphs: [
      'Mayor Sam Green asked for calm on Tuesday.',
      'Police chief Dan Ortiz said the footage was unclear, but he said that it “supports what witnesses told us.”',
    ],
    expected: ['Dan Ortiz'],
  },
  {
    name: 'a sentence that opens with "she" goes on about the last speaker, not a woman named in passing',
    paragraphs: [
      '“We will win this county,” Maria Lopez said at the rally.',
      'She has faced criticism since the treasurer, Anna Smith, resigned in May.',
      'She said she was not worried.',
      '“People tell me I am too careful,” she said.',
    ],
    expected: ['Maria Lopez', 'Maria Lopez'],
  },
  {
    name: 'a surname that modifies a noun ("the Lopez campaign") is not who "she" refers to',
    paragraphs: [
      '“We will win this county,” Maria Lopez said at the rally.',
      'Lopez campaign volunteer Rosa Diaz handed out leaflets.',
      '“Nobody here has met her,” she said.',
    ],
    expected: ['Maria Lopez', 'Rosa Diaz'],
  },
  {
    name: 'a photo agency in a picture credit is no person',
    paragraphs: [
      'Mayor Ana Ruiz spoke at the rally on Monday.',
      'A banner with her photo is raised at the rally. John Roe / AFP - Getty Images',
      '“I deeply regret this,” she said.',
    ],
    expected: ['Ana Ruiz'],
  },
  {
    name: '"the senator" is the person whose name the article wrote after "Sen."',
    paragraphs: [
      'If the mayor wants it, Ohio Sen. Dana Whitfield is against it.',
      'Whitfield on Tuesday said he would fight the plan.',
      'The senator said he would “introduce a bill to stop it this year.”',
    ],
    expected: ['Dana Whitfield'],
  },
  {
    name: '"the senator" is still the one titled "Sen." after a bystander named since who acts (a farmer, a flood victim)',
    paragraphs: [
      'Sen. Dana Whitfield toured a dairy farm near Concord on Monday.',
      'Jim Brown showed her the barn and the new milking machines.',
      '“Milk prices have to rise,” the senator said.',
      'Sen. Tom Reed visited flood victims in Dover on Friday.',
      'Kevin Hart lost his home and his car. Hart now sleeps at a shelter.',
      '“No family should go through this,” the senator said.',
    ],
    expected: ['Dana Whitfield', 'Tom Reed'],
  },
  {
    name: '"He’s" (he is, he has) before a quote is the pronoun "he"',
    paragraphs: [
      'Tom Baker spoke at the rally on Monday.',
      'He’s calling the plan “a bridge to nowhere and back again” in every speech.',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: 'a noun before the role narrows it: "the band leader" is no party leader named before',
    paragraphs: [
      'Party leader Ana Ruiz spoke at the cookout on Sunday.',
      'Later the band leader called the guests to the stage, singing “It is our time now, friends.”',
    ],
    expected: ['the band leader'],
  },
  {
    name: '"the commission" is the commission the article named',
    paragraphs: [
      'The Commission on Harbour Safety met on Monday.',
      '“The bridge will stay closed until the inspection ends,” the commission said.',
    ],
    expected: ['Commission on Harbour Safety'],
  },
  {
    name: '"the union" and "the agency" are the union and the agency the article named, whatever their head noun',
    paragraphs: [
      'The Association of Harbour Pilots backed the plan on Monday, and the Coastal Safety Administration agreed.',
      '“Our members will guide every ship through,” the union wrote.',
      '“The channel will be marked by June,” the agency said.',
    ],
    expected: ['Association of Harbour Pilots', 'Coastal Safety Administration'],
  },
  {
    name: 'a woman named by first name only, who speaks twice, is the "she" of a later quote, not a woman named since',
    paragraphs: [
      'Lena thought the rally was loud. “It was far too loud,” Lena said.',
      'Anna Reyes, a reporter, sat with the family that night.',
      'Then the speech began. Lena waved a flag. “Here he comes now,” she said.',
      '“I knew he would come,” Lena said to the screen.',
    ],
    expected: ['Lena', 'Lena', 'Lena'],
  },
  {
    name: 'a description standing for a person named before ("the 34-year-old", "the businessman") is that person',
    paragraphs: [
      'Anna Reyes, the owner of the bakery, spoke on Monday. Her husband Tom Baker stood by.',
      'Asked about the plan, the 34-year-old mother of three replied, “We will stay open all winter.”',
      'Karl Brandt bought the mill in May. “It will grind again by June,” the billionaire businessman said.',
    ],
    expected: ['Anna Reyes', 'Karl Brandt'],
  },
  {
    name: 'an epithet is the last sentence subject, not a person named since as an object or in a clause',
    paragraphs: [
      'Party donor Karl Brandt said on Friday that he met candidate Tom Ward. Asked about it, he said he found Ward charming.',
      '“It was very nice,” the billionaire businessman said.',
      'On Thursday, Anna Reyes announced that Tom Baker would run her campaign. In a statement, the billionaire said that “he will lead the team.”',
    ],
    expected: ['Karl Brandt', 'Anna Reyes'],
  },
  {
    name: 'an epithet is first the person the text gives its noun ("Karl Brandt, a rival tycoon"), then the subject',
    paragraphs: [
      'Investor Tom Ward sold his stake on Monday. Analysts said Karl Brandt, a rival tycoon, would buy it. “I have no regrets,” the tycoon said.',
    ],
    expected: ['Karl Brandt'],
  },
  {
    name: 'an epithet whose noun opens a name ("Billionaire Karl Brandt") is that person over a later subject',
    paragraphs: [
      'Billionaire Karl Brandt bought the club on Monday. He hired Tom Ward as manager. “It is a dream come true,” the billionaire said.',
    ],
    expected: ['Karl Brandt'],
  },
  {
    name: 'an epithet is not a person its own sentence names as another ("said of running against Baker")',
    paragraphs: [
      'Ann Reyes has a clear path to the nomination. She leads in every state that votes next month.',
      'Tom Baker has broken every rule of the race, from his plan for the border to his insults.',
      '“It does not make me nervous,” the cautious candidate said of running against Baker.',
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'an epithet is still the person its sentence names as the owner of their own campaign (review35 finding 7)',
    paragraphs: [
      'Ruth Ames has won three terms in the Senate. She is running for a fourth.',
      '“We expect to win this seat again,” the candidate said at the Ames campaign headquarters in Dayton.',
    ],
    expected: ['Ruth Ames'],
  },
  {
    name: 'an epithet is still the person named in "said in a post on Cole\'s campaign website" (review35 finding 7)',
    paragraphs: [
      'Dan Cole, a banker, entered the race in May. He has spent $2 million of his own money.',
      "“I answer to the voters, not to donors,” the challenger said in a post on Cole's campaign website.",
    ],
    expected: ['Dan Cole'],
  },
  {
    name: 'an epithet is still the person named where an interview was held ("in an interview at the Baker family farm")',
    paragraphs: [
      'Tom Baker announced his campaign for governor on Monday. He is a former county sheriff.',
      '“People know me here,” the 58-year-old said in an interview at the Baker family farm outside Lima.',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: 'an epithet is still the person named where a rally was held ("said at a rally in Ames\'s hometown")',
    paragraphs: [
      'Ruth Ames has won three terms in the Senate. She is running for a fourth.',
      "“We expect to win this seat again,” the candidate said at a rally in Ames's hometown of Dayton.",
    ],
    expected: ['Ruth Ames'],
  },
  {
    name: 'an epithet is not a side its words are aimed at ("said in an attack on the Baker campaign", review35 f. 13)',
    paragraphs: [
      'Ann Reyes has a clear path to the nomination. She leads in every state that votes next month.',
      'Tom Baker has broken every rule of the race, from his plan for the border to his insults.',
      '“It does not make me nervous,” the cautious candidate said in an attack on the Baker campaign.',
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'an epithet is not a person whose home a rally was held outside ("said at a rally outside Baker\'s home")',
    paragraphs: [
      'Ann Reyes has a clear path to the nomination. She leads in every state that votes next month.',
      'Tom Baker has broken every rule of the race, from his plan for the border to his insults.',
      "“It does not make me nervous,” the cautious candidate said at a rally outside Baker's home in Dayton.",
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'an epithet is not a person whose campaign its sentence speaks of ("said of the Baker campaign\'s attacks")',
    paragraphs: [
      'Ann Reyes has a clear path to the nomination. She leads in every state that votes next month.',
      'Tom Baker has broken every rule of the race, from his plan for the border to his insults.',
      "“It does not make me nervous,” the cautious candidate said of the Baker campaign's attacks.",
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a role holder the text gives the other party is not "the Republican nominee"',
    paragraphs: [
      'Republican nominee Karl Brandt spoke in Leeds on Monday.',
      'Democratic vice presidential nominee Tom Ward was in Ohio.',
      'The Republican nominee also vowed to punish “those who break the rules.”',
    ],
    expected: ['Karl Brandt'],
  },
  {
    name: 'a description with a qualifier the text gives no one ("the Florida businessman") is the person the story is on',
    paragraphs: [
      'Karl Brandt bought the mill in March. Brandt spoke first. “The bill is dead,” the Florida businessman said.',
    ],
    expected: ['Karl Brandt'],
  },
  {
    name: 'a qualified byword is the one named once opening the sentence right before ("Karl Brandt spoke first")',
    paragraphs: ['Karl Brandt spoke first. “The bill is dead,” the Florida businessman said.'],
    expected: ['Karl Brandt'],
  },
  {
    name: 'a qualified byword is no one named once and never quoted further back ("Karl Brandt spoke first. The hall …")',
    paragraphs: ['Karl Brandt spoke first. The hall was full. “The bill is dead,” the Florida businessman said.'],
    expected: ['the Florida businessman'],
  },
  {
    name: 'a qualified byword after a dateline and an opening phrase: the name opening the sentence before',
    paragraphs: [
      'DAYTON, Ohio - At a rally here last week, Ann Reyes showed the crowd a clip of Gov. Tom Ward.',
      '“Governor Ward, let me help you out - the answer is no,” the Democratic vice-presidential nominee riffed.',
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a qualified office byword is still no one named once whom the text gives no office',
    paragraphs: ['Karl Brandt spoke first. “The bill is dead,” the Florida senator said.'],
    expected: ['the Florida senator'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the judge)',
    paragraphs: [
      'Tom Ward, 34, was sentenced to six years in prison on Monday for the robbery. “You showed no remorse at all,” the judge said.',
    ],
    expected: ['the judge'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the judge)',
    paragraphs: [
      'Tom Ward pleaded guilty on Tuesday. He faces up to ten years. “This is a serious crime,” the judge said.',
    ],
    expected: ['the judge'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the attorney)',
    paragraphs: [
      'Sara Cole was charged with fraud on Monday. “My client is innocent and will fight this,” the attorney said.',
    ],
    expected: ['the attorney'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the mayor)',
    paragraphs: ['Ana Silva lost her home in the flood last week. “We will rebuild every house,” the mayor said.'],
    expected: ['the mayor'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the governor)',
    paragraphs: [
      'Dale Moss, 19, died in the wildfire on Friday. “Our hearts go out to his family,” the governor said.',
    ],
    expected: ['the governor'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the sheriff)',
    paragraphs: [
      'Dale Moss, 19, went missing on a hike in the hills on Friday. “We are still searching the area,” the sheriff said.',
    ],
    expected: ['the sheriff'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the superintendent)',
    paragraphs: [
      'Liam Chen, 9, was hurt when a bus crashed outside his school. “All the other children are safe,” the superintendent said.',
    ],
    expected: ['the superintendent'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the researcher)',
    paragraphs: [
      'Omar Haddad, 70, joined a trial of a new heart drug last year. “The early results are promising,” the researcher said.',
    ],
    expected: ['the researcher'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the director)',
    paragraphs: [
      'Actress Mia Torres won the top prize at the festival on Sunday. “She carried the whole film,” the director said.',
    ],
    expected: ['the director'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the producer)',
    paragraphs: ['Singer Mia Torres cancelled her tour on Friday. “She needs time to rest,” the producer said.'],
    expected: ['the producer'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the speaker)',
    paragraphs: ['Students cheered as Ana Silva received her degree. “Never stop asking questions,” the speaker said.'],
    expected: ['the speaker'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the minister)',
    paragraphs: [
      'Farmer Ali Demir lost his entire crop to the drought. “Help will reach every farmer,” the minister said.',
    ],
    expected: ['the minister'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the president)',
    paragraphs: [
      'Teacher Ana Silva was killed in the attack on Monday. “This was an act of terror,” the president said.',
    ],
    expected: ['the president'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the queen)',
    paragraphs: ['Captain Tom Ward raised millions for charity. “He is an inspiration to us all,” the queen said.'],
    expected: ['the queen'],
  },
  {
    name: 'a lower-case office or trade no one is named with is an unnamed official, not the person the story is on (the ambassador)',
    paragraphs: [
      'Yusuf Kaya, a Turkish businessman, was detained in Cairo. “We are seeking his release,” the ambassador said.',
    ],
    expected: ['the ambassador'],
  },
  {
    name: 'the one who asked the question before is not the description that answers it',
    paragraphs: [
      '“We have made real progress,” Karl Brandt said.',
      '“So you will win?” Anna Reyes asked.',
      '“I think that is probably right,” the senator said.',
    ],
    expected: ['Karl Brandt', 'Anna Reyes', 'the senator'],
  },
  {
    name: 'a description brought in before for someone unnamed ("an author from Leeds") stays as written',
    paragraphs: ['Karl Brandt met an author from Leeds on Monday. “We were never told the truth,” the author said.'],
    expected: ['the author'],
  },
  {
    name: 'a description written beside the person\'s name before ("Ward … to the judge") is someone else',
    paragraphs: ['Tom Ward made it clear to the judge that he would appeal. “I have heard enough,” the judge said.'],
    expected: ['the judge'],
  },
  {
    name: 'a name in the clause that "…, he said" reports is what is said, not who says it',
    paragraphs: [
      'Tom Reed, a retired teacher in Dayton, said he will not vote for Karl Brandt. Also, Brandt is no reformer, he said. “He is a fraud through and through!”',
      'Anna Reyes, a nurse, is undecided. Picking between Casey Baker and Jane Moss is a “hard call for many of us,” she said.',
    ],
    expected: ['Tom Reed', 'Anna Reyes'],
  },
  {
    name: 'a clause whose own subject speaks before the quote keeps that subject for "…, he said"',
    paragraphs: [
      'Karl Brandt weighed in too, telling a radio host on Monday, “Both of them can do the job,” he said.',
      'Tom Reed answered back: “As a friend of the mayor,” he wrote, “you should know better.”',
    ],
    expected: ['Karl Brandt', 'Tom Reed', 'Tom Reed'],
  },
  {
    name: 'a sentence saying "she" before a name goes on the chain of "she"; the name after it is said of',
    paragraphs: [
      'Anna Reyes, a nurse from Dayton, is among those who will not back Jane Moss. The race was the first time she had voted, and she does not think Jane Moss can fix the roads.',
      '“It is a false choice,” she said.',
    ],
    expected: ['Anna Reyes'],
  },
  {
    name: 'a pronoun in a clause opening the sentence before is someone else; the subject after its comma speaks',
    paragraphs: [
      '“We will see,” Tom Reed said. When he finished, Mark Jones, the mayor, took questions.',
      '“The budget is a mess,” he said.',
      'As she left the stage, Ann Lee stepped up. “It is late,” she said.',
    ],
    expected: ['Tom Reed', 'Mark Jones', 'Ann Lee'],
  },
  {
    name: 'a sentence that says "he" before its speaker\'s name ("…, which he will win, Reed said") keeps that speaker',
    paragraphs: [
      'Karl Brandt also leads in money. That could carry him into May, when the vote comes in a state which he is expected to win, Tom Reed said.',
      '“He has a plan,” he said.',
    ],
    expected: ['Tom Reed'],
  },
  {
    name: 'a sentence opening with a preposition ("Like Ward, …", "Around Kay Mills, …") does not make its name the next "he"',
    paragraphs: [
      'Ben Ortiz has run the shelter for a decade. Like Tom Ward before him, he sleeps little. Often he is checking on the next family. Like Ward, his days begin at 5 a.m.',
      '“We like to work,” he said.',
      'Dan Price walked the ward all morning. Around Kay Mills, the nurses were busy. “We are short of beds,” he said.',
    ],
    expected: ['Ben Ortiz', 'Dan Price'],
  },
  {
    name: 'a plural title ("Govs. Tom Ward and Kay Mills") ends no sentence: the subject before it is the next "he"',
    paragraphs: [
      'Speaking on the radio, Sen. Ben Ortiz refrained from attacking his rivals, particularly Govs. Tom Ward and Dan Price, who say he is too young. He dismissed the critique, saying it was “our best fundraising night ever.”',
    ],
    expected: ['Ben Ortiz'],
  },
  {
    name: 'a pronoun a fallback resolves ("He told the crowd: ¶ “…”") goes on with the story so far, not a later speaker',
    paragraphs: [
      'Ortiz Claims His Deputy Is the Best Ever.',
      'One of the central claims of Mayor Ben Ortiz’s speech on Monday does not stand up.',
      'He told the crowd:',
      '“Nobody has ever been more qualified for this job than my deputy.”',
      '“The figures do not support it,” said Dan Price, a city auditor.',
    ],
    expected: ['Ben Ortiz', 'Dan Price'],
  },
  {
    name: 'the sentence before says "she" before it names someone else ("…, she said, was a remark, when Kay Mills joked …"): she goes on',
    paragraphs: [
      'Ann Reyes has known the senator for forty years. “It has been part of the fabric of my life,” she said. “It is wonderful to see her doing this, but it hurts.”',
      'What really got under her skin, she said, was a remark last week, when Kay Mills joked that young people did not like her. “I really got angry at that,” she said.',
    ],
    expected: ['Ann Reyes', 'Ann Reyes', 'Ann Reyes'],
  },
  {
    name: 'a speaker picked out of a group ("Several Republicans, including Sen. Tom Ward, criticised it") is the next "he"',
    paragraphs: [
      'Ben Ortiz defended the plan on Monday.',
      'Several Republicans, including Sen. Tom Ward, criticised it. “It is a mistake,” he said.',
      'Ann Reyes opened the hearing on Tuesday.',
      'Three residents, including Kay Mills, spoke against the plan. “We were never asked,” she said.',
      'Mayor Dan Price praised the budget.',
      'Some council members, including Tom Ward, voted no. “The numbers do not add up,” he said.',
      'Gov. Ben Ortiz signed the bill.',
      'Several mayors, including Ann Reyes, who runs the largest city, opposed it. “We will pay for this,” she said.',
    ],
    expected: ['Tom Ward', 'Kay Mills', 'Tom Ward', 'Ann Reyes'],
  },
  {
    name: 'the object of "including" ("…, including Tom Ward.") and of an opening "Like"/"Unlike" is no later "he"',
    paragraphs: [
      'Dan Price has backed many candidates this year, including Tom Ward.',
      '“I back people who work hard,” he said.',
      'Kay Mills runs the depot. Unlike Tom Ward, her crews work nights.',
      '“We never stop,” she said.',
      'Ann Reyes has taught here for years. Like Ben Ortiz, her days begin at 6 a.m.',
      '“I like the quiet,” she said.',
    ],
    expected: ['Dan Price', 'Kay Mills', 'Ann Reyes'],
  },
  {
    name: 'a person named after the speaker in the speaker’s own sentence is said of, and takes no later "she" from her',
    paragraphs: [
      'Ann Reyes called the posts unfair. She says the posts accusing Kay Mills of fraud are “lies and conspiracy theories.”',
      'The mayor’s response came in her own series of posts on Friday.',
      'She wrote: “When something gets under his skin, he lashes out and cannot let go of it.”',
    ],
    expected: ['Ann Reyes', 'Ann Reyes'],
  },
  {
    name: 'a title with "of" before a first name both genders bear ("Secretary of State Hillary Reyes") still gives the name',
    paragraphs: [
      '“Nobody working full time should live in poverty,” said Tom Ward.',
      'But the other candidate on the stage, former Secretary of State Hillary Reyes, drew a contrast.',
      '“I do take what the economists said seriously,” she said.',
    ],
    expected: ['Tom Ward', 'Hillary Reyes'],
  },
  {
    name: 'a qualified byword no one is given ("the Ohio senator") is the subject of the sentence before',
    paragraphs: [
      'Sen. Dana Whitfield opened her campaign for the primary in Columbus on Monday, a week before the vote.',
      'The Ohio senator told reporters that “the state is ready for a change at the top of the ticket.”',
    ],
    expected: ['Dana Whitfield'],
  },
  {
    name: 'a qualified byword takes the name opening the sentence before, not one in its opening phrase',
    paragraphs: [
      'A week after meeting Sen. Tom Baker at the ranch, Sen. Ana Silva still says the water plan is wrong for the valley.',
      '“I stand by every word I said during the campaign,” the Nevada senator told the paper.',
    ],
    expected: ['Ana Silva'],
  },
  {
    name: 'a qualified byword is no one the text gives the other party',
    paragraphs: [
      'Democratic nominee Ana Silva spoke in Reno on Monday about the roads of the state.',
      '“We will fix the roads in every county of this state,” the Republican nominee said.',
    ],
    expected: ['the Republican nominee'],
  },
  {
    name: 'a qualified byword of an office is no one the text gives another office',
    paragraphs: [
      'Gov. Tom Reed toured the new battery plant on Friday with its workers.',
      '“The jobs are coming back to this part of the state,” the Ohio senator said.',
    ],
    expected: ['the Ohio senator'],
  },
  {
    name: 'a qualified office byword is the one the text gives the office, not a bystander opening the sentence before',
    paragraphs: [
      'Sen. Dana Whitfield held a rally in Toledo on Monday.',
      'Jim Brown, a retired machinist, drove two hours to hear her speak.',
      '“Toledo deserves better than this,” the Ohio senator said.',
    ],
    expected: ['Dana Whitfield'],
  },
  {
    name: 'a qualified office byword is no one the text does not give the office ("the German chancellor")',
    paragraphs: [
      'Emmanuel Macron welcomed Olaf Scholz to Paris on Monday for talks on defence.',
      '“Europe must stand together now,” the German chancellor said.',
    ],
    expected: ['the German chancellor'],
  },
  {
    name: 'a qualified office byword is not the farmer who asked the question',
    paragraphs: [
      'Mayor Tom Hale greeted the crowd in Des Moines on Friday.',
      'Farmer Jim Cole asked about ethanol. “We are working on it,” the Iowa governor said.',
    ],
    expected: ['the Iowa governor'],
  },
  {
    name: 'a qualified status byword is not a voter named once ("the Republican nominee" after "Donna Hale, a teacher")',
    paragraphs: [
      'Donna Hale, a teacher from Dayton, waited four hours in line to vote.',
      '“We have to win back these voters,” the Republican nominee said at a rally later.',
    ],
    expected: ['the Republican nominee'],
  },
  {
    name: 'a qualified byword is no one the text gives a role of another kind, even named twice ("a retired machinist")',
    paragraphs: [
      'Jim Brown, a retired machinist, drove two hours to the rally in Toledo.',
      'Brown stood near the front. “Toledo deserves better than this,” the Ohio senator said.',
    ],
    expected: ['the Ohio senator'],
  },
  {
    name: 'a possessive role whose owner the story names is not the one the story is on ("Reyes\'s former campaign manager")',
    paragraphs: [
      'Ann Reyes ran for mayor in 2019.',
      'Tom Baker urged the council on Tuesday to drop the tax. Baker has run three campaigns in the city.',
      "“The tax hurts every family on this street,” Reyes's former campaign manager said in an interview.",
    ],
    expected: ["Reyes's former campaign manager"],
  },
  {
    name: "a possessive role whose owner the story names is not the owner's other side, nor another owner's lawyer",
    paragraphs: [
      'Ann Reyes and Tom Baker debated on Tuesday. Baker urged the council to drop the tax.',
      "“The tax is fair and it stays,” Reyes's campaign manager said.",
      "Ann Smith was charged with fraud in March. Tom Ward, Jones's lawyer, spoke to reporters on Monday.",
      "“My client told the truth today,” Smith's lawyer said.",
    ],
    expected: ["Reyes's campaign manager", "Smith's lawyer"],
  },
  {
    name: 'a possessive role is not given by "her" when another person was named after the owner',
    paragraphs: [
      'Ann Smith was charged with fraud in March. Jane Cole testified for three hours on Monday. Her lawyer, Tom Ward, spoke later.',
      "“My client told the truth today,” Smith's lawyer said.",
    ],
    expected: ["Smith's lawyer"],
  },
  {
    name: 'a possessive role is given by a clause that has the person act for the owner ("who represents Jones")',
    paragraphs: [
      'Bob Jones was arrested on Friday. Ana Silva, who represents Jones, met him in jail.',
      'Silva spoke to the press on Saturday. “He will be cleared,” Jones’s lawyer said.',
    ],
    expected: ['Ana Silva'],
  },
  {
    name: 'a possessive role whose owner the story names is the one the text gives that role of theirs',
    paragraphs: [
      "Ann Smith was charged with fraud in March. Tom Ward, Smith's longtime lawyer, spoke to reporters on Monday.",
      "“My client told the truth today,” Smith's lawyer said.",
      "Bob Jones was arrested on Friday. Jones's lawyer, Ana Silva, met him in jail.",
      "Silva spoke to the press on Saturday. “He will be cleared,” Jones's lawyer said.",
    ],
    expected: ['Tom Ward', 'Ana Silva'],
  },
  {
    name: 'a possessive role is given by "his spokeswoman, X" after the owner, or by "X, Jones’ spokesman" (review27 finding 7)',
    paragraphs: [
      'Bob Jones was arrested on Friday. His spokeswoman, Ana Silva, met reporters outside the jail.',
      "Silva spoke again on Saturday. “He will be cleared,” Jones's spokesman said.",
      'Mary Holt sued the city in May. Tom Ward, Holt’ spokesman, spoke to reporters on Monday.',
      '“She will win this case,” Holt’s spokesman said.',
    ],
    expected: ['Ana Silva', 'Tom Ward'],
  },
  {
    name: 'the person a possessive role acts on is not given that role (review27 finding 16)',
    paragraphs: [
      'Bob Jones was arrested on Friday. His spokeswoman called Mary Holt on Monday.',
      'Holt runs a bakery in Dayton. “He will be cleared,” Jones’s spokeswoman said.',
    ],
    expected: ['Jones’s spokeswoman'],
  },
  {
    name: 'the person a role noun acts on in a past verb is not given that role (review27 finding 17); "named" gives it',
    paragraphs: [
      "Ann Smith was charged with fraud in March. On Monday, Smith's lawyer questioned Tom Ward for an hour.",
      "“My client told the truth today,” Smith's lawyer said.",
      'The club hired a young coach named Paul Diaz in May. “We will win the league,” the coach said.',
    ],
    expected: ["Smith's lawyer", 'Paul Diaz'],
  },
  {
    name: 'a hyphenated past verb after a role noun ends the role too (review28 finding 18)',
    paragraphs: [
      "On Tuesday, the defendant's attorney cross-examined detective Mary Ortiz for three hours.",
      '“She never read the file,” the attorney said.',
    ],
    expected: ['the attorney'],
  },
  {
    name: 'a first name alone names again the one person introduced with it in full ("as Rose-Lynn summons")',
    paragraphs: [
      'Jessie Buckley plays Rose-Lynn Harlan, a singer from Glasgow. “It was hard,” Buckley said.',
      'It begins with a quiet voice, as Rose-Lynn summons the strength to face her past. She turns to her family: ' +
        '“I pushed you away, put a pin in a map.”',
    ],
    expected: ['Jessie Buckley', 'Rose-Lynn Harlan'],
  },
  {
    name: 'a first name two people were introduced with names neither of them',
    paragraphs: [
      'Jessie Buckley plays Rose-Lynn Harlan, a singer. Her mother is played by Rose-Lynn Walters, a teacher.',
      '“It was hard,” Buckley said.',
      'It begins with a quiet voice, as Rose-Lynn summons the strength to face her past. She turns to her family: ' +
        '“I pushed you away, put a pin in a map.”',
    ],
    expected: ['Jessie Buckley', 'Jessie Buckley'],
  },
  {
    name: 'a colon clause\'s subject is read past an aside holding a quoted title ("who phoned in from the set of “Fargo,”")',
    paragraphs: [
      '“It grabbed me by the heart,” Tom Harper said.',
      'Ann Buckley, who phoned in from the set of “Fargo,” had a similar experience: “It was just that feeling.”',
      'Paul Diaz, who called the plan a “disaster,” was blunt: “Nobody wants it.”',
    ],
    expected: ['Tom Harper', 'Ann Buckley', 'Paul Diaz'],
  },
  {
    name: '"his spokeswoman, X" ties X to no owner named far before',
    paragraphs: [
      'Bob Jones was arrested on Friday in Dayton.',
      'The arrest followed a two-year inquiry by the county, which had looked at the accounts of several firms that ' +
        'did business with the city. The firms denied any wrongdoing, and none of their owners has been charged. ' +
        'Tom Baker, the county prosecutor, led the inquiry. His spokeswoman, Ana Silva, met reporters on Monday.',
      "“He will be cleared,” Jones's spokesman said.",
    ],
    expected: ["Jones's spokesman"],
  },
  {
    name: 'a possessive role whose owner is typed as no person stays a description ("Acme\'s chief executive")',
    paragraphs: [
      'Tom Baker spoke at the union hall on Friday. Baker asked workers to back the strike.',
      "“The company will not move,” Acme's chief executive said.",
      "“My client told the truth today,” Smith's lawyer said.",
    ],
    expected: ["Acme's chief executive", "Smith's lawyer"],
  },
  {
    name: 'a possessive role is not its owner, nor one the text gives an office ("Sen. Ana Silva")',
    paragraphs: [
      'Tom Ward met the union on Tuesday. Ward has backed the strikers for months.',
      "“He will sign the pledge this week,” Ward's spokesman said.",
      'Sen. Ana Silva met Tom Baker in Dayton on Friday. Silva has long opposed the bill.',
      "“We will not stand in the way of the bill,” Baker's campaign manager said.",
    ],
    expected: ["Ward's spokesman", "Baker's campaign manager"],
  },
  {
    name: 'a party\'s member noun alone ("the Republican") is a byword for the one the story is on',
    paragraphs: [
      'Tom Baker says cut taxes to help the poor. Presidential candidate Tom Baker spoke in Ohio.',
      '“It might surprise you, but the rules drive up every price,” the Republican said this week.',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: 'a byword opening the sentence before goes on with the one named before it, not a name later in that sentence',
    paragraphs: [
      'Ann Reyes says too much is made of the mayor’s posts.',
      'The Democratic vice presidential nominee was speaking in Dayton, hours after the mayor mocked Tom Ward.',
      'The Ohio governor said the press “is to blame for all of this noise.”',
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a party\'s member noun alone is no one an apposition gives the other party ("Tom Baker, a Democrat,")',
    paragraphs: [
      'Tom Baker, a Democrat, spoke in Dayton on Friday. Baker met voters at a diner.',
      '“We will win Ohio,” the Republican said.',
    ],
    expected: ['the Republican'],
  },
  {
    name: 'a party\'s member noun alone is no one an apposition gives the other party ("a Republican from Ohio")',
    paragraphs: [
      'Ann Reyes, a Republican from Ohio, spoke in Toledo on Saturday. Reyes met voters at a fair.',
      '“We will win Ohio too,” the Democrat said.',
    ],
    expected: ['the Democrat'],
  },
  {
    name: 'a byword sentence that acts on the one named before ("answered her") does not go on with her',
    paragraphs: [
      'Ann Reyes spoke in Dayton on Monday about jobs.',
      'The Republican candidate answered her hours later in Toledo, where Tom Ward joined him on stage.',
      '“She has no plan for this state,” the Ohio senator said.',
    ],
    expected: ['the Ohio senator'],
  },
  {
    name: 'a byword sentence of the other party ("The Republican candidate" after "a Democrat") does not go on with her',
    paragraphs: [
      'Ann Reyes, a Democrat, spoke in Dayton on Monday about jobs.',
      'The Republican candidate spoke hours later in Toledo, where Tom Ward joined him on stage.',
      '“She has no plan for this state,” the Ohio senator said.',
    ],
    expected: ['the Ohio senator'],
  },
  {
    name: 'a definite description is the one who spoke in the sentence before ("Tom Baker, said …" / "said the former top aide")',
    paragraphs: [
      'One of the plan’s authors, Tom Baker, said the vote will test its findings.',
      '“We went the other way on every count,” said the former top aide to the governor.',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: 'a description with a capitalised qualifier is the speaker before when the text writes it with their name',
    paragraphs: [
      'The account was set up last year by Gazette.com writer Ann Reyes.',
      'In her post, Reyes said, “The bot proved the point we had in mind.”',
      '“It is hard to blame him for being confused,” the Gazette employee wrote.',
      '“Nobody checked the source,” the Herald employee wrote.',
    ],
    expected: ['Ann Reyes', 'Ann Reyes', 'the Herald employee'],
  },
  {
    name: 'a definite description is not the speaker before when the text brought someone in by it ("an organizer")',
    paragraphs: [
      'An organizer met the volunteers at the door of the field office.',
      'Tom Baker said the office opened in May.',
      '“You will be the most effective messengers,” the organizer told them.',
    ],
    expected: ['the organizer'],
  },
  {
    name: 'a definite description is not the speaker before when the text gives them a role of another kind',
    paragraphs: [
      'Committee Chairman Roger Hale said he expects Baker to play a major role this fall.',
      '“Politicians are practical people,” said the senior campaign adviser.',
    ],
    expected: ['the senior campaign adviser'],
  },
  {
    name: 'a description whose word says the pronoun\'s gender ("the spokeswoman") keeps "she" from a woman named since',
    paragraphs: [
      '“We regret the error and will fix it,” the spokeswoman said.',
      'The company fired Ann Reyes, its marketing chief, last week.',
      '“We wish her well in her next job,” she added.',
    ],
    expected: ['the spokeswoman', 'the spokeswoman'],
  },
  {
    name: 'a description that spoke in the sentence before keeps "she" from a woman named since',
    paragraphs: [
      "“We regret the error and will fix it,” the company's lawyer said.",
      'The company fired Ann Reyes, its marketing chief, last week.',
      '“We wish her well in her next job,” she added.',
    ],
    expected: ["the company's lawyer", "the company's lawyer"],
  },
  {
    name: 'a description the text does not tie to the speaker before is a new voice ("the prosecutor" after the accused)',
    paragraphs: [
      '“I am innocent of every charge,” Tom Ward told the court on Monday.',
      '“The evidence says otherwise,” the prosecutor said.',
      '“We played well in the second half,” Tom Ward said after the game.',
      '“We were lucky to get the draw,” the goalkeeper admitted.',
      '“We will win this race in November,” said Tom Ward.',
      '“They are going to lose badly,” said the spokesman for his rival.',
      'Tom Ward said the company would appeal the ruling.',
      '“We are disappointed by the decision,” the union leader said.',
    ],
    expected: [
      'Tom Ward',
      'the prosecutor',
      'Tom Ward',
      'the goalkeeper',
      'Tom Ward',
      'the spokesman for his rival',
      'the union leader',
    ],
  },
  {
    name: 'a description is the speaker before when the text gives them its head ("Tom Ward, the team\'s goalkeeper")',
    paragraphs: [
      "“We played well in the second half,” said Tom Ward, the team's goalkeeper.",
      '“We were lucky to get the draw,” the goalkeeper admitted.',
    ],
    expected: ['Tom Ward', 'Tom Ward'],
  },
];

describe('coreference for speakers', () => {
  it.each(cases)('$name', ({ paragraphs, expected }) => {
    expect(speakersAttributed(paragraphs)).toEqual(expected);
  });
});

describe('names with particles', () => {
  it('indexes a name with two particles ("Maria de la Cruz", "Ursula von der Leyen") and finds it by its surname', () => {
    const people = indexPeople(
      'Maria de la Cruz, a teacher, spoke first. Ursula von der Leyen spoke later. “We have a voice,” de la Cruz said.',
    );
    expect(people.byName('de la Cruz')?.name).toBe('Maria de la Cruz');
    expect(people.byName('von der Leyen')?.name).toBe('Ursula von der Leyen');
  });
});
describe('a plural possessive before a full name', () => {
  it('is whose the person is, no part of the name ("RealClearPolitics’ David Byler", "Reuters’ Luciana Lopez")', () => {
    const people = indexPeople('“The count is close,” said RealClearPolitics’ David Byler. Byler added more later.');
    expect(people.byName('Byler')?.name).toBe('David Byler');
    expect(people.byName('RealClearPolitics’ David Byler')?.name).toBe('David Byler');
  });
});
describe('the role a mention gives a person', () => {
  it('is no lower-case word before the name that says nothing of what a person is ("or", "than", "the moment")', () => {
    const people = indexPeople('Voters prefer Ann Reyes or Tom Ward. At the moment Dan Hollis learned it, he left.');
    expect(people.byName('Tom Ward')?.role).toBeNull();
    expect(people.byName('Dan Hollis')?.role).toBeNull();
  });

  it('is written later when an earlier mention gave none ("than Ward" … "front-runner Tom Ward")', () => {
    const people = indexPeople('Reyes polls better than Tom Ward. On Monday, front-runner Tom Ward spoke in Dayton.');
    expect(people.byName('Tom Ward')?.role).toBe('front-runner');
  });
});
describe('people named by title and surname', () => {
  it('a name read in the title after a word that is no first name takes the full name the story gives', () => {
    const people = indexPeople(
      'Understated Reyes raises her profile.\n\nJust before the flight took off, Labor Secretary Anna Reyes moved to the back row.',
    );
    expect(people.byName('Reyes')?.name).toBe('Anna Reyes');
    // A first name the table does not know is still a first name: a relative named later does not take it over.
    const family = indexPeople('Ivanka Trump champions working women.\n\nDonald Trump spoke after his daughter.');
    expect(family.byName('Trump')?.name).toBe('Ivanka Trump');
  });

  it('takes the whole first word and no name before a particle or another name', () => {
    const names = indexPeople(
      'Mayor Bill de Blasio spoke. Later Sen․ Dana Whitfield spoke. President Okafor left.',
    ).people.map((p) => p.name);
    expect(names).toContain('Okafor');
    expect(names).not.toContain('Bill');
    expect(names.some((n) => /^Dan$|^Dana$/.test(n))).toBe(false);
  });
});

describe('the gender a first mention suggests', () => {
  it('is not read from "him"/"her" as the object of the person’s own verb ("Claire Hale scolded him: …")', () => {
    const text = 'Sen. Claire Hale (D-Mo.) scolded him: “You are wrong about this,” she said.';
    expect(indexPeople(text).byName('Claire Hale')?.gender).toBe('f');
    // A possessive "her" is the person's own.
    expect(indexPeople('Then Claire Hale raised her hand.').byName('Claire Hale')?.gender).toBe('f');
  });

  // Text copied from pages often holds two spaces; another name after them still ends the person's own words.
  it.each([' ', '  '])('stops at the next name after a lower-case word and %j', (gap) => {
    const text = `It was cited by Leslie Moran in an interview with${gap}Cosmopolitan magazine. ¶ “We have no bill,” he said.`;
    expect(indexPeople(text).byName('Leslie Moran')?.gender).toBeNull();
  });

  it('a role written with "-woman" or "-man" gives the gender an unknown first name does not (review 16)', () => {
    const people = indexPeople(
      'Agency spokeswoman Xochi Qwertz declined. Spokesman Quill Vantor said no. Qwertz left; Vantor stayed.',
    );
    expect(people.byName('Xochi Qwertz')?.gender).toBe('f');
    expect(people.byName('Quill Vantor')?.gender).toBe('m');
  });
});

describe('who a pronoun can mean: people the index knows and their gender', () => {
  it('a first name set off after a relation ("his second wife, Maria, who …") is a person', () => {
    const paragraphs = [
      'Tom Ward ran the bakery for decades. He kept his second wife, Maria, who did the books, out of the papers.',
      'She later signed a deal that kept her from sharing “anything about the shop or the family that owns it.”',
    ];
    expect(indexPeople(articleOf(paragraphs).text).byName('Maria')?.gender).toBe('f');
    expect(speakersAttributed(paragraphs)).toEqual(['Maria']);
    // A word the text writes in lower case too is no name ("his son, Will, …" in a text that says "will").
    expect(indexPeople('His son, Will, will be there.').byName('Will')).toBeNull();
  });

  it('a relative named by first name after "her"/"his" does not take the next pronoun from the one it belongs to', () => {
    const tennis = [
      'Anna Kovac won her third title in Madrid on Sunday, beating the top seed in straight sets.',
      'Her daughter, Sarah, watched from the stands.',
      '“I did it for her,” she said.',
    ];
    expect(speakersAttributed(tennis)).toEqual(['Anna Kovac']);
    const ceo = [
      'Karen Wu, the chief executive, said sales rose 8 percent. Her sister, Linda, runs the Asian business.',
      '“We are growing faster than ever,” she said.',
    ];
    expect(speakersAttributed(ceo)).toEqual(['Karen Wu']);
    // A relative of someone unnamed, or of the other gender, is still the one the pronoun can mean.
    expect(
      speakersAttributed([
        'The bakery burned down. The owner’s wife, Rosa, escaped with burns.',
        '“I have nothing left,” she said.',
      ]),
    ).toEqual(['Rosa']);
  });

  it('a role of one gender beside a first name usually of the other leaves the gender open ("spokesman Lu Feng")', () => {
    const paragraphs = [
      [
        '“The harbour plan is years late,” Oakes said.',
        'Speaking in Halden, port authority spokesman Lu Feng repeated that the port opposed delays and acted against them.',
        'Its critics used loose words like “soon” and “later” without any proof, he told reporters.',
        '“Such talk is deeply unfair to the workers.”',
      ].join('\n'),
    ];
    const a = articleOf(paragraphs);
    expect(indexPeople(a.text).byName('Lu Feng')?.gender).toBeNull();
    expect(speakersNamed(paragraphs)).toEqual(['Oakes', 'Lu Feng']);
  });
});

describe('an organisation a class noun stands for, with the names table', () => {
  it('"the agency" is the one body named in the sentence before (whatever its head word), not an agency named further back', () => {
    const paragraphs = [
      'Staff at the Transport Department’s safety office were told on Monday.',
      'In a letter filed in court, the Harbour Safety Commission confirmed it was reviewing the crash.',
      '“The review will take months,” the agency said.',
    ];
    expect(speakersNamed(paragraphs)).toEqual(['Harbour Safety Commission']);
  });

  it('"the agency" is no company named near it, nor an agency two sentences back', () => {
    const fined = [
      'Federal regulators fined Boeing on Monday. In a filing, Boeing said it would appeal.',
      '“The fine reflects years of failures,” the agency said.',
    ];
    const hacked = [
      'The CIA briefed senators on Tuesday. Later, Microsoft confirmed the hack had reached its servers.',
      '“We have no further comment,” the agency said.',
    ];
    expect([...speakersNamed(fined), ...speakersNamed(hacked)]).toEqual(['the agency', 'the agency']);
  });
});
