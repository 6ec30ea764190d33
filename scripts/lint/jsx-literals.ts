/**
 * Finds user-visible text written into TSX instead of going through the catalogues: JSX text,
 * string literals rendered as children, and literals in attributes a user reads or hears
 * (title, aria-label, placeholder, alt, label). Read with TypeScript's own parser, so it sees
 * exactly what the compiler sees. Text without a letter (`×`, `·`, `→`) and proper names pass.
 */
import ts from 'typescript';

/** Attributes whose value is shown or spoken. */
const VISIBLE_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder', 'alt', 'label']);

/** Names that are the same in every language. */
const PROPER_NAMES = new Set(['Tickmark', 'SHA-256']);

export interface Literal {
  line: number;
  text: string;
}

const hasWords = (text: string) => /\p{L}/u.test(text) && !PROPER_NAMES.has(text.trim());

/** The string literals an expression can evaluate to directly (not through a call: `t('key')` is fine). */
function renderedStrings(node: ts.Node, out: ts.Node[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node);
  else if (ts.isTemplateExpression(node)) {
    out.push(node.head, ...node.templateSpans.map((span) => span.literal));
    node.templateSpans.forEach((span) => renderedStrings(span.expression, out));
  } else if (ts.isParenthesizedExpression(node)) renderedStrings(node.expression, out);
  else if (ts.isConditionalExpression(node)) {
    renderedStrings(node.whenTrue, out);
    renderedStrings(node.whenFalse, out);
  } else if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) {
      renderedStrings(node.left, out);
      renderedStrings(node.right, out);
    }
  }
}

const literalText = (node: ts.Node) =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node) ? node.text : node.getText();

/** The literals with words among what `expression` can evaluate to directly (message-literals.ts too). */
export function literalsIn(file: ts.SourceFile, expression: ts.Node): Literal[] {
  const strings: ts.Node[] = [];
  renderedStrings(expression, strings);
  return strings
    .map((literal) => ({ literal, text: literalText(literal) }))
    .filter(({ text }) => hasWords(text))
    .map(({ literal, text }) => ({ line: file.getLineAndCharacterOfPosition(literal.getStart(file)).line + 1, text: text.trim() }));
}

/** Every literal in `source` (the text of a .tsx file) that bypasses the catalogues. */
export function findJsxLiterals(source: string, fileName = 'component.tsx'): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const report = (node: ts.Node, text: string) => {
    if (hasWords(text)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) found.push(...literalsIn(file, node.expression));
    else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      const shown = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (shown) found.push(...literalsIn(file, shown));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
