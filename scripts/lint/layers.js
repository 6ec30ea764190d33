// @ts-check
/**
 * The `tickmark/layers` ESLint rule: each folder of the tree belongs to a layer (shared, renderer,
 * node, electron-main, electron-preload), and a layer says which layers it may import and whether
 * it may import Node's built-in modules or `electron`. The layer of a file, and of every relative
 * import, is read off its path, as VS Code's code-layering rule reads `common`/`node`/`browser`
 * off its folder names; the layers themselves are configured in eslint.config.js.
 *
 * Node's built-ins are `builtinModules` of the Node running ESLint (which lists subpaths such as
 * `fs/promises`), plus anything that starts with `node:`: no hand-written list.
 */
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * @typedef {object} Layer
 * @property {string[]} folders Folders (relative to `root`, `/`-separated) whose files are in this layer.
 * @property {string[]} mayImport The layers whose files it may import; its own is always allowed.
 * @property {boolean} nodeBuiltins May it import Node's built-in modules?
 * @property {boolean} electron May it import the `electron` module?
 * @property {string} runsIn Where its code runs, said in the error message.
 *
 * @typedef {object} Options
 * @property {string} root The repository's root, which `folders` are relative to.
 * @property {Record<string, Layer>} layers
 */

const BUILTINS = new Set(builtinModules);

/** True for `fs`, `fs/promises`, `node:fs`, `node:test`, …: a module Node itself provides (its subpaths are in the list). */
export function isNodeBuiltin(/** @type {string} */ specifier) {
  if (specifier.startsWith('node:')) return true;
  return BUILTINS.has(specifier);
}

/** True for `electron` and its subpaths, the module only Electron's processes can load. */
export function isElectronModule(/** @type {string} */ specifier) {
  return specifier === 'electron' || specifier.startsWith('electron/');
}

/**
 * The layer that owns `path` (relative to the root, `/`-separated): the one with the longest
 * folder that contains it, so `electron/main` wins over `electron`. Null outside every layer.
 * @param {Record<string, Layer>} layers
 * @param {string} path
 */
export function layerOf(layers, path) {
  let best = /** @type {{ name: string; length: number } | null} */ (null);
  for (const [name, layer] of Object.entries(layers)) {
    for (const folder of layer.folders) {
      if ((path === folder || path.startsWith(`${folder}/`)) && (best === null || folder.length > best.length)) {
        best = { name, length: folder.length };
      }
    }
  }
  return best?.name ?? null;
}

/** @param {string} root @param {string} absolute */
const fromRoot = (root, absolute) => relative(root, absolute).split(sep).join('/');

/**
 * @typedef {{ messageId: 'otherLayer'; target: string; targetLayer: string } | { messageId: 'outside'; target: string } | { messageId: 'electron' | 'builtin' }} Violation
 */

/**
 * How `specifier`, imported by `importerPath` (a file of layer `from`), breaks the layering; null when it does not.
 * @param {Options} options
 * @param {string} from
 * @param {string} importerPath absolute path of the importing file
 * @param {string} specifier
 * @returns {Violation | null}
 */
export function layeringViolation(options, from, importerPath, specifier) {
  const layer = options.layers[from];
  if (!layer) return null;
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    const target = fromRoot(options.root, resolve(dirname(importerPath), specifier));
    const targetLayer = layerOf(options.layers, target);
    if (targetLayer === from || (targetLayer !== null && layer.mayImport.includes(targetLayer))) return null;
    return targetLayer === null ? { messageId: 'outside', target } : { messageId: 'otherLayer', target, targetLayer };
  }
  if (isElectronModule(specifier)) return layer.electron ? null : { messageId: 'electron' };
  if (isNodeBuiltin(specifier)) return layer.nodeBuiltins ? null : { messageId: 'builtin' };
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only what the runtime of its layer provides' },
    messages: {
      otherLayer: '{{layer}} code may not import {{target}}, which is {{targetLayer}} code: {{layer}} imports only {{allowed}}.',
      outside: '{{layer}} code may not import {{target}}, which is in no layer: {{layer}} imports only {{allowed}}.',
      electron: "{{layer}} code may not import '{{specifier}}': it runs in {{runsIn}}.",
      builtin: "{{layer}} code may not import the Node built-in '{{specifier}}': it runs in {{runsIn}}.",
    },
    schema: [
      {
        type: 'object',
        required: ['root', 'layers'],
        additionalProperties: false,
        properties: {
          root: { type: 'string' },
          layers: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              required: ['folders', 'mayImport', 'nodeBuiltins', 'electron', 'runsIn'],
              additionalProperties: false,
              properties: {
                folders: { type: 'array', items: { type: 'string' } },
                mayImport: { type: 'array', items: { type: 'string' } },
                nodeBuiltins: { type: 'boolean' },
                electron: { type: 'boolean' },
                runsIn: { type: 'string' },
              },
            },
          },
        },
      },
    ],
  },
  create(context) {
    const options = /** @type {Options} */ (context.options[0]);
    const from = layerOf(options.layers, fromRoot(options.root, context.filename));
    if (from === null) return {};
    const layer = /** @type {Layer} */ (options.layers[from]);
    const data = { layer: from, runsIn: layer.runsIn, allowed: [from, ...layer.mayImport].join(', ') };

    /** @param {import('estree').Node | null | undefined} source */
    const check = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const violation = layeringViolation(options, from, context.filename, source.value);
      if (violation === null) return;
      const { messageId, ...details } = violation;
      context.report({ node: source, messageId, data: { ...data, ...details, specifier: source.value } });
    };

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(/** @type {import('estree').Node} */ (node.arguments[0]));
      },
      // TypeScript's own forms: `import x = require('…')` and `typeof import('…')`.
      /** @param {any} node */
      TSExternalModuleReference: (node) => check(node.expression),
      /** @param {any} node */
      // typescript-eslint 8 names the module `source`; reading its older `argument` only warns.
      TSImportType: (node) => check(node.source ?? node.argument?.literal),
    };
  },
};

export default { rules: { layers: layersRule } };
