/**
 * A cache of the `capacity` most recently used values that never drops a held one: the open PDF
 * documents, where the one on screen must survive other documents being opened. Each value
 * dropped is passed to `drop` (to destroy it). It holds more than `capacity` values only while
 * more than that are held.
 */
export class HeldLru<V> {
  private readonly values = new Map<string, V>();
  private readonly holds = new Map<string, number>();

  constructor(
    private readonly capacity: number,
    private readonly drop: (value: V) => void,
  ) {}

  get size(): number {
    return this.values.size;
  }

  /** The value for `key`, now the most recently used. */
  get(key: string): V | undefined {
    const value = this.values.get(key);
    if (value !== undefined) {
      this.values.delete(key);
      this.values.set(key, value);
    }
    return value;
  }

  /** Add `value` as the most recently used, dropping the least recently used ones not held. */
  set(key: string, value: V): void {
    this.values.delete(key);
    this.values.set(key, value);
    for (const [old, oldValue] of this.values) {
      if (this.values.size <= this.capacity) break;
      if (old === key || this.holds.has(old)) continue;
      this.values.delete(old);
      this.drop(oldValue);
    }
  }

  /** Forget `key` if it still maps to `value`, without dropping it (it failed, say). */
  forget(key: string, value: V): void {
    if (this.values.get(key) === value) this.values.delete(key);
  }

  /** Keep `key` whatever else is added, until the returned function is called (once or more). */
  hold(key: string): () => void {
    this.holds.set(key, (this.holds.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const count = (this.holds.get(key) ?? 1) - 1;
      if (count > 0) this.holds.set(key, count);
      else this.holds.delete(key);
    };
  }

  /** Drop every value whose key is not in `keep` and not held. */
  retainOnly(keep: ReadonlySet<string>): void {
    for (const [key, value] of this.values) {
      if (keep.has(key) || this.holds.has(key)) continue;
      this.values.delete(key);
      this.drop(value);
    }
  }
}
