import type { CompiledDirectory } from './directory-types.js';

/** The bundled JSON file of each part of the compiled directory (next to this module). */
export const DIRECTORY_FILES: Record<keyof CompiledDirectory, string> = {
  segments: 'segments-d96b.json',
  codes: 'codes-d96b.json',
  serviceCodes: 'service-codes-v3.json',
  messages: 'messages.json',
};
