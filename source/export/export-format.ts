/** The formats `export` writes. */
export const exportFormats = ['text', 'markdown', 'json'] as const;
export type ExportFormat = typeof exportFormats[number];
