import { registerEnumType } from 'type-graphql';

/** Upload formats. */
export enum TableFormatType {
  CSV = 'CSV',
  JSON = 'JSON',
}

registerEnumType(TableFormatType, { name: 'TableFormat', description: 'CSV with a header row, or a JSON array of row objects.' });
