/** Allocates until Node ends the thread for reaching its memory limit; refuses to run without one. */
import { resourceLimits } from 'node:worker_threads';

export function hoard(): never {
  if (resourceLimits.maxOldGenerationSizeMb === undefined) throw new Error('hoard() on a thread without a memory limit would take the machine’s memory');
  const kept: number[][] = [];
  for (;;) kept.push(Array.from({ length: 10_000 }, Math.random));
}
