import { defaultTreeAdapter as tree, html, parse, type DefaultTreeAdapterTypes } from 'parse5';
import { decodeText, flowingText } from './text';
import { reason } from '../../../shared/ipc/reasons';
import type { FormatReader } from './types';
import { ReportReadError } from './types';
import { VisibleTextBuilder } from './visible-text-builder';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * `.html` and `.htm`: the text a reader sees in a browser (roughly `innerText`), parsed by parse5.
 * Only text nodes become text: attribute values, scripts, styles, the head and hidden elements never do.
 * The encoding is the byte-order mark's, else the `<meta charset>`'s, else UTF-8 (or a detected one).
 */
export const readHtml: FormatReader = async (bytes, options) => {
  if (options.signal?.aborted) throw new ReportReadError('cancelled', 'the import was cancelled', reason('read.cancelled'));
  options.onProgress?.(0, bytes.byteLength);
  const declared = declaredCharset(bytes);
  const { text: source, encoding } = decodeText(bytes, declared === undefined ? {} : { declared });
  const text = visibleText(source);
  options.onProgress?.(bytes.byteLength, bytes.byteLength);
  return flowingText(text, encoding);
};

/** The visible text of an HTML document: blocks on their own lines, table cells separated by tabs. */
export function visibleText(source: string): string {
  const out = new VisibleTextBuilder();
  walk(parse(source), { preformatted: false, inSvg: false, inSvgText: false, inCell: false }, out);
  return out.toString();
}

/** How many bytes to look at for a `<meta charset>`: the HTML standard's prescan reads 1024; be generous. */
const PRESCAN_BYTES = 4096;

/** The charset a document declares in a `<meta>` near its start, found by parsing that start. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Any ASCII-compatible decoding will do to read the declaration itself.
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const element of elements(parse(head))) {
    if (tree.getTagName(element) !== 'meta') continue;
    const charset = attribute(element, 'charset');
    if (charset) return charset.trim();
    if (attribute(element, 'http-equiv')?.toLowerCase() === 'content-type') {
      const fromContent = /charset\s*=\s*["']?([^\s"';]+)/i.exec(attribute(element, 'content') ?? '')?.[1];
      if (fromContent) return fromContent;
    }
  }
  return undefined;
}

interface WalkContext {
  preformatted: boolean;
  inSvg: boolean;
  /** Inside an SVG `<text>`: the only SVG content that is text. */
  inSvgText: boolean;
  inCell: boolean;
}

/** HTML elements whose content is never shown as text (or is not text at all). */
const SKIPPED = new Set([
  'head', 'title', 'meta', 'link', 'base', 'script', 'style', 'template', 'noscript', 'iframe', 'object',
  'embed', 'input', 'select', 'datalist', 'audio', 'video', 'canvas', 'img', 'map', 'area', 'source', 'track',
]);
/** SVG elements that hold no visible text. */
const SVG_SKIPPED = new Set(['style', 'script', 'title', 'desc', 'metadata', 'defs']);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext',
  'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'xmp', 'textarea', 'option',
]);
/** Blocks that are set off by a blank line (as `innerText` does for paragraphs). */
const PARAGRAPHS = new Set(['p']);
const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp', 'textarea']);

/**
 * What is left to do, last first: a node to visit in its context, or something to write once
 * everything pushed after it is done (a block's closing line break, a cell separator). The walk
 * keeps it on the heap, not the call stack, so a document nested 100 000 levels deep (parse5
 * builds such trees without complaint) is read like any other.
 */
type Step = { node: Node; context: WalkContext } | (() => void);

function walk(root: Node, rootContext: WalkContext, out: VisibleTextBuilder): void {
  const steps: Step[] = [{ node: root, context: rootContext }];
  for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
    if (typeof step === 'function') step();
    else visit(step.node, step.context, out, steps);
  }
}

/** Write what `node` shows before its children, and push its children and what follows them onto `steps`. */
function visit(node: Node, context: WalkContext, out: VisibleTextBuilder, steps: Step[]): void {
  if (tree.isTextNode(node)) {
    if (context.inSvg && !context.inSvgText) return;
    const value = tree.getTextNodeContent(node);
    if (context.preformatted) out.preformatted(value);
    else out.inline(value);
    return;
  }
  if (!tree.isElementNode(node)) {
    pushChildren(steps, node, context);
    return;
  }
  if (isHidden(node)) return;
  const tag = tree.getTagName(node);
  const namespace = tree.getNamespaceURI(node);

  if (namespace === html.NS.SVG) {
    if (SVG_SKIPPED.has(tag)) return;
    if (tag === 'foreignObject') {
      pushChildren(steps, node, { ...context, inSvg: false, inSvgText: false });
      return;
    }
    const isText = tag === 'text';
    if (isText) boundary(out, context, 1);
    if (isText) steps.push(() => boundary(out, context, 1));
    pushChildren(steps, node, { ...context, inSvg: true, inSvgText: context.inSvgText || isText });
    return;
  }
  if (namespace !== html.NS.HTML) {
    pushChildren(steps, node, context);
    return;
  }
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') {
    if (context.inCell) out.space();
    else out.hardBreak();
    return;
  }
  if (tag === 'tr') {
    visitRow(node, context, out, steps);
    return;
  }
  const breaks = PARAGRAPHS.has(tag) ? 2 : BLOCKS.has(tag) ? 1 : 0;
  boundary(out, context, breaks);
  if (breaks > 0) steps.push(() => boundary(out, context, breaks));
  pushChildren(steps, node, PREFORMATTED.has(tag) ? { ...context, preformatted: true } : context);
}

/** A block's edge: line breaks, or inside a table cell a space, so that a row stays on one line. */
function boundary(out: VisibleTextBuilder, context: WalkContext, breaks: number): void {
  if (breaks === 0) return;
  if (context.inCell) out.space();
  else out.lineBreak(breaks);
}

/** A table row on a line of its own, its cells separated by tabs; a cell's own blocks stay on that line. */
function visitRow(row: Element, context: WalkContext, out: VisibleTextBuilder, steps: Step[]): void {
  boundary(out, context, 1);
  steps.push(() => boundary(out, context, 1));
  const cells = childrenOf(row).filter(
    (child): child is Element => tree.isElementNode(child) && ['td', 'th'].includes(tree.getTagName(child)) && !isHidden(child),
  );
  for (let k = cells.length - 1; k >= 0; k--) {
    steps.push({ node: cells[k]!, context: { ...context, inCell: true } });
    if (k > 0) steps.push(() => (context.inCell ? out.space() : out.cellSeparator()));
  }
}

/** The children of `node`, to be visited in document order. */
function pushChildren(steps: Step[], node: Node, context: WalkContext): void {
  const children = childrenOf(node);
  for (let k = children.length - 1; k >= 0; k--) steps.push({ node: children[k]!, context });
}

function childrenOf(node: Node): Node[] {
  return 'childNodes' in node ? (node.childNodes as Node[]) : [];
}

/** Every element under `root`, in document order, without recursion. */
function* elements(root: Node): Generator<Element> {
  const pending: Node[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (tree.isElementNode(node)) yield node;
    const children = childrenOf(node);
    for (let k = children.length - 1; k >= 0; k--) pending.push(children[k]!);
  }
}

function attribute(element: Element, name: string): string | undefined {
  return tree.getAttrList(element).find((attr) => attr.name === name)?.value;
}

/** The `hidden` attribute, a hidden input, or an inline style that hides the element. */
function isHidden(element: Element): boolean {
  if (attribute(element, 'hidden') !== undefined) return true;
  if (tree.getTagName(element) === 'input' && attribute(element, 'type')?.toLowerCase() === 'hidden') return true;
  const style = attribute(element, 'style');
  return style !== undefined && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:;|!|$)/i.test(style);
}
