// A thread that allocates until it is ended, started by test-import-worker.ts as pdf-engine.ts starts pdf.js's parser.
import { hoard } from './hoard';

hoard();
