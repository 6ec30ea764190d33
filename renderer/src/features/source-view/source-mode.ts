import { create } from 'zustand';

/** How a PDF is shown: its rendered page, or its extracted text (where a missed figure can be selected and added). */
export type SourceMode = 'page' | 'text';

/** The auditor's choice holds for every PDF until changed; other formats always show text. */
export const useSourceMode = create<{ mode: SourceMode }>(() => ({ mode: 'page' }));

export const setSourceMode = (mode: SourceMode) => useSourceMode.setState({ mode });
