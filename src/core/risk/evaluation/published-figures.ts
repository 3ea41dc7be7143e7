/**
 * Figures published for the Korean customs data set, shown next to measured ones (never
 * computed here). Paper: Jeong et al. 2022, "Customs Import Declaration Datasets", arXiv
 * 2208.02484, Table 3 (precision at 5% and 10% on its test split, synthetic data, mean of 5
 * runs). Issue 3: XGBoost 1.7 and scikit-learn measured on train 2020 → valid 2021 Q1.
 */
export const PUBLISHED_FIGURES: Record<string, { source: string; metrics: Record<string, number> }> = {
  paper_logistic_regression: { source: 'paper Table 3', metrics: { precision_at_5: 0.258, precision_at_10: 0.248 } },
  paper_adaboost: { source: 'paper Table 3', metrics: { precision_at_5: 0.341, precision_at_10: 0.313 } },
  paper_decision_tree: { source: 'paper Table 3', metrics: { precision_at_5: 0.346, precision_at_10: 0.314 } },
  paper_random_forest: { source: 'paper Table 3', metrics: { precision_at_5: 0.364, precision_at_10: 0.339 } },
  paper_catboost: { source: 'paper Table 3', metrics: { precision_at_5: 0.621, precision_at_10: 0.52 } },
  paper_xgboost: { source: 'paper Table 3', metrics: { precision_at_5: 0.675, precision_at_10: 0.579 } },
  paper_lightgbm: { source: 'paper Table 3', metrics: { precision_at_5: 0.762, precision_at_10: 0.641 } },
  issue_xgboost_1_7: {
    source: 'issue 3, train 2020 → valid 2021 Q1',
    metrics: { precision_at_5: 0.953, precision_at_10: 0.888, auc: 0.887 },
  },
  issue_sklearn_hist_gbdt: {
    source: 'issue 3, train 2020 → valid 2021 Q1',
    metrics: { precision_at_5: 0.916, precision_at_10: 0.811 },
  },
};
