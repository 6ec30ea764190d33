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
 * A trie as it is walked, its nodes numbered (the root is 0): each node's children in a small
 * open-addressed table of its own within one array (slot = character & mask, then the next slot;
 * a key of 0 is an empty slot), read inline. A Map per node was the walk's main cost.
 */
class Trie<T> {
  /** Where each node's table starts in `keys` and `kids`, and its size less one. */
  readonly base: Int32Array;
  readonly mask: Int32Array;
  readonly keys: Uint16Array;
  /** The child's node number in each slot. */
  readonly kids: Int32Array;
  readonly values: Array<T | undefined> = [];
  /** The phrase ending at the node ends in a letter: a match must not be followed (or, backwards, preceded) by one. */
  readonly wordEnd: Uint8Array;

  /**
   * The characters (normalised, lower-cased, as the walk compares them) that may open a phrase: a
   * bit each. Most look-ups find none at their first character; this answers them before a walk.
   */
  readonly opens = new Uint32Array(0x10000 / 32);

  constructor(root: BuildNode<T>) {
    const set = (c: number): void => {
      this.opens[c >>> 5]! |= 1 << (c & 31);
    };
    for (const c of root.next.keys()) set(c);
    // white space opens a walk only where a phrase starts with a space; a ligature, wherever (the walk decides)
    if (root.next.has(0x20)) for (const c of [0x20, 0x09, 0x0b, 0x0c, 0x0a, 0x0d]) set(c);
    for (const c of LIGATURES.keys()) set(c);
    const nodes: Array<BuildNode<T>> = [];
    const sizes: number[] = [];
    let slots = 0;
    const number = (b: BuildNode<T>): void => {
      nodes.push(b);
      let size = 1;
      while (size < 2 * b.next.size) size *= 2;
      sizes.push(size);
      slots += size;
      for (const child of b.next.values()) number(child);
    };
    number(root);
    this.base = new Int32Array(nodes.length);
    this.mask = new Int32Array(nodes.length);
    this.keys = new Uint16Array(slots);
    this.kids = new Int32Array(slots);
    this.wordEnd = new Uint8Array(nodes.length);
    const index = new Map<BuildNode<T>, number>(nodes.map((b, k) => [b, k]));
    let at = 0;
    nodes.forEach((b, k) => {
      this.base[k] = at;
      this.mask[k] = sizes[k]! - 1;
      at += sizes[k]!;
      this.values.push(b.value);
      this.wordEnd[k] = b.wordEnd ? 1 : 0;
    });
    nodes.forEach((b, k) => {
      for (const [c, child] of b.next) {
        let h = c & this.mask[k]!;
        while (this.keys[this.base[k]! + h] !== 0) h = (h + 1) & this.mask[k]!;
        this.keys[this.base[k]! + h] = c;
        this.kids[this.base[k]! + h] = index.get(child)!;
      }
    });
  }

  /** The child of `node` for character `c`, or -1. */
  childOf(node: number, c: number): number {
    const base = this.base[node]!;
    const mask = this.mask[node]!;
    for (let h = c & mask; ; h = (h + 1) & mask) {
      const k = this.keys[base + h];
      if (k === c) return this.kids[base + h]!;
      if (k === 0) return -1;
    }
  }
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

/** The default options, one object for every call that gives none. */
const NO_OPTIONS: MatchOptions = Object.freeze({});

export class PhraseTable<T> {
  private readonly root: Trie<T>;
  private readonly rootRev: Trie<T>;

  constructor(entries: Iterable<readonly [string, T]>) {
    const root: BuildNode<T> = { next: new Map(), wordEnd: false };
    const rootRev: BuildNode<T> = { next: new Map(), wordEnd: false };
    for (const [phrase, value] of entries) {
      const key = phrase.toLowerCase();
      insert(root, key, value);
      insert(rootRev, [...key].reverse().join(''), value);
    }
    this.root = new Trie(root);
    this.rootRev = new Trie(rootRev);
  }

  /** Longest phrase starting at `pos`. */
  matchForward(text: string, pos: number, opts: MatchOptions = NO_OPTIONS): Match<T> | null {
    return opensAt(this.root, text, pos) ? walk(this.root, text, pos, 1, opts) : null;
  }

  /** Longest phrase ending just before `pos` (the match covers `[end, pos)`). */
  matchBackward(text: string, pos: number, opts: MatchOptions = NO_OPTIONS): Match<T> | null {
    return opensAt(this.rootRev, text, pos - 1) ? walk(this.rootRev, text, pos - 1, -1, opts) : null;
  }
}

/** Whether the character at `i` may open a phrase of `trie` (false outside the text). */
function opensAt<T>(trie: Trie<T>, text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = lowerCode(NORM[text.charCodeAt(i)]!);
  return ((trie.opens[c >>> 5]! >>> (c & 31)) & 1) === 1;
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

function walk<T>(trie: Trie<T>, text: string, i: number, dir: 1 | -1, opts: MatchOptions): Match<T> | null {
  const values = trie.values;
  let node = 0;
  // the longest match so far, as its node and the index after it (-1: none), made a Match once at the end
  let bestNode = -1;
  let bestAt = 0;
  const n = text.length;
  while (i >= 0 && i < n) {
    const raw = text.charCodeAt(i);
    const c = lowerCode(NORM[raw]!);
    if (isSpaceCode(c) || isNewlineCode(c)) {
      // No phrase starts with whitespace: at the root a run of it ends the match unread.
      if (node === 0 && trie.childOf(0, 0x20) < 0) break;
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
      const spaced = trie.childOf(node, 0x20);
      if (spaced >= 0) {
        node = spaced;
        i = j;
        if (values[node] !== undefined && accepts(trie, node, text, i)) {
          bestNode = node;
          bestAt = i;
        }
        continue;
      }
      if (opts.innerSpaces && node !== 0 && j - i === dir && newlines === 0) {
        i = j;
        continue;
      }
      // a line of Chinese prose wrapped inside a phrase (`约⏎为`, `超⏎过`; `超⏎⏎过` where a narrow column
      // sets a blank line between its lines): the break alone, ideographs either side
      if (opts.innerSpaces && opts.newlines && node !== 0 && newlines <= 2 && Math.abs(j - i) <= newlines + 1 && isCjkCode(NORM[text.charCodeAt(i - dir)]!) && isCjkCode(NORM[text.charCodeAt(j)] ?? 0)) {
        i = j;
        continue;
      }
      break;
    }
    // the ligatures are U+FB00–FB06: most characters need no look-up
    const lig = raw >= 0xfb00 ? LIGATURES.get(raw) : undefined;
    if (lig) {
      let k = 0;
      let sub = node;
      while (sub >= 0 && k < lig.length) {
        const idx = dir === 1 ? k : lig.length - 1 - k;
        sub = trie.childOf(sub, lig.charCodeAt(idx));
        k++;
      }
      if (sub < 0) break;
      node = sub;
      i += dir;
      if (values[node] !== undefined && accepts(trie, node, text, i)) {
        bestNode = node;
        bestAt = i;
      }
      continue;
    }
    const child = trie.childOf(node, c);
    if (child < 0) break;
    node = child;
    i += dir;
    if (values[node] !== undefined && accepts(trie, node, text, i)) {
      bestNode = node;
      bestAt = i;
    }
  }
  return bestNode < 0 ? null : { end: dir === 1 ? bestAt : bestAt + 1, value: values[bestNode] as T };
}

/** Whether the phrase ending at `node` may end before `i`: one ending in a letter not followed (or, backwards, preceded) by one. */
function accepts<T>(trie: Trie<T>, node: number, text: string, i: number): boolean {
  return !(trie.wordEnd[node] === 1 && i >= 0 && i < text.length && isLetterCode(NORM[text.charCodeAt(i)]!));
}
