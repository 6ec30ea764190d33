// Documents as the checks see them, from plain texts: extracted and described as the CLI does.
import { extractFigures } from '../../extraction/index';
import { describeFigures } from '../../metrics/index';
import { ruleChecks } from '../index';
import type { Check, CheckKind } from '../types';

export const checkDoc = (name: string, text: string) => ({ name, text, figures: describeFigures(text, extractFigures(text)) });

/**
 * The checks of `kind` over the texts as one engagement (named doc0.txt, doc1.txt, …, or as given), as their rules find
 * them: without the restatements of their inputs that `runChecks` names beside them (restated-inputs.test.ts reads those).
 */
export function checksOf(kind: CheckKind, ...texts: Array<string | [string, string]>): Check[] {
  const docs = texts.map((t, i) => (typeof t === 'string' ? checkDoc(`doc${i}.txt`, t) : checkDoc(t[0], t[1])));
  return ruleChecks(docs).filter((c) => c.kind === kind);
}
