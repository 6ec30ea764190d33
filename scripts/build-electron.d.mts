// Types of build-electron.mjs, for the TypeScript that imports it (its test).
import type { Metafile } from 'esbuild';

export function buildNodeSide(outRoot?: string): Promise<{ electronDir: string; shellDir: string; metafile: Metafile }>;
