import { CloseFooter, Modal } from '../../app/Modal';
import { closeDialog } from '../../state/ui';
import { COMMAND_LABELS, KEYMAP, keyLabel } from './keymap';

export function ShortcutHelp() {
  return (
    <Modal title="Keyboard shortcuts" onClose={closeDialog}>
      <p className="muted">Letters do nothing while you type in a field: press Esc to leave it.</p>
      <table className="shortcut-table">
        <tbody>
          {KEYMAP.map((binding) => (
            <tr key={binding.command}>
              <td>
                {binding.keys.map((keys) => (
                  <kbd key={keys}>{keyLabel(keys)}</kbd>
                ))}
              </td>
              <td>{COMMAND_LABELS[binding.command]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CloseFooter onClose={closeDialog} />
    </Modal>
  );
}
