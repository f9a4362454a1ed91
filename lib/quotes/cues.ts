// Speech verbs and phrases that attribute words to a source. Written for this project (not from any dataset).

export const CUE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'explained', 'explains', 'noted', 'notes',
  'wrote', 'writes', 'stated', 'states', 'declared', 'insisted', 'insists', 'argued', 'argues', 'continued', 'warned',
  'warns', 'recalled', 'recalls', 'replied', 'responded', 'claimed', 'claims', 'tweeted', 'posted', 'announced',
  'acknowledged', 'admitted', 'observed', 'remarked', 'commented', 'suggested', 'suggests', 'urged', 'cautioned',
  'complained', 'conceded', 'concluded', 'confirmed', 'contended', 'emphasized', 'emphasised', 'stressed', 'predicted',
  'promised', 'reiterated', 'repeated', 'shouted', 'testified', 'joked', 'quipped', 'mused', 'lamented', 'boasted',
  'vowed', 'pledged', 'maintained', 'alleged', 'countered', 'retorted', 'charged', 'echoed', 'pointed out', 'went on',
  'reported', 'reports', 'wondered', 'thundered', 'yelled', 'screamed', 'whispered', 'agreed', 'disagreed', 'objected',
  'cited', 'quoted', 'texted', 'emailed', 'messaged', 'blasted', 'slammed', 'praised', 'criticized', 'criticised',
  'describes', 'described', 'called', 'calls', 'labeled', 'labelled', 'branded', 'hinted', 'surmised', 'speculated',
  'sings', 'sang', 'tweeting', 'expressing', 'saying', 'telling', 'adding', 'writing', 'arguing', 'warning', 'noting', 'asking', 'insisting',
  'calling', 'describing', 'declaring', 'claiming', 'urging', 'vowing', 'explaining', 'recalling', 'stating', 'joking', 'quipping',
  'proclaimed', 'portrayed', 'characterized', 'characterised', 'dismissed', 'accused', 'lauded', 'likened', 'decried',
  'denounced', 'condemned', 'hailed', 'touted', 'mocked', 'ridiculed', 'demanded', 'exclaimed', 'answered', 'concludes',
  'answers', 'points out', 'confessed', 'boomed', 'scoffed', 'snapped', 'fumed', 'shot back', 'fired back', 'wrote back',
  'chanted', 'chanting', 'chant', 'cheered',
  'declares', 'tweets', 'jokes', 'quips', 'admits', 'acknowledges', 'predicts', 'promises', 'vows', 'urges', 'complains',
  'laments', 'boasts', 'counters', 'responds', 'replies', 'continues', 'agrees', 'muses', 'recounts', 'recounted',
  // Plural present: "the two write", "critics argue".
  'write', 'argue', 'note', 'add', 'ask', 'tell', 'explain', 'insist', 'warn', 'claim', 'recall', 'contend', 'complain',
  'was cited as saying', 'was quoted as saying', 'were quoted as saying', 'is quoted as saying', 'has said', 'had said',
];

const escaped = [...CUE_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+'));
export const CUE = `(?:${escaped.join('|')})`;
/** Cues that may come before their subject ("…,” said Uali"); "told" takes its object there ("…,” X told Fox News"). */
export const CUE_INVERTED = `(?!(?:told|tells|tell|telling)\\b)${CUE}`;
/** A clause that ends with a cue and perhaps a short complement: "he said", "Uali told reporters on Wednesday". */
export const CUE_AT_END = new RegExp(`\\b${CUE}\\b(?:\\s+[^.!?"“”]{0,60})?$`, 'i');
export const CUE_WORD = new RegExp(`\\b${CUE}\\b`, 'gi');

// Words that may stand between a source and its cue ("Uali also said", "X has repeatedly said").
export const ADVERBS = '(?:(?:also|later|then|further|has|had|have|previously|once|often|always|frequently|repeatedly|never|usually|sometimes|publicly|privately|reportedly|again|recently|earlier|would|will|later|simply|flatly|quickly|told|who|was|were)\\s+)*';
