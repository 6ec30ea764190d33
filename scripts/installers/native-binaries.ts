/**
 * Native code in a packed app, recognised by its bytes rather than its name (libvips ships as
 * `libvips-cpp.so.8.17.3`, which no extension rule catches): ELF, Mach-O or PE, and for whom it was
 * built. Two rules follow for an installer: the operating system's loader cannot read inside app.asar,
 * so every binary must be unpacked; and an installer carries only its own platform's binaries.
 */

export interface BinaryTarget {
  platform: 'linux' | 'darwin' | 'win32';
  /** Node's name for the machine (`x64`, `arm64`), or `other`. */
  arch: string;
}

const ELF_MACHINES: Record<number, string> = { 0x3e: 'x64', 0xb7: 'arm64', 0x03: 'ia32', 0x28: 'arm' };
const MACHO_CPUS: Record<number, string> = { 0x01000007: 'x64', 0x0100000c: 'arm64' };
const PE_MACHINES: Record<number, string> = { 0x8664: 'x64', 0xaa64: 'arm64', 0x014c: 'ia32' };

/** Whom the bytes were built for, or null when they are not native code. */
export function binaryTarget(bytes: Buffer): BinaryTarget | null {
  if (bytes.length < 64) return null;
  if (bytes.readUInt32BE(0) === 0x7f454c46) {
    const littleEndian = bytes[5] === 1;
    const machine = littleEndian ? bytes.readUInt16LE(18) : bytes.readUInt16BE(18);
    return { platform: 'linux', arch: ELF_MACHINES[machine] ?? 'other' };
  }
  const magic = bytes.readUInt32LE(0);
  if (magic === 0xfeedfacf || magic === 0xfeedface) return { platform: 'darwin', arch: MACHO_CPUS[bytes.readUInt32LE(4)] ?? 'other' };
  if (bytes.readUInt32BE(0) === 0xcafebabe && bytes.readUInt32BE(4) < 20) return { platform: 'darwin', arch: 'universal' }; // fat Mach-O (not a Java class: few architectures)
  if (bytes.toString('latin1', 0, 2) === 'MZ') {
    const pe = bytes.readUInt32LE(0x3c);
    if (pe + 6 <= bytes.length && bytes.toString('latin1', pe, pe + 4) === 'PE\0\0') return { platform: 'win32', arch: PE_MACHINES[bytes.readUInt16LE(pe + 4)] ?? 'other' };
  }
  return null;
}

export interface PackedFile {
  path: string;
  unpacked: boolean;
  bytes: Buffer;
}

/** What is wrong with the native code among `files` for an installer of `target`, one line per file. */
export function nativeBinaryProblems(files: Iterable<PackedFile>, target: BinaryTarget): string[] {
  const problems: string[] = [];
  for (const { path, unpacked, bytes } of files) {
    const built = binaryTarget(bytes);
    if (built === null) continue;
    if (!unpacked) problems.push(`${path}: native code packed inside app.asar, where the system's loader cannot read it (asarUnpack it)`);
    if (built.platform !== target.platform || built.arch !== target.arch) {
      problems.push(`${path}: built for ${built.platform} ${built.arch}, in an installer for ${target.platform} ${target.arch}`);
    }
  }
  return problems;
}
