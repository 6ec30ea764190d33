// pdfjs-dist ships no types for its worker module; pdf-parser-thread.ts only connects it to a port.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}
