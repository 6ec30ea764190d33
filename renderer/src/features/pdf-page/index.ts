/** The PDF source view: see PdfPageView.tsx for the component, pdf-document.ts for the cache. */
export { PdfPageView } from './PdfPageView';
export type { PdfPageViewProps, ZoomSetting } from './PdfPageView';
export { MAX_OPEN_DOCUMENTS, openDocument, preparePage, releaseDocumentsExcept, DOCUMENT_LOAD_MEASURE, PAGE_PREPARE_MEASURE } from './pdf-document';
export { PAGE_RENDER_MEASURE, TEXT_LAYER_MEASURE } from './render-page';
