/**
 * The companion of jsx-literals.ts for code outside components: finds text written straight into a
 * message the auditor reads — a refusal (`new Refusal('…')`), an error value (`err('…')`), a failed
 * import (`fail('…')`), a notice (`addJournalNotice(kind, '…')`), or a `message`, `problem` or
 * `what` field of a status — instead of coming from the catalogues (`i18next.t('key')`). Text the
 * app records (event details, evidence references) is not a message and is not looked at.
 */
import ts from 'typescript';
import { literalsIn, type Literal } from './jsx-literals';

/** Calls whose every string argument is shown to the auditor. */
const MESSAGE_CALLS = new Set(['Refusal', 'err', 'fail', 'addJournalNotice']);
/** Fields of a status object that are shown as they are. */
const MESSAGE_FIELDS = new Set(['message', 'problem', 'what']);

const calleeName = (expression: ts.Expression): string | null =>
  ts.isIdentifier(expression) ? expression.text : ts.isPropertyAccessExpression(expression) ? expression.name.text : null;

/** Every message literal in `source` (a .ts or .tsx file) that bypasses the catalogues. */
export function findMessageLiterals(source: string, fileName = 'module.ts'): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Literal[] = [];
  const check = (expression: ts.Expression) => found.push(...literalsIn(file, expression));
  const visit = (node: ts.Node) => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && MESSAGE_CALLS.has(calleeName(node.expression) ?? '')) {
      // A journal notice's first argument is its kind ('ok' | 'error'), not text.
      const shown = calleeName(node.expression) === 'addJournalNotice' ? node.arguments?.slice(1) : node.arguments;
      shown?.forEach(check);
    } else if (ts.isPropertyAssignment(node) && MESSAGE_FIELDS.has(node.name.getText(file))) {
      check(node.initializer);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left) && MESSAGE_FIELDS.has(node.left.text)) {
      check(node.right);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
