import type { UnloadingObservation } from '../../core/model/transit-movement.js';
import type { XmlElement } from '../wco-xml/xml-element.js';
import { readEquipment, readItem } from './ncts-consignment.js';
import type { NctsContext } from './ncts-context.js';
import { compact } from './ncts-parties.js';

/**
 * CC044C: the unloading remark (conform, complete, seals intact, remark text) and the consignment
 * as found, whose masses, packages and seals are the discrepancies against the declared data.
 */
export function readUnloading(
  ctx: NctsContext,
  root: XmlElement,
): { observation: UnloadingObservation; date?: string } {
  const remark = ctx.required(root, 'UnloadingRemark', 'unloading remark');
  const consignment = ctx.child(root, 'Consignment');
  const items = ctx
    .all(consignment, 'HouseConsignment')
    .flatMap((house) => ctx.all(house, 'ConsignmentItem'))
    .map((element) => {
      const item = readItem(ctx, element);
      const packages = item.packages.reduce((sum, pack) => sum + (pack.quantity ?? 0), 0);
      return compact({
        declarationGoodsItemNumber: item.declarationGoodsItemNumber,
        grossMassKg: item.grossMassKg,
        netMassKg: item.netMassKg,
        packages: item.packages.length > 0 ? packages : undefined,
      });
    });
  const equipment = consignment === undefined ? [] : readEquipment(ctx, consignment);
  const observation = compact({
    conform: ctx.flag(remark, 'conform'),
    complete: ctx.flag(remark, 'unloadingCompletion'),
    sealsIntact: ctx.flag(remark, 'stateOfSeals'),
    remark: ctx.text(remark, 'unloadingRemark'),
    equipment: equipment.length > 0 ? equipment : undefined,
    grossMassKg: ctx.decimalValue(consignment, 'grossMass', true),
    items: items.length > 0 ? items : undefined,
  });
  const date = ctx.isoDate(remark, 'unloadingDate');
  return date === undefined ? { observation } : { observation, date };
}
