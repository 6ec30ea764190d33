import { Modal } from '../../app/Modal';
import { closeDialog } from '../../state/ui';
import { EngagementForm } from './EngagementForm';

export function NewEngagementDialog() {
  return (
    <Modal title="New engagement" onClose={closeDialog}>
      <p className="muted">An engagement holds the reports of one audit and its own audit trail.</p>
      <EngagementForm onCreated={closeDialog} />
    </Modal>
  );
}
