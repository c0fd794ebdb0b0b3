import { registerEnumType } from 'type-graphql';

export enum EngagementGroupKindValue {
  REFERENCE_GROUP = 'REFERENCE_GROUP',
  KEY_INDIVIDUAL_NETWORK = 'KEY_INDIVIDUAL_NETWORK',
  INDEPENDENT_ADVISORY_GROUP = 'INDEPENDENT_ADVISORY_GROUP',
  STAFF_NETWORK = 'STAFF_NETWORK',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(EngagementGroupKindValue, {
  name: 'EngagementGroupKind',
  description: 'Reference Groups, Key Individual Networks, Independent Advisory Groups, staff networks (support associations), or communities at large.',
});
