import { useTranslation } from 'react-i18next';
import { CloseFooter, Modal } from '../../app/Modal';
import { closeDialog } from '../../state/ui';
import { KEYMAP, keyLabel } from './keymap';

export function ShortcutHelp() {
  const { t } = useTranslation();
  return (
    <Modal title={t('shortcuts.title')} onClose={closeDialog}>
      <p className="muted">{t('shortcuts.typingHint')}</p>
      <table className="shortcut-table">
        <tbody>
          {KEYMAP.map((binding) => (
            <tr key={binding.command}>
              <td>
                {binding.keys.map((keys) => (
                  <kbd key={keys}>{keyLabel(keys)}</kbd>
                ))}
              </td>
              <td>{t(`command.${binding.command}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CloseFooter onClose={closeDialog} />
    </Modal>
  );
}
