import { useEffect } from 'react';
import { DIALOG_COMMANDS, runCommand } from '../../app/commands';
import { useUi } from '../../state/ui';
import { useWorkspace } from '../../state/workspace';
import { isTypingTarget, resolveKey } from './keymap';

/** Route the window's key presses through the keymap. Mounted once, by the app shell. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = resolveKey(event, isTypingTarget(event.target));
      if (!command) return;
      // A dialog (or the first-run question, which cannot be dismissed) takes the keys for itself.
      const modal = useUi.getState().dialog !== null || useWorkspace.getState().userName === null;
      if (modal && !DIALOG_COMMANDS.includes(command)) return;
      event.preventDefault();
      runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
