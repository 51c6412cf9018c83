// What only an import needs (strict file schemas, French zod messages, the preview): the store
// loads it on the first `previewImport`, so pages that never import keep it out of their chunks.
export { parseExportFile } from './export-format';
export { buildImportPreview } from './import-preview';
