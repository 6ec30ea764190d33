/**
 * Every keyboard shortcut, in one table: what the keys are, which command they run and how the UI
 * labels them. Buttons show their key from here and the `?` overlay lists this table, so a key
 * cannot work without being shown or be shown without working.
 */

export const COMMAND_LABELS = {
  'figure.next': 'Next figure',
  'figure.previous': 'Previous figure',
  'verdict.confirm': 'Confirm',
  'verdict.dispute': 'Dispute (needs a note)',
  'verdict.reopen': 'Reopen',
  'verdict.dismiss': 'Not a figure (needs a reason)',
  'note.focus': 'Write a note',
  'figure.correct': 'Correct the value',
  'figure.add': 'Add the selected text as a figure',
  'review.sign_off': 'Sign off the decision (reviewer)',
  'review.send_back': 'Send back to the preparer (needs a note)',
  'review.sign_off_document': "Sign off every decision of this figure's report",
  'review.send_back_document': "Send back every decision of this figure's report (needs a note)",
  'reports.import': 'Import reports',
  'trail.export': 'Export the audit trail to CSV, sealed',
  'summary.export': 'Export the figures summary to CSV',
  'archive.export': 'Export the whole engagement as an archive',
  'archive.import': 'Import an engagement archive',
  'trail.show': 'Show the audit trail',
  'help.toggle': 'Show or hide these shortcuts',
  'form.submit': 'Save what you are writing',
  'form.cancel': 'Cancel, or leave the field',
} as const;

export type CommandId = keyof typeof COMMAND_LABELS;

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
  { command: 'verdict.confirm', keys: ['c'] },
  { command: 'verdict.dispute', keys: ['d'] },
  { command: 'verdict.reopen', keys: ['r'] },
  { command: 'note.focus', keys: ['n'] },
  { command: 'verdict.dismiss', keys: ['x'] },
  { command: 'figure.correct', keys: ['e'] },
  { command: 'figure.add', keys: ['a'] },
  { command: 'review.sign_off', keys: ['s'] },
  { command: 'review.send_back', keys: ['b'] },
  { command: 'review.sign_off_document', keys: ['Shift+S'] },
  { command: 'review.send_back_document', keys: ['Shift+B'] },
  { command: 'reports.import', keys: ['Ctrl+O'] },
  { command: 'trail.export', keys: ['Ctrl+E'] },
  { command: 'summary.export', keys: ['Ctrl+Shift+E'] },
  { command: 'archive.export', keys: ['Ctrl+Shift+S'] },
  { command: 'trail.show', keys: ['t'] },
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
  /** Only letters have a Shift chord: `?` is Shift+/ on most layouts and must not need it written. */
  shift: boolean;
}

function parseChord(keys: string): Chord {
  const ctrl = keys.startsWith('Ctrl+');
  const rest = ctrl ? keys.slice('Ctrl+'.length) : keys;
  const shift = rest.startsWith('Shift+');
  const key = shift ? rest.slice('Shift+'.length) : rest;
  return { key: key.length === 1 ? key.toLowerCase() : key, ctrl, shift };
}

const CHORDS = KEYMAP.flatMap((binding) => binding.keys.map((keys) => ({ binding, chord: parseChord(keys) })));

/** The command `press` runs, or null. While typing, only bindings marked `whileTyping` apply. */
export function resolveKey(press: KeyPress, typing: boolean): CommandId | null {
  if (press.altKey) return null;
  const ctrl = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  // A capital letter (Shift held) is not the lower-case shortcut; `?` needs Shift on most layouts.
  const shift = Boolean(press.shiftKey) && /^[a-z]$/.test(key);
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
