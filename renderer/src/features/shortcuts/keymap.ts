/**
 * Every keyboard shortcut, in one table: what the keys are and which command they run (the UI
 * names each command from the locale catalogues, `command.<id>`). Buttons show their key from here
 * and the `?` overlay lists this table, so a key cannot work without being shown or be shown
 * without working.
 */

export const COMMAND_IDS = [
  'figure.next',
  'figure.previous',
  'selection.extendDown',
  'selection.extendUp',
  'selection.all',
  'verdict.confirm',
  'verdict.dispute',
  'verdict.reopen',
  'verdict.dismiss',
  'decision.undo',
  'note.focus',
  'figure.correct',
  'figure.add',
  'evidence.link',
  'review.sign_off',
  'review.send_back',
  'review.sign_off_document',
  'review.send_back_document',
  'engagement.new',
  'reports.import',
  'evidence.import',
  'trail.export',
  'summary.export',
  'archive.export',
  'archive.import',
  'trail.show',
  'find.open',
  'overview.show',
  'help.toggle',
  'form.submit',
  'form.cancel',
] as const;

/** What each command is called: `command.<id>` in the locale catalogues. */
export type CommandId = (typeof COMMAND_IDS)[number];

export interface KeyBinding {
  command: CommandId;
  /** `j`, `ArrowDown`, `Ctrl+E`, `Shift+S`, `?`: Ctrl also matches ⌘ on a Mac. */
  keys: readonly string[];
  /** Whether the keys work while the auditor types in a field; only leaving and submitting do. */
  whileTyping?: boolean;
}

export const KEYMAP: readonly KeyBinding[] = [
  { command: 'figure.next', keys: ['j', 'ArrowDown'] },
  { command: 'figure.previous', keys: ['k', 'ArrowUp'] },
  { command: 'selection.extendDown', keys: ['Shift+J', 'Shift+ArrowDown'] },
  { command: 'selection.extendUp', keys: ['Shift+K', 'Shift+ArrowUp'] },
  { command: 'selection.all', keys: ['*', 'Ctrl+A'] },
  { command: 'verdict.confirm', keys: ['c'] },
  { command: 'verdict.dispute', keys: ['d'] },
  { command: 'verdict.reopen', keys: ['r'] },
  { command: 'note.focus', keys: ['n'] },
  { command: 'verdict.dismiss', keys: ['x'] },
  { command: 'decision.undo', keys: ['u', 'Ctrl+Z'] },
  { command: 'figure.correct', keys: ['e'] },
  { command: 'figure.add', keys: ['a'] },
  { command: 'evidence.link', keys: ['l'] },
  { command: 'review.sign_off', keys: ['s'] },
  { command: 'review.send_back', keys: ['b'] },
  { command: 'review.sign_off_document', keys: ['Shift+S'] },
  { command: 'review.send_back_document', keys: ['Shift+B'] },
  { command: 'engagement.new', keys: ['Ctrl+N'] },
  { command: 'reports.import', keys: ['Ctrl+O'] },
  { command: 'trail.export', keys: ['Ctrl+E'] },
  { command: 'summary.export', keys: ['Ctrl+Shift+E'] },
  { command: 'archive.export', keys: ['Ctrl+Shift+S'] },
  { command: 'trail.show', keys: ['t'] },
  { command: 'find.open', keys: ['/', 'Ctrl+F'] },
  { command: 'overview.show', keys: ['o'] },
  { command: 'help.toggle', keys: ['?'] },
  { command: 'form.submit', keys: ['Ctrl+Enter'], whileTyping: true },
  { command: 'form.cancel', keys: ['Escape'], whileTyping: true },
];

/** The parts of a KeyboardEvent a shortcut depends on. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

interface Chord {
  key: string;
  ctrl: boolean;
  /** Only letters and arrows have a Shift chord: `?` is Shift+/ on most layouts and must not need it written. */
  shift: boolean;
}

function parseChord(keys: string): Chord {
  const ctrl = keys.startsWith('Ctrl+');
  const rest = ctrl ? keys.slice('Ctrl+'.length) : keys;
  const shift = rest.startsWith('Shift+');
  const key = shift ? rest.slice('Shift+'.length) : rest;
  return { key: key.length === 1 ? key.toLowerCase() : key, ctrl, shift };
}

/** The keys whose Shift chord is a shortcut of its own: letters, and arrows (Shift+↓ extends the selection). */
const SHIFT_CHORD_KEYS = /^([a-z]|Arrow(Up|Down))$/;

const CHORDS = KEYMAP.flatMap((binding) => binding.keys.map((keys) => ({ binding, chord: parseChord(keys) })));

/** The command `press` runs, or null. While typing, only bindings marked `whileTyping` apply. */
export function resolveKey(press: KeyPress, typing: boolean): CommandId | null {
  if (press.altKey) return null;
  const ctrl = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  // A capital letter (Shift held) is not the lower-case shortcut; `?` and `*` need Shift on most layouts.
  const shift = Boolean(press.shiftKey) && SHIFT_CHORD_KEYS.test(key);
  const match = CHORDS.find(({ chord }) => chord.key === key && chord.ctrl === ctrl && chord.shift === shift);
  if (!match || (typing && !match.binding.whileTyping)) return null;
  return match.binding.command;
}

const KEY_NAMES: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc', Enter: 'Enter' };

/** How a key combination is printed in a <kbd>: `J`, `↓`, `Ctrl+E`, `Shift+S`. */
export function keyLabel(keys: string): string {
  const { key, ctrl, shift } = parseChord(keys);
  const name = KEY_NAMES[key] ?? key.toUpperCase();
  return `${ctrl ? 'Ctrl+' : ''}${shift ? 'Shift+' : ''}${name}`;
}

/** The keys of `command`, for the hint next to its button. */
export function keysOf(command: CommandId): readonly string[] {
  return KEYMAP.find((binding) => binding.command === command)?.keys ?? [];
}

/** Whether keys typed at `target` are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(target.type);
}
