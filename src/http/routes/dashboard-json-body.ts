import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { FastifyRequest } from 'fastify';
import { TamgaError } from '../../core/tamga-error.js';

/**
 * The app takes every body as bytes (decoders want them raw), so JSON routes parse and check
 * theirs here: a bad body is a 400 with the first problem's path.
 */
export function jsonBody<S extends TSchema>(request: FastifyRequest, schema: S): Static<S> {
  const raw = request.body;
  let value: unknown;
  try {
    value = JSON.parse(raw instanceof Buffer ? raw.toString('utf8') : typeof raw === 'string' ? raw : '');
  } catch {
    throw new TamgaError('malformed-input', 'The body must be JSON.');
  }
  const problem = Value.Errors(schema, value).First();
  if (problem) throw new TamgaError('malformed-input', `body${problem.path} ${problem.message}`);
  return value;
}
