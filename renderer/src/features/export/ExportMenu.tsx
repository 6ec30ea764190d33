import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { runCommand } from '../../app/commands';
import { useWorkspace } from '../../state/workspace';
import { ARCHIVE_INPUT_ID, importArchive } from '../archive/archive';
import type { CommandId } from '../shortcuts/keymap';
import { KeyHint } from '../shortcuts/KeyHint';

const EXPORTS: readonly CommandId[] = ['trail.export', 'summary.export', 'archive.export'];

/** Exports and the archive import, in one menu button; each also has its key and a File menu item. */
export function ExportMenu() {
  const engagement = useWorkspace((state) => state.engagement);
  const menu = useRef<HTMLDetailsElement>(null);
  const { t } = useTranslation();
  const run = (command: CommandId) => {
    if (menu.current) menu.current.open = false;
    runCommand(command);
  };
  return (
    <details className="menu-button" ref={menu}>
      <summary className="button">{t('export.menu')}</summary>
      <div className="menu-items" role="menu">
        {EXPORTS.map((command) => (
          <button key={command} type="button" role="menuitem" disabled={!engagement} onClick={() => run(command)}>
            {t(`command.${command}`)} <KeyHint command={command} />
          </button>
        ))}
        <label className="menu-item" role="menuitem">
          {t('export.importArchive', { label: t('command.archive.import') })}
          <input
            id={ARCHIVE_INPUT_ID}
            type="file"
            accept=".tickmark"
            className="visually-hidden"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (menu.current) menu.current.open = false;
              if (file) void importArchive(file);
            }}
          />
        </label>
      </div>
    </details>
  );
}
