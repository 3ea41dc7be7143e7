import { fileURLToPath } from 'node:url';
import { currentAgreements, type Agreement } from '../core/exchange/agreement.js';
import { projectDeclaration } from '../core/exchange/project-declaration.js';
import type { Declaration } from '../core/model/declaration-schema.js';
import { readAgreementFiles } from '../exchange/admin/import-agreements.js';

/** Where agreements come from: the exchange store (`AgreementStore` fits) or the bundled files. */
export interface AgreementSource {
  agreements(): Promise<Agreement[]>;
}

export interface AgreementProjection {
  agreement: { id: string; version: number; title: string; purpose: string; legalBasis: string };
  declaration: Record<string, unknown>;
}

/** The bundled default agreements (config/agreements), for deployments whose exchange store holds none yet. */
export const DEFAULT_AGREEMENTS_FOLDER = fileURLToPath(new URL('../../config/agreements/', import.meta.url));

export function fileAgreementSource(folder = DEFAULT_AGREEMENTS_FOLDER): AgreementSource {
  const agreements = readAgreementFiles([folder]).flatMap((result) =>
    result.status === 'invalid' ? [] : [result.agreement],
  );
  return { agreements: () => Promise.resolve(agreements) };
}

/** The outbound agreements in force for a member: what the hub may send it. */
export async function memberAgreements(source: AgreementSource, memberId: string, now: Date): Promise<Agreement[]> {
  return currentAgreements(await source.agreements(), now).filter(
    (agreement) => agreement.memberId === memberId && agreement.direction !== 'inbound',
  );
}

/**
 * A declaration as an agency user may see it: one projection per agreement that covers it,
 * through the exchange's own projection (deny by default). Empty when none covers it.
 */
export function projectForAgency(declaration: Declaration, agreements: readonly Agreement[]): AgreementProjection[] {
  return agreements.flatMap((agreement) => {
    const projected = projectDeclaration(declaration, agreement);
    if (!projected) return [];
    const { id, version, title, purpose, legalBasis } = agreement;
    return [{ agreement: { id, version, title, purpose, legalBasis }, declaration: projected }];
  });
}
