import type { Declaration } from '../core/model/declaration-schema.js';
import { enrichImport } from './enrich-imports.js';
import { emptyGroundTruth, type GroundTruth } from './ground-truth.js';
import { reclassify } from './reclassify.js';
import { partnerDataOptions, type DistortionRates, type PartnerDataOptions } from './partner-data-options.js';
import { partnerExport, voyageDays, type ExportPlan } from './partner-export.js';
import { SeededRandom } from './seeded-random.js';

export interface GeneratedPartnerData {
  /** Our imports, enriched with names and references; those turned "undeclared" are left out. */
  imports: Declaration[];
  /** Partner export declarations (type EX), in the partner's currency. */
  partnerExports: Declaration[];
  truth: GroundTruth;
  options: PartnerDataOptions;
}

export type GeneratorOverrides = Partial<Omit<PartnerDataOptions, 'rates'>> & { rates?: Partial<DistortionRates> };

function plan(
  ours: Declaration,
  index: number,
  context: { options: PartnerDataOptions; random: SeededRandom; truth: GroundTruth },
): ExportPlan {
  const { options, random, truth } = context;
  const { rates } = options;
  const importId = ours.functionalReferenceId ?? String(index);
  // Derived from our declaration's id, so that ids stay unique across replicated sets.
  const id = `EX-${ours.consignment.exportCountryCode ?? 'ZZ'}-${importId}`;
  let valueFactor = 1;
  if (random.chance(rates.underValuation)) {
    valueFactor = random.uniform(rates.underValuationFactor[0], rates.underValuationFactor[1]);
    truth.underValued.set(importId, valueFactor);
  }
  const hs6 = ours.goodsItems[0]?.classifications[0]?.id ?? '';
  let partnerHs = hs6;
  const draw = random.next();
  if (draw < rates.misclassification4) partnerHs = reclassify(hs6, '4', random);
  else if (draw < rates.misclassification4 + rates.misclassification6) partnerHs = reclassify(hs6, '6', random);
  if (partnerHs !== hs6) truth.misclassified.set(importId, partnerHs.slice(0, 4) === hs6.slice(0, 4) ? '6' : '4');
  let lagDays = voyageDays(ours, random);
  if (random.chance(rates.shiftedDates)) {
    const shift = random.int(rates.shiftDays[0], rates.shiftDays[1]) * (random.chance(0.5) ? 1 : -1);
    lagDays += shift;
    truth.shiftedDays.set(importId, shift);
  }
  const keepReferences = !random.chance(rates.missingReferences);
  if (!keepReferences) truth.referencesRemoved.add(id);
  return { id, valueFactor, hs6: partnerHs, lagDays, keepReferences };
}

/**
 * Derives partner export declarations from our imports with known, seeded distortions
 * (under-valuation, misclassification, missing shipments on either side, shifted dates,
 * missing references, mass noise), and keeps the ground truth for evaluation.
 */
export function generatePartnerData(
  ourImports: readonly Declaration[],
  overrides: GeneratorOverrides = {},
): GeneratedPartnerData {
  const options = partnerDataOptions(overrides);
  const random = new SeededRandom(options.seed);
  const truth = emptyGroundTruth();
  const imports: Declaration[] = [];
  const partnerExports: Declaration[] = [];
  ourImports.forEach((original, index) => {
    const ours = enrichImport(original, options.seed);
    const importId = ours.functionalReferenceId ?? String(index);
    if (random.chance(options.rates.missingExport)) {
      truth.importsWithoutExport.add(importId);
      imports.push(ours);
      return;
    }
    const exportPlan = plan(ours, index, { options, random, truth });
    partnerExports.push(partnerExport(ours, exportPlan, { options, random }));
    if (random.chance(options.rates.missingImport)) {
      truth.exportsWithoutImport.add(exportPlan.id);
      truth.underValued.delete(importId);
      truth.misclassified.delete(importId);
      truth.shiftedDays.delete(importId);
      return;
    }
    truth.pairs.set(exportPlan.id, importId);
    imports.push(ours);
  });
  return { imports, partnerExports, truth, options };
}
