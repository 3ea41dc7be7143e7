import { Type } from '@sinclair/typebox';

/** The WCO annotation every canonical field carries, and the helpers that attach it. */
export interface WcoAnnotation {
  /** WCO element ID (e.g. `145`) or class ID (e.g. `68A`). */
  wcoId: string;
  /** Path in the WCO DEC-DMS element tree. */
  xpath: string;
  /** Human name used in plain-language findings ("commodity code"). */
  label: string;
}

export function wco(annotation: WcoAnnotation): Record<string, string> {
  return {
    'x-wco-id': annotation.wcoId,
    'x-wco-xpath': annotation.xpath,
    'x-label': annotation.label,
    description: `${annotation.label} (WCO ${annotation.wcoId})`,
  };
}

export const text = (annotation: WcoAnnotation, maxLength = 512) =>
  Type.Optional(Type.String({ maxLength, ...wco(annotation) }));
export const code = (annotation: WcoAnnotation, maxLength = 35) =>
  Type.Optional(Type.String({ maxLength, ...wco(annotation) }));
export const num = (annotation: WcoAnnotation) => Type.Optional(Type.Number(wco(annotation)));

export const D = 'Declaration';
export const GS = `${D}/GoodsShipment`;
export const CONS = `${GS}/Consignment`;
export const GI = `${GS}/GovernmentAgencyGoodsItem`;
