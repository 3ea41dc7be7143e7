import { MapContext } from '../wco-xml/map-context.js';
import type { XmlElement } from '../wco-xml/xml-element.js';
import type { EnsSubmissionResponse } from './ens-response.js';

/** `SuccessResponse` (correlation id) or `ErrorResponse` (errors with number, type, text, location). */
export function readEnsResponse(root: XmlElement): EnsSubmissionResponse {
  const ctx = new MapContext();
  root.used = true;
  if (root.name === 'SuccessResponse') {
    const correlationId = ctx.text(ctx.child(root, 'ResponseData'), 'CorrelationId');
    return correlationId === undefined
      ? { outcome: 'accepted', errors: [] }
      : { outcome: 'accepted', correlationId, errors: [] };
  }
  const errors = ctx.all(root, 'Error').map((error) => {
    const entry: EnsSubmissionResponse['errors'][number] = {};
    const fields = {
      raisedBy: 'RaisedBy',
      number: 'Number',
      type: 'Type',
      text: 'Text',
      location: 'Location',
    } as const;
    for (const [key, name] of Object.entries(fields) as [keyof typeof fields, string][]) {
      const value = ctx.text(error, name);
      if (value !== undefined) entry[key] = value;
    }
    return entry;
  });
  return { outcome: 'rejected', errors };
}
