import { NORM, isCjkCode, isLetterCode, isSpaceCode, isNewlineCode, lowerCode, LIGATURES } from './normalize';

// A phrase table compiled to a character trie, matched against the text in place (normalised,
// case-folded), forwards or backwards, without allocating. Tables stay plain data in the
// modules that own them; this is only the matcher.

/** A trie node as it is built: children by character. */
interface BuildNode<T> {
  next: Map<number, BuildNode<T>>;
  value?: T;
  wordEnd: boolean;
}

/**
 * A trie node as it is walked: its children in a small open-addressed table (slot = character &
 * mask, then the next slot; a key of 0 is an empty slot), read inline. A Map's look-up was the
 * walk's main cost.
 */
interface Node<T> {
  keys: Uint16Array;
  kids: Array<Node<T> | undefined>;
  mask: number;
  value: T | undefined;
  /** The phrase ends in a letter: a match must not be followed (or, backwards, preceded) by one. */
  wordEnd: boolean;
}

export interface Match<T> {
  /** Forwards: index after the match. Backwards: index of the match's first character. */
  end: number;
  value: T;
}

export interface MatchOptions {
  /** Allow single runs of spaces between two characters of a phrase (letter-spaced PDF text: `超 过`, `分 钟`). */
  innerSpaces?: boolean;
  /** A space in a phrase may match a run of whitespace that contains newlines (`tonnes of\nCO2e`); with `innerSpaces`, one line break may part two ideographs of a phrase (`约\n为`). */
  newlines?: boolean;
}

export class PhraseTable<T> {
  private readonly root: Node<T>;
  private readonly rootRev: Node<T>;

  constructor(entries: Iterable<readonly [string, T]>) {
    const root: BuildNode<T> = { next: new Map(), wordEnd: false };
    const rootRev: BuildNode<T> = { next: new Map(), wordEnd: false };
    for (const [phrase, value] of entries) {
      const key = phrase.toLowerCase();
      insert(root, key, value);
      insert(rootRev, [...key].reverse().join(''), value);
    }
    this.root = compile(root);
    this.rootRev = compile(rootRev);
  }

  /** Longest phrase starting at `pos`. */
  matchForward(text: string, pos: number, opts: MatchOptions = {}): Match<T> | null {
    return walk(this.root, text, pos, 1, opts);
  }

  /** Longest phrase ending just before `pos` (the match covers `[end, pos)`). */
  matchBackward(text: string, pos: number, opts: MatchOptions = {}): Match<T> | null {
    return walk(this.rootRev, text, pos - 1, -1, opts);
  }
}

function insert<T>(root: BuildNode<T>, key: string, value: T): void {
  let node = root;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    let child = node.next.get(c);
    if (!child) {
      child = { next: new Map(), wordEnd: false };
      node.next.set(c, child);
    }
    node = child;
  }
  node.value = value;
  const last = key.charCodeAt(key.length - 1);
  const first = key.charCodeAt(0);
  node.wordEnd = isLetterCode(last) || isLetterCode(first);
}

function compile<T>(b: BuildNode<T>): Node<T> {
  let size = 1;
  while (size < 2 * b.next.size) size *= 2;
  const node: Node<T> = { keys: new Uint16Array(size), kids: new Array<Node<T> | undefined>(size).fill(undefined), mask: size - 1, value: b.value, wordEnd: b.wordEnd };
  for (const [c, child] of b.next) {
    let h = c & node.mask;
    while (node.keys[h] !== 0) h = (h + 1) & node.mask;
    node.keys[h] = c;
    node.kids[h] = compile(child);
  }
  return node;
}

/** The child of `node` for character `c`. */
function childOf<T>(node: Node<T>, c: number): Node<T> | undefined {
  const keys = node.keys;
  const mask = node.mask;
  for (let h = c & mask; ; h = (h + 1) & mask) {
    const k = keys[h];
    if (k === c) return node.kids[h];
    if (k === 0) return undefined;
  }
}

function walk<T>(root: Node<T>, text: string, i: number, dir: 1 | -1, opts: MatchOptions): Match<T> | null {
  let node = root;
  let best: Match<T> | null = null;
  const n = text.length;
  while (i >= 0 && i < n) {
    const raw = text.charCodeAt(i);
    const c = lowerCode(NORM[raw]!);
    if (isSpaceCode(c) || isNewlineCode(c)) {
      // No phrase starts with whitespace: at the root a run of it ends the match unread.
      if (node === root && childOf(root, 0x20) === undefined) break;
      // Collapse a whitespace run, up to a line break where none may be crossed.
      let j = i;
      let newlines = 0;
      while (j >= 0 && j < n) {
        const d = NORM[text.charCodeAt(j)]!;
        if (isNewlineCode(d)) {
          newlines++;
          if (!opts.newlines) break;
        } else if (!isSpaceCode(d)) break;
        j += dir;
      }
      if (newlines > 0 && !opts.newlines) break;
      const spaced = childOf(node, 0x20);
      if (spaced) {
        node = spaced;
        i = j;
        if (node.value !== undefined) best = accept(node, text, i, dir, best);
        continue;
      }
      if (opts.innerSpaces && node !== root && j - i === dir && newlines === 0) {
        i = j;
        continue;
      }
      // a line of Chinese prose wrapped inside a phrase (`约⏎为`, `超⏎过`; `超⏎⏎过` where a narrow column
      // sets a blank line between its lines): the break alone, ideographs either side
      if (opts.innerSpaces && opts.newlines && node !== root && newlines <= 2 && Math.abs(j - i) <= newlines + 1 && isCjkCode(NORM[text.charCodeAt(i - dir)]!) && isCjkCode(NORM[text.charCodeAt(j)] ?? 0)) {
        i = j;
        continue;
      }
      break;
    }
    // the ligatures are U+FB00–FB06: most characters need no look-up
    const lig = raw >= 0xfb00 ? LIGATURES.get(raw) : undefined;
    if (lig) {
      let k = 0;
      let sub: Node<T> | undefined = node;
      while (sub && k < lig.length) {
        const idx = dir === 1 ? k : lig.length - 1 - k;
        sub = childOf(sub, lig.charCodeAt(idx));
        k++;
      }
      if (!sub) break;
      node = sub;
      i += dir;
      if (node.value !== undefined) best = accept(node, text, i, dir, best);
      continue;
    }
    const child = childOf(node, c);
    if (!child) break;
    node = child;
    i += dir;
    if (node.value !== undefined) best = accept(node, text, i, dir, best);
  }
  return best;
}

function accept<T>(node: Node<T>, text: string, i: number, dir: 1 | -1, best: Match<T> | null): Match<T> | null {
  if (node.wordEnd && i >= 0 && i < text.length && isLetterCode(NORM[text.charCodeAt(i)]!)) return best;
  return { end: dir === 1 ? i : i + 1, value: node.value as T };
}
