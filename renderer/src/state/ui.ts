import { create } from 'zustand';

/** The one modal dialog open over the workspace, if any. */
export type DialogName = 'help' | 'trail' | 'add-figure' | 'new-engagement' | 'user-name' | 'role' | 'storage' | 'find' | 'overview';

export const useUi = create<{ dialog: DialogName | null }>(() => ({ dialog: null }));

export const openDialog = (dialog: DialogName) => useUi.setState({ dialog });
export const closeDialog = () => useUi.setState({ dialog: null });
