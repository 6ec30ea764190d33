import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyHint } from '../features/shortcuts/KeyHint';

/** A modal <dialog>: focus stays inside it, Esc closes it, the page behind is inert. */
export function Modal({ title, onClose, children, wide = false }: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal-wide' : 'modal'}
      aria-labelledby="modal-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="modal-title">{title}</h2>
      {children}
    </dialog>
  );
}

/** The footer of a dialog that only shows something: one Close button, Esc as its key. */
export function CloseFooter({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onClose}>
        {t('common.close')} <KeyHint command="form.cancel" />
      </button>
    </div>
  );
}
