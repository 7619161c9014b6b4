/**
 * A concept's timeline, drawn at build time as SVG by Observable Plot (made
 * for such charts), in a DOM that jsdom provides: the page carries the SVG
 * itself, so it shows with JavaScript off.
 */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';

/** Bars of the number of documents stating a concept, by year; an SVG element's markup. */
export function timelineSvg(counts: ReadonlyArray<{ year: number; documents: number }>, label: string): string {
  const { document } = new JSDOM('').window;
  const years = counts.map((c) => c.year);
  const from = Math.min(...years);
  const to = Math.max(...years);
  const domain = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  const chart = Plot.plot({
    document,
    width: 640,
    height: 200,
    marginBottom: 40,
    ariaLabel: `Documents stating ${label}, by year`,
    x: { label: 'year', domain, tickRotate: -45, tickFormat: (y: string) => (domain.length > 20 && Number(y) % 5 !== 0 ? '' : y) },
    y: { label: 'documents', grid: true, ticks: Array.from({ length: Math.max(...counts.map((c) => c.documents)) + 1 }, (_, i) => i), tickFormat: 'd' },
    marks: [
      Plot.barY(counts, { x: (d: { year: number }) => String(d.year), y: 'documents', fill: '#2f5d8a', title: (d: { year: number; documents: number }) => `${d.year}: ${d.documents}` }),
      Plot.ruleY([0]),
    ],
  });
  chart.setAttribute('role', 'img');
  // The chart is one image with its label: its marks' own labels (`<g aria-label="bar">`) are not allowed inside it.
  for (const node of chart.querySelectorAll('[aria-label], [aria-description]')) {
    node.removeAttribute('aria-label');
    node.removeAttribute('aria-description');
  }
  return chart.outerHTML;
}
