/** Why `value` cannot be a measurement in `unit`, or null when it can. */
export function valueProblem(value: number, unit: string): string | null {
  if (!Number.isFinite(value)) return 'must be a finite number';
  switch (unit) {
    case 'percent':
      return value < 0 || value > 100 ? `${value} is not a percentage: it must be between 0 and 100` : null;
    case 'count':
      return Number.isInteger(value) && value >= 0 ? null : `${value} is not a count: it must be a whole number of 0 or more`;
    case 'ratio':
    case 'rate_per_1000':
    case 'days':
      return value < 0 ? `${value} is negative: a ${unit.replaceAll('_', ' ')} is 0 or more` : null;
    default:
      // Scores and money may legitimately be negative (a net score, a deficit).
      return null;
  }
}
