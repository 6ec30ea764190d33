/**
 * The companion of message-literals.ts for words that are not literals: a caught error's own
 * message (`error.message`, `String(error)`) shown to the auditor is English from the browser, a
 * library or the Node side, whatever the UI's language. The renderer says a caught error through
 * errorText (renderer/src/i18n/error-text.ts), which keeps such words only where nothing else fits.
 * A caught value is a `catch` clause's binding or the parameter of a `.catch(…)` or of a `.then(…)`
 * rejection handler. A Refusal's message is the exception: it is made from the catalogues, so a
 * handler that checks `instanceof Refusal` may read it.
 */
import ts from 'typescript';
import type { Literal } from './jsx-literals';

const isCallNamed = (node: ts.Node, name: string): node is ts.CallExpression =>
  ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === name;

/** The name a function's first parameter binds, when the function handles a rejection. */
function rejectionParameter(node: ts.Node): string | undefined {
  if (!(ts.isArrowFunction(node) || ts.isFunctionExpression(node))) return undefined;
  const call = node.parent;
  const handles = isCallNamed(call, 'catch') ? call.arguments[0] === node : isCallNamed(call, 'then') && call.arguments[1] === node;
  const first = node.parameters[0]?.name;
  return handles && first && ts.isIdentifier(first) ? first.text : undefined;
}

/** Whether `scope` asks whether `name` is a Refusal. */
const checksRefusal = (file: ts.SourceFile, scope: ts.Node, name: string) => new RegExp(`\\b${name}\\s+instanceof\\s+Refusal\\b`).test(scope.getText(file));

/** Every place in `source` where a caught error's own words are read. */
export function findCaughtWords(source: string, fileName = 'module.ts'): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Literal[] = [];
  const report = (node: ts.Node): void => {
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: node.getText(file) });
  };
  const readsWords = (node: ts.Node, name: string) =>
    (ts.isPropertyAccessExpression(node) && node.name.text === 'message' && ts.isIdentifier(node.expression) && node.expression.text === name) ||
    (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'String' && node.arguments.some((arg) => ts.isIdentifier(arg) && arg.text === name));
  const within = (scope: ts.Node, name: string) => {
    if (checksRefusal(file, scope, name)) return;
    const look = (node: ts.Node): void => {
      if (readsWords(node, name)) report(node);
      else ts.forEachChild(node, look);
    };
    look(scope);
  };
  const visit = (node: ts.Node) => {
    const binding = ts.isCatchClause(node) ? node.variableDeclaration?.name : undefined;
    if (ts.isCatchClause(node) && binding && ts.isIdentifier(binding)) within(node.block, binding.text);
    const parameter = rejectionParameter(node);
    if (parameter && (ts.isArrowFunction(node) || ts.isFunctionExpression(node))) within(node.body, parameter);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
