// Runs the command line in-process for tests, collecting what it prints and its exit status.
import { main } from '../cli';
import type { CliIo } from './io';

export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await main(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
