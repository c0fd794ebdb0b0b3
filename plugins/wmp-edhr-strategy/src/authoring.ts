/**
 * What the theme plugins extending this strategy share with it: the organisation, the strategy they
 * extend, how key actions are coded, and how the delivery plan's rows are read.
 */
export { keyActions, PROPOSED, type ThemeInput } from './key-actions';
export {
  PLAN_AS_OF,
  PLAN_WIDE_DISCREPANCIES,
  readDeliveryPlanRows,
  THEME_PLUGIN_SOURCE,
  type DeliveryActionInput,
} from './delivery-plan-readings';

/** The plugin that defines the strategy, and the version range its theme plugins need. */
export const STRATEGY_PLUGIN = { id: 'wmp-edhr-strategy', version: '^2.0.0' } as const;

/** The strategy the theme plugins add to: `strategy.extends` names the plugin that defines it. */
export const EXTENDED_STRATEGY = { key: 'wmp-edhr-strategy', extends: 'wmp-edhr-strategy' } as const;

export const WEST_MIDLANDS_POLICE = {
  key: 'west-midlands-police',
  name: 'West Midlands Police',
  kind: 'police-force',
  areaCode: 'E23000014',
} as const;
