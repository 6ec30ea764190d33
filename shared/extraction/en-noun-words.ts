// The English words that end a counted noun phrase or stand in it without counting: en-nouns.ts
// and en-noun-tokens.ts read them.

/** Words that end a counted noun phrase: function words, auxiliaries, common verbs, time words. */
export const EN_NOUN_STOP = new Set([
  // articles, conjunctions, prepositions, pronouns
  'a', 'an', 'the', 'and', 'or', 'nor', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'into', 'onto',
  'over', 'under', 'between', 'after', 'before', 'during', 'through', 'throughout', 'across', 'among', 'amongst', 'via',
  'within', 'without', 'above', 'below', 'around', 'about', 'against', 'along', 'towards', 'toward', 'upon', 'per', 'than',
  'like', 'unlike', 'including', 'excluding', 'compared', 'according', 'vs', 'versus', 'and/or', 'etc', 'plus', 'minus',
  'that', 'which', 'who', 'whom', 'whose', 'what', 'this', 'these', 'those', 'it', 'its', 'we', 'our', 'us', 'they',
  'their', 'them', 'he', 'she', 'his', 'her', 'i', 'you', 'your', 'my', 'me', 'there', 'here', 'if', 'but', 'yet', 'so',
  'while', 'when', 'where', 'whereas', 'since', 'until', 'because', 'although', 'though', 'then', 'thus',
  // auxiliaries and common verbs in the present or irregular past
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'get', 'got', 'make', 'made', 'take', 'took', 'taken',
  'pay', 'paid', 'buy', 'bought', 'spend', 'spent', 'see', 'saw', 'seen', 'become', 'became', 'give', 'gave', 'given',
  'come', 'came', 'go', 'went', 'gone', 'grow', 'grew', 'grown', 'rise', 'rose', 'fall', 'fell', 'hold', 'held', 'keep',
  'kept', 'win', 'won', 'leave', 'left', 'find', 'found', 'bring', 'brought', 'send', 'sent', 'set', 'put', 'run', 'ran',
  'use', 'join', 'receive', 'benefit', 'enjoy', 'rely', 'live', 'choose', 'chose', 'chosen', 'said', 'says', 'say',
  'reach', 'include', 'includes', 'represent', 'represents', 'participate', 'register', 'apply', 'helps', 'want',
  // adverbs and quantifiers
  'not', 'no', 'also', 'only', 'just', 'even', 'still', 'already', 'now', 'up', 'out', 'off', 'down', 'such', 'all',
  'both', 'each', 'every', 'other', 'another', 'more', 'less', 'most', 'least', 'very', 'too', 'again', 'respectively',
  'nearly', 'almost', 'approximately', 'roughly', 'some', 'many', 'much', 'few', 'several',
  // relative time: "10 million last year", "100 a day"
  'last', 'next', 'ago', 'later', 'earlier', 'today', 'yesterday', 'tomorrow', 'annually', 'pm',
]);

/** Classifiers that count nothing of their own before `of` (`pieces of messages` → messages). */
export const EN_EMPTY_CLASSIFIERS = new Set(['piece', 'pieces', 'item', 'items', 'pcs']);

/** Determiners skipped after a partitive `of` (`100 of our employees`). */
export const EN_POSSESSIVE = new Set(['our', 'their', 'its', 'his', 'her', 'your', 'my']);
export const EN_PARTITIVE_DETERMINER = new Set(['the', 'these', 'those', ...EN_POSSESSIVE]);

/** Plurals without -s, and words that stay as they are in a caption. */
export const EN_IRREGULAR_PLURAL = new Set(['people', 'children', 'men', 'women', 'staff', 'personnel', 'crew', 'police', 'cattle', 'sheep', 'fish', 'deer', 'equipment', 'chinese', 'japanese']);
