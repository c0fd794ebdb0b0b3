import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** A chart as the page embeds it: the SVG and the sentence that says what it shows. */
export interface Chart {
  id: string;
  svg: string;
  summary: string;
}

/**
 * Renders an Observable Plot chart to SVG on the server, with linkedom's document standing in
 * for the browser's: pages carry their charts without JavaScript, and print them.
 */
export function renderPlot(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const figure = Plot.plot({ ...options, document: document }) as unknown as { outerHTML: string };
  return figure.outerHTML;
}
