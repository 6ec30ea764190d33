/**
 * electron-builder's configuration (package.json's "build") checked without building anything: against
 * the JSON schema electron-builder itself validates with (app-builder-lib's scheme.json), and for every
 * file it names — icons, build resources, the app's `files`, `asarUnpack`, extra resources — existing
 * in the repository. `npm run dist` needs the Electron binary, which these machines cannot download, so
 * a misspelt key or a missing icon would otherwise surface only on a connected machine.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type * as MinimatchModule from 'minimatch';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The configuration as electron-builder reads it; the schema says what it may hold. */
export type BuilderConfig = Record<string, unknown>;

const fromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
/** The glob matcher electron-builder applies `files` and `asarUnpack` with (its own copy, its options). */
const { Minimatch } = fromBuilder('minimatch') as typeof MinimatchModule;
const MATCH_OPTIONS = { dot: true };

/** Whether a path relative to the project matches a pattern, as electron-builder matches `files` and `asarUnpack`. */
export const matches = (pattern: string, path: string): boolean => new Minimatch(pattern.replace(/^\.\//, ''), MATCH_OPTIONS).match(path);

export function readBuilderConfig(root = ROOT): BuilderConfig {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { build?: BuilderConfig };
  if (manifest.build === undefined) throw new Error(`${join(root, 'package.json')}: no "build" field (electron-builder's configuration)`);
  return manifest.build;
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** Schema errors, one readable line each (`/linux/icon: must be string`); none when the config is valid. */
export function schemaErrors(config: BuilderConfig): string[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(fromBuilder('./scheme.json') as object);
  if (validator(config)) return [];
  return (validator.errors ?? []).map((error: ErrorObject) => {
    const extra = typeof error.params.additionalProperty === 'string' ? ` "${error.params.additionalProperty}"` : '';
    return `${error.instancePath || '/'}: ${error.message ?? error.keyword}${extra}`;
  });
}

/** The platform sections whose settings (icon, files) electron-builder merges over the top level. */
const PLATFORMS = ['linux', 'mac', 'win'] as const;

const section = (config: BuilderConfig, key: string): BuilderConfig => (config[key] as BuilderConfig | undefined) ?? {};
const strings = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((it): it is string => typeof it === 'string');

/** Files the configuration names, and each pattern of files it takes, that the repository does not have. */
export function missingFiles(config: BuilderConfig, root = ROOT): string[] {
  const problems: string[] = [];
  const buildResources = String(section(config, 'directories').buildResources ?? 'build');
  if (!isDirectory(join(root, buildResources))) problems.push(`directories.buildResources: ${buildResources}/ does not exist`);

  for (const [where, icon] of [['icon', config.icon], ...PLATFORMS.map((key) => [`${key}.icon`, section(config, key).icon])] as const) {
    if (typeof icon !== 'string') continue;
    // electron-builder looks for an icon in the build resources, then in the project.
    if (!existsSync(join(root, buildResources, icon)) && !existsSync(join(root, icon))) problems.push(`${where}: ${icon} does not exist`);
  }

  for (const key of ['extraResources', 'extraFiles']) {
    for (const entry of [config[key], ...PLATFORMS.map((platform) => section(config, platform)[key])].flat()) {
      const from = typeof entry === 'string' ? entry : (entry as { from?: string } | undefined)?.from;
      if (from !== undefined && !from.includes('*') && !existsSync(join(root, from))) problems.push(`${key}: ${from} does not exist`);
    }
  }

  // Every pattern that takes files in must take at least one: one that matches nothing is a typo or a missing build.
  const taking = [
    ...[config, ...PLATFORMS.map((key) => section(config, key))].flatMap((it) => strings(it.files)).map((pattern) => ['files', pattern] as const),
    ...strings(config.asarUnpack).map((pattern) => ['asarUnpack', pattern] as const),
  ].filter(([, pattern]) => !pattern.startsWith('!'));
  if (taking.length > 0) {
    const files = repositoryFiles(root, taking.map(([, pattern]) => pattern));
    for (const [key, pattern] of taking) {
      if (!files.some((file) => matches(pattern, file))) problems.push(`${key}: "${pattern}" matches no file`);
    }
  }
  return problems;
}

const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

/** The packages a pattern names (`**\/node_modules/@img/**` → `@img`): only those of node_modules are walked. */
function namedPackages(patterns: readonly string[]): string[] {
  return patterns.flatMap((pattern) => [...pattern.matchAll(/node_modules\/((?:@[^/*{}()!]+\/)?[^/*{}()!]+)/g)].map((match) => match[1]!));
}

const SKIPPED = new Set(['.git', 'node_modules', 'release', 'test-results']);

/** The repository's files (relative, with `/`), and those of the node_modules packages the patterns name. */
function repositoryFiles(root: string, patterns: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string, skip: ReadonlySet<string>) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, new Set());
      else files.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root, SKIPPED);
  for (const name of new Set(namedPackages(patterns))) {
    if (isDirectory(join(root, 'node_modules', name))) walk(join(root, 'node_modules', name), new Set());
  }
  return files;
}
