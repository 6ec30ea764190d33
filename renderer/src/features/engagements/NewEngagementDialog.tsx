import { useTranslation } from 'react-i18next';
import { Modal } from '../../app/Modal';
import { closeDialog } from '../../state/ui';
import { EngagementForm } from './EngagementForm';

export function NewEngagementDialog() {
  const { t } = useTranslation();
  return (
    <Modal title={t('engagement.newTitle')} onClose={closeDialog}>
      <p className="muted">{t('engagement.newBody')}</p>
      <EngagementForm onCreated={closeDialog} />
    </Modal>
  );
}
