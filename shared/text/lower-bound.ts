/** The first index whose value is at least `value` in ascending `values`. */
export function lowerBound(values: ArrayLike<number>, value: number): number {
  return lowerBoundBy(values.length, (i) => values[i]!, value);
}

/** The first index in `[0, length)` whose key (`keyAt`, ascending with the index) is at least `value`. */
export function lowerBoundBy(length: number, keyAt: (index: number) => number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyAt(middle) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
