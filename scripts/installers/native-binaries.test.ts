// Native code recognised by its bytes, on the real binaries onnxruntime-node ships for every platform,
// and the two rules an installer's files must keep: unpacked, and built for the installer's platform.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './builder-config';
import { binaryTarget, nativeBinaryProblems } from './native-binaries';

const ORT = join(ROOT, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6');
const ortBinary = (platform: string, arch: string, name: string) => readFileSync(join(ORT, platform, arch, name));

describe('binaryTarget', () => {
  it("tells each of onnxruntime-node's binaries' platform and arch from its bytes", () => {
    expect(binaryTarget(ortBinary('linux', 'x64', 'onnxruntime_binding.node'))).toEqual({ platform: 'linux', arch: 'x64' });
    expect(binaryTarget(ortBinary('linux', 'arm64', 'libonnxruntime.so.1'))).toEqual({ platform: 'linux', arch: 'arm64' });
    expect(binaryTarget(ortBinary('darwin', 'arm64', 'libonnxruntime.1.dylib'))).toEqual({ platform: 'darwin', arch: 'arm64' });
    expect(binaryTarget(ortBinary('win32', 'x64', 'onnxruntime_binding.node'))).toEqual({ platform: 'win32', arch: 'x64' });
    expect(binaryTarget(ortBinary('win32', 'arm64', 'onnxruntime_binding.node'))).toEqual({ platform: 'win32', arch: 'arm64' });
  });

  it('is null for what is not native code: scripts, JSON, a model, short files', () => {
    expect(binaryTarget(readFileSync(join(ROOT, 'node_modules', 'onnxruntime-node', 'package.json')))).toBeNull();
    expect(binaryTarget(Buffer.from('MZ is also how a text may start, and it goes on for more than sixty-four bytes here.'))).toBeNull();
    expect(binaryTarget(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))).toBeNull();
  });
});

describe('nativeBinaryProblems', () => {
  const linuxX64 = { platform: 'linux', arch: 'x64' } as const;
  const elf = ortBinary('linux', 'x64', 'libonnxruntime.so.1');

  it('accepts unpacked native code of the installer’s platform, and any JavaScript packed', () => {
    const files = [
      { path: '/node_modules/a/lib/liba.so.8.17.3', unpacked: true, bytes: elf },
      { path: '/node_modules/a/index.js', unpacked: false, bytes: Buffer.from('module.exports = 1;\n'.repeat(8)) },
    ];
    expect(nativeBinaryProblems(files, linuxX64)).toEqual([]);
  });

  it('reports native code left inside app.asar, whatever its name', () => {
    const files = [{ path: '/node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8.17.3', unpacked: false, bytes: elf }];
    expect(nativeBinaryProblems(files, linuxX64)).toEqual([
      "/node_modules/@img/sharp-libvips-linux-x64/lib/libvips-cpp.so.8.17.3: native code packed inside app.asar, where the system's loader cannot read it (asarUnpack it)",
    ]);
  });

  it("reports another platform's or arch's binary", () => {
    const files = [
      { path: '/ort/darwin/arm64/libonnxruntime.1.dylib', unpacked: true, bytes: ortBinary('darwin', 'arm64', 'libonnxruntime.1.dylib') },
      { path: '/ort/linux/arm64/onnxruntime_binding.node', unpacked: true, bytes: ortBinary('linux', 'arm64', 'onnxruntime_binding.node') },
    ];
    expect(nativeBinaryProblems(files, linuxX64)).toEqual([
      '/ort/darwin/arm64/libonnxruntime.1.dylib: built for darwin arm64, in an installer for linux x64',
      '/ort/linux/arm64/onnxruntime_binding.node: built for linux arm64, in an installer for linux x64',
    ]);
  });
});
