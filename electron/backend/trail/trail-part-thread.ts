// One part of a long trail CSV, read and checked on a thread of its own while the thread that
// started it (read-trail-in-parts.ts) reads another part: each event's hash depends only on its own
// row, so a part is checked alone, and the links between parts once all are read.
// It is started before its part is known, and waits for it.
import { parentPort } from 'node:worker_threads';
import { readTrailPart, type TrailPartJob } from './read-trail-in-parts';

parentPort!.once('message', (job: TrailPartJob) => parentPort!.postMessage(readTrailPart(job)));
