import { createHash } from 'node:crypto';
import type { Sha256 } from '../core/ports/hasher.js';

export const nodeSha256: Sha256 = (data) => createHash('sha256').update(data).digest('hex');
