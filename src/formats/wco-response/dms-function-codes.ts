/**
 * HMRC CDS notification function codes (`Response/FunctionCode`) with their DMS names and what
 * they mean for the filer. 11 is one name for two outcomes (customs position granted or denied);
 * 14, 15 and 50 are named as CDS names them, without a more precise public meaning.
 */
export const DMS_FUNCTION_CODES: Readonly<Record<string, { name: string; meaning: string }>> = {
  '01': { name: 'DMSACC', meaning: 'accepted' },
  '02': { name: 'DMSRCV', meaning: 'received' },
  '03': { name: 'DMSREJ', meaning: 'rejected' },
  '05': { name: 'DMSCTL', meaning: 'goods selected for control' },
  '06': { name: 'DMSDOC', meaning: 'documents required' },
  '07': { name: 'DMSRES', meaning: 'control result: declaration amended by customs' },
  '08': { name: 'DMSROG', meaning: 'goods released' },
  '09': { name: 'DMSCLE', meaning: 'cleared' },
  '10': { name: 'DMSINV', meaning: 'invalidated (cancelled)' },
  '11': { name: 'DMSREQ', meaning: 'customs position on a request' },
  '13': { name: 'DMSTAX', meaning: 'tax calculation' },
  '14': { name: 'DMSCPI', meaning: 'customs position' },
  '15': { name: 'DMSCPR', meaning: 'customs position' },
  '16': { name: 'DMSEOG', meaning: 'goods have exited' },
  '17': { name: 'DMSEXT', meaning: 'declaration handled externally' },
  '18': { name: 'DMSGER', meaning: 'awaiting exit results' },
  '50': { name: 'DMSALV', meaning: 'notification DMSALV' },
  '51': { name: 'DMSQRY', meaning: 'query from customs' },
};

/** `01` for `DMSACC`; `undefined` for an unknown name. */
export function dmsFunctionCode(name: string): string | undefined {
  return Object.entries(DMS_FUNCTION_CODES).find(([, entry]) => entry.name === name)?.[0];
}

/** The entry of a function code, tolerating `1` for `01`. */
export function dmsFunction(code: string): { name: string; meaning: string } | undefined {
  return DMS_FUNCTION_CODES[code.length === 1 ? `0${code}` : code];
}
