// The English verbs of a change, past tense (`rose`, `fell`, `increased`): one list for every grammar that reads a figure
// after a change's verb.

export const CHANGE_VERBS: ReadonlySet<string> = new Set(['fell', 'rose', 'dropped', 'increased', 'decreased', 'declined', 'grew', 'climbed', 'reduced', 'improved']);
