export {
  PROTECTED_CHARACTERISTIC_CODES,
  PROTECTED_CHARACTERISTICS,
  getProtectedCharacteristic,
  isProtectedCharacteristicCode,
  type EqualityDutyCoverage,
  type ProtectedCharacteristic,
  type ProtectedCharacteristicCode,
} from './characteristics.js';
export {
  BROAD_ETHNICITY_CATEGORIES,
  CHARACTERISTIC_CATEGORIES,
  categoriesOf,
  findCategory,
  type CharacteristicCategory,
  type CharacteristicCategorySet,
} from './categories.js';
export {
  NON_DISCLOSURE_CATEGORIES,
  NON_DISCLOSURE_CATEGORY_CODES,
  isNonDisclosureCategory,
  type NonDisclosureCategory,
  type NonDisclosureCategoryCode,
} from './non-disclosure.js';
export {
  BROAD_ETHNIC_GROUP_CODES,
  BROAD_ETHNIC_GROUPS,
  DETAILED_ETHNIC_GROUP_CODES,
  DETAILED_ETHNIC_GROUPS,
  broadGroupOf,
  getBroadEthnicGroup,
  getDetailedEthnicGroup,
  type BroadEthnicGroup,
  type BroadEthnicGroupCode,
  type DetailedEthnicGroup,
  type DetailedEthnicGroupCode,
} from './census2021-ethnic-groups.js';
export {
  PACE_SELF_DEFINED_CODES,
  SELF_DEFINED_CODE_SCHEMES,
  findPaceSelfDefinedCode,
  readSelfDefinedCode,
  type PaceSelfDefinedCode,
  type PaceSelfDefinedCodeEntry,
  type SelfDefinedCodeReading,
  type SelfDefinedCodeScheme,
} from './pace-self-defined-codes.js';
export { normaliseOpenDataValue, type OpenDataMapping } from './open-data-mapping.js';
export {
  mapOfficerDefinedEthnicity,
  mapSelfDefinedEthnicity,
  type EthnicityMapping,
  type EthnicityValue,
  type SelfDefinedEthnicityOptions,
} from './ethnicity-mapping.js';
export { mapOpenDataSex, type OpenDataSex } from './open-data-sex.js';
export {
  OPEN_DATA_AGE_RANGE_CODES,
  OPEN_DATA_AGE_RANGES,
  mapOpenDataAgeRange,
  type OpenDataAgeRange,
  type OpenDataAgeRangeCode,
} from './open-data-age-range.js';
