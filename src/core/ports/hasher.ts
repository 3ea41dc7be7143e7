/** SHA-256 as lowercase hex; the core declares it so that it needs no `node:crypto`. */
export type Sha256 = (data: string | Uint8Array) => string;
