import type { TagColour, TableCell } from '../tables/table';

const RAG: Record<string, { text: string; tag: TagColour }> = {
  GREEN: { text: 'Green: on target', tag: 'green' },
  AMBER: { text: 'Amber: near target', tag: 'yellow' },
  RED: { text: 'Red: off target', tag: 'red' },
  STALE: { text: 'Stale: value overdue', tag: 'grey' },
  NO_TARGET: { text: 'No target', tag: 'grey' },
  NO_DATA: { text: 'No data', tag: 'grey' },
};

/** RAG as a tag whose words say what its colour does: never colour alone. */
export const ragCell = (rag: string): TableCell => RAG[rag] ?? { text: rag, tag: 'grey' };

const STATUS: Record<string, TagColour> = {
  COMPLETE: 'green',
  ON_TRACK: 'green',
  ONGOING: 'blue',
  IN_PROGRESS: 'blue',
  AT_RISK: 'yellow',
  OFF_TRACK: 'red',
  NOT_STARTED: 'grey',
  UNKNOWN: 'grey',
};

export const statusLabel = (status: string) => status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, ' ');

export const statusCell = (status: string | null | undefined): TableCell =>
  status ? { text: statusLabel(status), tag: STATUS[status] ?? 'grey' } : 'Not stated';

export const PROGRESS_STATUSES = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE', 'ONGOING'] as const;
export const DELIVERY_STATUSES = [...PROGRESS_STATUSES, 'IN_PROGRESS', 'UNKNOWN'] as const;

/** A number as the tables print it: grouped thousands, at most `digits` decimals; unknown stays unknown. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return 'Not known';
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits });
}

export const yesNo = (value: boolean | null | undefined) => (value === null || value === undefined ? 'Not known' : value ? 'Yes' : 'No');

export const trendText = (trend: { direction: string; improving?: boolean | null }) => {
  const direction = { UP: 'Up', DOWN: 'Down', FLAT: 'Flat', INSUFFICIENT_DATA: 'Too few values' }[trend.direction] ?? trend.direction;
  if (trend.improving === true) return `${direction}, improving`;
  if (trend.improving === false) return `${direction}, worsening`;
  return direction;
};

/** Select items for govuk-frontend's select macro, the chosen one selected. */
export const selectItems = (options: { value: string; text: string }[], chosen: string | undefined, any?: string) => [
  ...(any !== undefined ? [{ value: '', text: any, selected: !chosen }] : []),
  ...options.map((o) => ({ ...o, selected: o.value === chosen })),
];

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A YYYY-MM-DD day as GOV.UK writes dates ("18 January 2012"); unknown stays unknown. */
export function formatDate(day: string | null | undefined): string {
  if (!day) return 'Not known';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : LONG_DATE.format(date);
}

/** Today's UK date, YYYY-MM-DD. */
export const ukToday = (now: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);

/** A characteristic code (SEXUAL_ORIENTATION) in words (Sexual orientation). */
export const codeLabel = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
