/**
 * Features the model is trained on by default, chosen on train (2020) → valid (2021 Q1) of the
 * Korean data set (docs/risk-model.md has the ablation): the integer codes of the declaration's
 * categorical fields, its amounts and unit value, and three flags. Trader histories, trader
 * codes and label rates are still computed (rules and explanations use them, and
 * `RiskModelParams.features` can add them), but they lowered precision out of time on that data:
 * their distribution drifts between the training year and later periods.
 */
export const DEFAULT_MODEL_FEATURES: readonly string[] = [
  'code_office',
  'code_processType',
  'code_importType',
  'code_importUse',
  'code_paymentType',
  'code_transportMode',
  'code_carrierId',
  'code_hs6',
  'code_hs4',
  'code_chapter',
  'code_departureCountry',
  'code_originCountry',
  'code_taxType',
  'code_originIndicator',
  'tax_rate',
  'net_mass',
  'value',
  'unit_value',
  'departure_differs_origin',
  'seller_missing',
  'carrier_present',
];
