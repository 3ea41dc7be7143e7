import { readFile, writeFile } from 'node:fs/promises';
import type { ModelArtifact } from '../core/risk/model/model-artifact.js';

export type ModelArtifactProblemCode = 'not-found' | 'not-json' | 'not-a-model' | 'unsupported-version';

export type ModelArtifactRead =
  { status: 'ok'; artifact: ModelArtifact } | { status: 'problem'; code: ModelArtifactProblemCode; message: string };

/** Writes a model artifact as JSON (one document; the store can keep the same text). */
export async function writeModelArtifact(path: string, artifact: ModelArtifact): Promise<void> {
  await writeFile(path, JSON.stringify(artifact));
}

/** Reads a model artifact, checking that it is one and that this version of Tamga reads it. */
export async function readModelArtifact(path: string): Promise<ModelArtifactRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { status: 'problem', code: 'not-found', message: `${path}: no such file` };
  }
  return parseModelArtifact(text, path);
}

export function parseModelArtifact(text: string, source = 'model'): ModelArtifactRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { status: 'problem', code: 'not-json', message: `${source}: not JSON (${(error as Error).message})` };
  }
  const candidate = json as Partial<ModelArtifact> | null;
  if (candidate?.format !== 'tamga-risk-model' || candidate.gbdt?.format !== 'tamga-gbdt')
    return {
      status: 'problem',
      code: 'not-a-model',
      message: `${source}: not a Tamga risk model (format "tamga-risk-model")`,
    };
  if (candidate.schemaVersion !== 1 || candidate.gbdt.version !== 1)
    return {
      status: 'problem',
      code: 'unsupported-version',
      message: `${source}: model schema ${String(candidate.schemaVersion)} is not supported (this Tamga reads 1)`,
    };
  return { status: 'ok', artifact: candidate as ModelArtifact };
}
