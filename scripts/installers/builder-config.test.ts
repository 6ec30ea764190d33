// package.json's electron-builder configuration, checked here because `npm run dist` cannot run on
// these machines (no Electron binary): it must pass electron-builder's own schema and name only files
// the repository has. Each check is shown to fail on a mutated copy of the real configuration.
import { describe, expect, it } from 'vitest';
import { missingFiles, readBuilderConfig, schemaErrors, type BuilderConfig } from './builder-config';

const config = readBuilderConfig();
/** What the real configuration lacks (dist/ before a build); asar-layout.test.ts builds and requires none. */
const baseline = new Set(missingFiles(config));
const addedProblems = (copy: BuilderConfig) => missingFiles(copy).filter((problem) => !baseline.has(problem));
const mutated = (change: (copy: BuilderConfig) => void): BuilderConfig => {
  const copy = structuredClone(config);
  change(copy);
  return copy;
};

describe("electron-builder's configuration", () => {
  it("passes electron-builder's own JSON schema (app-builder-lib's scheme.json)", () => {
    expect(schemaErrors(config)).toEqual([]);
  });

  it('fails the schema on a misspelt key, at the top level or in a platform section', () => {
    expect(schemaErrors(mutated((copy) => (copy.asarUnpak = copy.asarUnpack)))).toContain('/: must NOT have additional properties "asarUnpak"');
    expect(schemaErrors(mutated((copy) => ((copy.linux as BuilderConfig).categroy = 'Office')))).toContain(
      '/linux: must NOT have additional properties "categroy"',
    );
  });

  it('fails the schema on a value of the wrong type', () => {
    expect(schemaErrors(mutated((copy) => (copy.npmRebuild = 'no'))).join('\n')).toMatch(/^\/npmRebuild: must be boolean/m);
  });

  it('builds every installer the README promises: AppImage and deb, NSIS, dmg', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.win).toMatchObject({ target: ['nsis'] });
    expect(config.mac).toMatchObject({ target: ['dmg'] });
  });

  it('names only icons, build resources and patterns the repository has (those of dist/ once built: asar-layout.test.ts)', () => {
    expect([...baseline].filter((problem) => !/"dist\//.test(problem))).toEqual([]);
  });

  it('reports a missing icon, at the top level or for one platform', () => {
    expect(addedProblems(mutated((copy) => (copy.icon = 'build/icon-gone.png')))).toEqual(['icon: build/icon-gone.png does not exist']);
    expect(addedProblems(mutated((copy) => ((copy.mac as BuilderConfig).icon = 'build/icon.icns')))).toEqual(['mac.icon: build/icon.icns does not exist']);
  });

  it('reports a files or asarUnpack pattern that takes no file, and a missing extra resource', () => {
    const problems = addedProblems(
      mutated((copy) => {
        copy.files = [...(copy.files as string[]), 'dist/renderrer/**'];
        copy.asarUnpack = ['**/node_modules/onnxruntime-nod/bin/**'];
        copy.extraResources = [{ from: 'assets/samples', to: 'samples' }];
      }),
    );
    expect(problems).toEqual([
      'extraResources: assets/samples does not exist',
      'files: "dist/renderrer/**" matches no file',
      'asarUnpack: "**/node_modules/onnxruntime-nod/bin/**" matches no file',
    ]);
  });
});
