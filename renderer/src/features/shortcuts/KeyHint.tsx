import { keyLabel, keysOf, type CommandId } from './keymap';

/** The key of `command` as a <kbd>, next to the button that does the same. */
export function KeyHint({ command }: { command: CommandId }) {
  const [first] = keysOf(command);
  return first ? <kbd className="key-hint">{keyLabel(first)}</kbd> : null;
}
