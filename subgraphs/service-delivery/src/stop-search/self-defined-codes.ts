import {
  mapSelfDefinedEthnicity as mapSelfDefinedEthnicityOnce,
  SELF_DEFINED_CODE_SCHEMES,
  type EthnicityMapping,
  type SelfDefinedCodeScheme,
} from '@edhr/schema';
import type { EndOfFile } from '../records/csv-format';
import type { RowProblem } from '../records/row-problem';
import { memoise } from './memoise';

// Memoised per scheme: the scheme changes how a bare O1 reads, nothing else.
const MAPPERS: Readonly<Record<SelfDefinedCodeScheme | 'none', (raw: string) => EthnicityMapping>> = {
  none: memoise((raw) => mapSelfDefinedEthnicityOnce(raw)),
  '16+1': memoise((raw) => mapSelfDefinedEthnicityOnce(raw, { codes: '16+1' })),
  '18+1': memoise((raw) => mapSelfDefinedEthnicityOnce(raw, { codes: '18+1' })),
};

const FLAG = '--self-defined-codes 16+1 or 18+1 (selfDefinedCodes in the mutation)';

/**
 * Reads one file's self-defined ethnicity column and settles which code scheme the file uses, from
 * what the file says: values only one scheme has (an Arab or Roma label, Chinese under Asian, A4 —
 * 18+1; Chinese under "Other", Chinese labelled O1 — 16+1). Bare codes that differ between schemes
 * (O1) are never guessed at: with a scheme given they are read by it; without one, a file whose
 * values show exactly one scheme is read again with it, and any other file is refused, naming the
 * value.
 */
export class SelfDefinedEthnicityReader {
  private readonly map: (raw: string) => EthnicityMapping;
  private readonly evidence = new Map<SelfDefinedCodeScheme, { value: string; count: number }>();
  private readonly ambiguous = new Map<string, { count: number; line: number; reason: string }>();

  constructor(
    private readonly column: string,
    private readonly codes?: SelfDefinedCodeScheme,
  ) {
    this.map = MAPPERS[codes ?? 'none'];
  }

  /** Reads `count` records holding `raw`, the first of them on `line` (values in file order). */
  read(raw: string, line: number, count = 1): EthnicityMapping {
    const mapping = this.map(raw);
    if (mapping.scheme !== undefined) {
      // The first value that showed the scheme, and how many records hold that value.
      const seen = this.evidence.get(mapping.scheme);
      if (!seen) this.evidence.set(mapping.scheme, { value: raw, count });
      else if (seen.value === raw) seen.count += count;
    } else if (mapping.ambiguous !== undefined) {
      const seen = this.ambiguous.get(raw);
      if (seen) seen.count += count;
      else this.ambiguous.set(raw, { count, line, reason: mapping.ambiguous });
    }
    return mapping;
  }

  endOfFile(): EndOfFile {
    if (this.codes) return { selfDefinedCodes: { scheme: this.codes, source: 'OPTION', evidence: null } };
    const shown = SELF_DEFINED_CODE_SCHEMES.filter((s) => this.evidence.has(s));
    const evidenceOf = (scheme: SelfDefinedCodeScheme) => {
      const seen = this.evidence.get(scheme)!;
      return `"${seen.value}" ×${seen.count}`;
    };
    if (shown.length === 1) {
      const scheme = shown[0]!;
      const selfDefinedCodes = { scheme, source: 'FILE' as const, evidence: evidenceOf(scheme) };
      return this.ambiguous.size > 0 ? { selfDefinedCodes, rerun: { selfDefinedCodes: scheme } } : { selfDefinedCodes };
    }
    if (this.ambiguous.size === 0) return {};
    const why =
      shown.length === 0
        ? 'nothing else in the file says which scheme it uses'
        : `the file has values of both schemes (${shown.map((s) => `${s}: ${evidenceOf(s)}`).join('; ')})`;
    const problems: RowProblem[] = [...this.ambiguous].map(([value, { count, line, reason }]) => ({
      line,
      column: this.column,
      reason: `"${value}" (${count} record${count === 1 ? '' : 's'}, first on this line) is ambiguous: ${reason}, and ${why}; import with ${FLAG}`,
    }));
    return { problems, selfDefinedCodes: { scheme: null, source: 'NONE', evidence: shown.length > 0 ? shown.map(evidenceOf).join('; ') : null } };
  }
}
