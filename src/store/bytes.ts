/** The drivers bind and return Buffers; the port speaks Uint8Array. Neither direction copies. */
export function asBuffer(body: Uint8Array): Buffer {
  return Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

/** A plain Uint8Array view, so that callers comparing bytes never meet Buffer's own equality. */
export function asBytes(body: Buffer): Uint8Array {
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}
