/** The median and range of a set of figures from several rounds: what the README reports. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spreadOf(values: number[]): Spread {
  if (values.length === 0) throw new Error('no rounds measured');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/** "1.23× (1.10–1.40×)": the median of the rounds and their range. */
export function formatRatio({ median, min, max }: Spread): string {
  return `${median.toFixed(2)}× (${min.toFixed(2)}–${max.toFixed(2)}×)`;
}
