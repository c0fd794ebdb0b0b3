/**
 * The form owner names are matched in: trimmed, runs of whitespace (non-breaking spaces included)
 * made one space, case-folded. Only spacing and case are merged by this; anything more ("Supt
 * Johnson - SCI" is Supt Johnson) a plugin declares in its `owners`.
 */
export function normaliseOwnerName(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
