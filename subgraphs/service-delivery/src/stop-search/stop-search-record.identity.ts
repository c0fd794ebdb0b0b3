import {
  canonicalFlag,
  canonicalInstant,
  canonicalNumber,
  canonicalText,
  FIELD_SEPARATOR as S,
} from '../records/record-identity';
import type { StopSearchRow } from './stop-search-row.mapper';

/**
 * The normalised fields of a stop and search that make its content key (see
 * records/record-identity.ts): every column as written, normalised — the date as an instant,
 * coordinates and numbers canonical, booleans parsed, other text trimmed and in lower case (the
 * open-data categories' case carries no meaning). The line number is not part of it.
 */
export function stopSearchCanonical(row: StopSearchRow): string {
  return (
    canonicalText(row.typeRaw) + S +
    canonicalInstant(row.occurredAt) + S +
    canonicalFlag(row.partOfOperation, row.partOfOperationRaw) + S +
    canonicalText(row.policingOperation) + S +
    canonicalNumber(row.latitude) + S +
    canonicalNumber(row.longitude) + S +
    canonicalText(row.genderRaw) + S +
    canonicalText(row.ageRangeRaw) + S +
    canonicalText(row.selfDefinedEthnicityRaw) + S +
    canonicalText(row.officerDefinedEthnicityRaw) + S +
    canonicalText(row.legislationRaw) + S +
    canonicalText(row.objectOfSearchRaw) + S +
    canonicalText(row.outcomeRaw) + S +
    canonicalFlag(row.outcomeLinked, row.outcomeLinkedRaw) + S +
    canonicalFlag(row.removalOfClothing, row.removalOfClothingRaw)
  );
}
