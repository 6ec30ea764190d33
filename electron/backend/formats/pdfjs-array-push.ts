/**
 * Loads a module of pdf.js's legacy build, keeping the engine's own `Array.prototype.push`: the
 * build's core-js replaces it on Node 20 (over a spec corner, pushing onto a frozen-length array)
 * with a much slower function.
 */
export async function keepingArrayPush<T>(load: () => Promise<T>): Promise<T> {
  const push = Array.prototype.push;
  try {
    return await load();
  } finally {
    Array.prototype.push = push;
  }
}
