import { registerEnumType } from 'type-graphql';

/** Where a finding stands; only an explanation or a linked reform action moves it on from OPEN. */
export enum FindingStatusType {
  OPEN = 'OPEN',
  EXPLAINED = 'EXPLAINED',
  REFORMING = 'REFORMING',
}

registerEnumType(FindingStatusType, {
  name: 'FindingStatus',
  description: 'OPEN until explained (EXPLAINED) or linked to a reform action in the delivery plan (REFORMING).',
});
