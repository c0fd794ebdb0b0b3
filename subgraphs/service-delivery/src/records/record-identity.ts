import { hash } from 'node:crypto';
import type { ClientBase } from 'pg';

/**
 * Record identity: each record's content key is a hash of its organisation, its dataset and its
 * fields normalised (see `canonicalText` and friends), so the same records hold the same keys
 * whatever the bytes of the file they came in (line endings, quoting, column order, BOM, a
 * re-saved copy). Identical rows inside one file are separate events (two searches of the same
 * description at the same minute) and are told apart by their occurrence among identical rows:
 * the first is key(fields), the second key(fields + occurrence 1), and so on, so the same file
 * imported again gives the same keys, and a file holding a record twice is counted twice.
 *
 * The key is the first 128 bits of a SHA-256, stored as a uuid (PostgreSQL reads the 32 hex
 * digits without dashes).
 *
 * Memory does not grow with the file: rather than every key, a fixed filter of bits remembers
 * which keys may have been seen. A record whose key may be a repeat is written with key(fields)
 * and kept aside (its line and text); once every record is written, `settle` asks the batch which
 * of those keys it holds more than once and re-keys the later occurrences there. Only records the
 * filter cannot rule out are kept: false alarms (about 1 in 1,000 records of a million-record file)
 * and true repeats.
 */
export class RecordIdentity {
  private readonly prefix: string;
  private readonly filter: Uint8Array;
  private readonly mask: number;
  /** Records that may repeat an earlier one, by base key: their lines and texts in file order. */
  private readonly suspects = new Map<string, { lines: number[]; texts: string[] }>();
  /** Rows that repeated an earlier row of the same file exactly (known once settled). */
  repeats = 0;

  /** `filterBits`: a power of two, at least 8 (smaller filters raise more false alarms, for tests). */
  constructor(organisationKey: string, dataset: string, filterBits = FILTER_BITS) {
    this.prefix = `${organisationKey}\u001f${dataset}\u001f`;
    this.filter = new Uint8Array(filterBits / 8);
    this.mask = filterBits - 1;
  }

  /** The content key of the record on `line` whose normalised fields are `canonical`. */
  keyOf(canonical: string, line: number): string {
    const text = this.prefix + canonical;
    const digest = hash('sha256', text, 'buffer');
    // Two probes of the filter, from bits of the digest the key does not depend on alone.
    const a = digest.readUInt32LE(16) & this.mask;
    const b = digest.readUInt32LE(20) & this.mask;
    const key = digest.toString('hex', 0, 16);
    const seen = (this.filter[a >>> 3]! & (1 << (a & 7))) !== 0 && (this.filter[b >>> 3]! & (1 << (b & 7))) !== 0;
    if (seen) {
      let suspect = this.suspects.get(key);
      if (!suspect) this.suspects.set(key, (suspect = { lines: [], texts: [] }));
      suspect.lines.push(line);
      suspect.texts.push(text);
    } else {
      this.filter[a >>> 3]! |= 1 << (a & 7);
      this.filter[b >>> 3]! |= 1 << (b & 7);
    }
    return key;
  }

  /**
   * After every record of the batch is written: the records that repeat an earlier record of the
   * file get their occurrence's key. Returns how many did.
   */
  async settle(target: { client: ClientBase; table: string; batchId: string }): Promise<number> {
    if (this.suspects.size === 0) return 0;
    const { rows } = await target.client.query<{ key: string; n: number }>(
      `select replace(content_key::text, '-', '') as key, count(*)::int as n from ${target.table}
        where batch_id = $1 and content_key = any($2::uuid[]) group by 1 having count(*) > 1`,
      [target.batchId, [...this.suspects.keys()]],
    );
    const lines: number[] = [];
    const keys: string[] = [];
    for (const { key, n } of rows) {
      const suspect = this.suspects.get(key)!;
      // At most one record of the key passed the filter unseen, and it came first: occurrence 0.
      const first = n - suspect.lines.length;
      suspect.lines.forEach((line, i) => {
        if (first + i === 0) return;
        lines.push(line);
        keys.push(keyOfText(`${suspect.texts[i]!}\u001e${first + i}`));
      });
    }
    if (lines.length > 0) {
      await target.client.query(
        `update ${target.table} r set content_key = v.key from unnest($2::int[], $3::uuid[]) as v(line, key)
          where r.batch_id = $1 and r.line_number = v.line`,
        [target.batchId, lines, keys],
      );
    }
    this.repeats = lines.length;
    return this.repeats;
  }
}

/** 2^26 bits (8 MB): a million keys leave about 1 in 1,000 new keys looking seen (two probes). */
const FILTER_BITS = 1 << 26;

/** 128 bits of SHA-256 as 32 hex digits. */
const keyOfText = (text: string) => hash('sha256', text, 'hex').slice(0, 32);

const SPACES = /\s+/g;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A value whose case carries no meaning (a category, a yes/no, a free-text label): trimmed,
 * runs of white space (including line breaks inside quoted fields) made one space, lower case;
 * a number in canonical form (`52.400000` and `52.4` are one value).
 */
export function canonicalText(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  // Category values repeat on almost every row: each distinct value is normalised once.
  let text = textCache.get(value);
  if (text === undefined) {
    text = normaliseText(value);
    if (textCache.size < TEXT_CACHE_LIMIT) textCache.set(value, text);
  }
  return text;
}

const TEXT_CACHE_LIMIT = 50_000;
const textCache = new Map<string, string>();

function normaliseText(value: string): string {
  const text = value.trim().replace(SPACES, ' ');
  if (text !== '' && NUMBER.test(text)) return canonicalNumber(Number(text));
  return text.toLowerCase();
}

/** A value whose case may carry meaning (a reference): trimmed, inner white space made one space. */
export function canonicalExact(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return value.trim().replace(SPACES, ' ');
}

export function canonicalNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  if (Object.is(value, -0)) return '0';
  // Coordinates repeat (published locations are snapped to points): each is written once.
  let text = numberCache.get(value);
  if (text === undefined) {
    text = String(value);
    if (numberCache.size >= TEXT_CACHE_LIMIT) numberCache.clear();
    numberCache.set(value, text);
  }
  return text;
}

const numberCache = new Map<number, string>();

/** An instant, whatever offset it was written with. */
export function canonicalInstant(value: Date): string {
  return value.toISOString();
}

/** A parsed True/False/blank: the value when it parsed, the text as written (normalised) when not. */
export function canonicalFlag(value: boolean | null, raw: string): string {
  if (value === true) return 't';
  if (value === false) return 'f';
  return canonicalText(raw);
}

/** Field separator inside a canonical string (a control character no CSV value is expected to hold; not white space). */
export const FIELD_SEPARATOR = '\u001f';
