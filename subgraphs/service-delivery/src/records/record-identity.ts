import { hash } from 'node:crypto';

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
 * digits without dashes). One-shot `crypto.hash` on a compact string: about 4 µs a record here.
 */
export class RecordIdentity {
  private readonly prefix: string;
  /** Rows seen so far per base key: the next occurrence index. */
  private readonly seen = new Map<string, number>();
  /** Rows that repeated an earlier row of the same file exactly. */
  repeats = 0;

  constructor(organisationKey: string, dataset: string) {
    this.prefix = `${organisationKey}\u001f${dataset}\u001f`;
  }

  /** The content key of the next row whose normalised fields are `canonical`. */
  keyOf(canonical: string): string {
    const text = this.prefix + canonical;
    const base = keyOfText(text);
    const occurrence = this.seen.get(base);
    if (occurrence === undefined) {
      this.seen.set(base, 1);
      return base;
    }
    this.seen.set(base, occurrence + 1);
    this.repeats++;
    return keyOfText(`${text}\u001e${occurrence}`);
  }
}

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
  return Object.is(value, -0) ? '0' : String(value);
}

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
