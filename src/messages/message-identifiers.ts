import type { CargoReport } from '../core/model/cargo-report.js';
import { entrySummaryReferences } from '../core/model/entry-summary.js';
import type { TransitConsignment, TransitDocument, TransitMessage } from '../core/model/transit-movement.js';
import type { MessageIdentifiers } from '../core/ports/message-store.js';
import { manifestLines } from '../core/verification/manifest/manifest-line.js';
import type { DecodedMessage } from '../formats/decode-event.js';

const unique = (values: readonly (string | undefined)[]) => [
  ...new Set(values.map((value) => value?.trim()).filter((value): value is string => !!value)),
];

function identifiers(
  ids: { mrn?: string | undefined; lrn?: string | undefined },
  documents: readonly (string | undefined)[],
  containers: readonly (string | undefined)[],
): MessageIdentifiers {
  const out: MessageIdentifiers = { documents: unique(documents), containers: unique(containers) };
  const mrn = ids.mrn?.trim();
  const lrn = ids.lrn?.trim();
  if (mrn) out.mrn = mrn;
  if (lrn) out.lrn = lrn;
  return out;
}

function consignmentDocuments(consignment: TransitConsignment | undefined): string[] {
  if (!consignment) return [];
  const refs = (documents: readonly TransitDocument[] | undefined) =>
    (documents ?? []).map((document) => document.referenceNumber);
  return [
    consignment.ucr,
    ...refs(consignment.transportDocuments),
    ...refs(consignment.previousDocuments),
    ...consignment.houseConsignments.flatMap((house) => [
      house.ucr,
      ...refs(house.transportDocuments),
      ...refs(house.previousDocuments),
      ...house.items.flatMap((item) => [item.ucr, ...refs(item.transportDocuments), ...refs(item.previousDocuments)]),
    ]),
  ].filter((value): value is string => value !== undefined);
}

function transitIdentifiers(message: TransitMessage): MessageIdentifiers {
  const consignment = message.movement?.consignment ?? message.consignment;
  return identifiers(
    { mrn: message.mrn ?? message.movement?.mrn, lrn: message.lrn ?? message.movement?.lrn },
    consignmentDocuments(consignment),
    (consignment?.equipment ?? []).map((equipment) => equipment.containerId),
  );
}

/** The manifest check's own reading of a consignment's references (FTX TRA included), so that both agree. */
function cargoIdentifiers(report: CargoReport): MessageIdentifiers {
  const lines = manifestLines(report);
  return identifiers(
    {},
    [report.documentNumber, ...lines.flatMap((line) => line.references)],
    [...report.equipment.map((equipment) => equipment.id), ...lines.flatMap((line) => line.containers)],
  );
}

/** The identifiers a decoded message carries, by which it is stored, found and linked. */
export function messageIdentifiers(decoded: DecodedMessage): MessageIdentifiers {
  switch (decoded.messageType) {
    case 'notification':
      return identifiers(decoded.message.declaration, [], []);
    case 'ens': {
      const refs = entrySummaryReferences(decoded.message);
      return identifiers(refs, refs.transportDocuments, refs.containers);
    }
    case 'ens-response':
      return identifiers({}, [], []);
    case 'transit':
      return transitIdentifiers(decoded.message);
    case 'cargo-report':
      return cargoIdentifiers(decoded.message);
  }
}

/** When the sender says it issued the message. */
export function messageIssuedAt(decoded: DecodedMessage): string | undefined {
  switch (decoded.messageType) {
    case 'notification':
      return decoded.message.issuedAt;
    case 'ens':
      return decoded.message.header.preparedAt ?? decoded.message.declaredAt;
    case 'ens-response':
      return undefined;
    case 'transit':
      return decoded.message.preparedAt;
    case 'cargo-report':
      return decoded.message.issueDate;
  }
}
