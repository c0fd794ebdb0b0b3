export { NotComputableReason, notComputable, computed, type NotComputable, type Result } from './result.js';
export { rate, DEFAULT_RATE_BASE, type Rate, type RateInput, type RateOptions } from './rate.js';
export {
  relativeRateRatio,
  Z_95,
  type RelativeRateRatio,
  type RelativeRateRatioOptions,
} from './relative-rate-ratio.js';
export { representationRatio, type RepresentationInput, type RepresentationRatio } from './representation-ratio.js';
export {
  selectionRateRatios,
  FOUR_FIFTHS,
  type SelectionGroupInput,
  type SelectionGroupResult,
  type SelectionRateOptions,
  type SelectionRateRatios,
} from './selection-rate-ratio.js';
export {
  trend,
  DEFAULT_TREND_TOLERANCE,
  type Trend,
  type TrendDirection,
  type TrendOptions,
  type TrendPoint,
} from './trend.js';
export {
  suppressTable,
  suppressCategories,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type CategoryCount,
  type CategorySuppressionOptions,
  type CategorySuppressionWarning,
  type SuppressedCategories,
  type SuppressedCell,
  type SuppressedTable,
  type SuppressionOptions,
  type SuppressionReason,
  type TableSuppressionOptions,
  type TableSuppressionWarning,
} from './suppression.js';
export {
  cellKey,
  perturbCount,
  perturbCell,
  perturbationRow,
  canPublishAs,
  possibleTrueCounts,
  rowAccuracy,
  DEFAULT_PERTURBATION_TABLE,
  type CellDescription,
  type PerturbationRow,
  type PerturbationTableParameters,
  type RowAccuracy,
} from './cell-key-perturbation.js';
