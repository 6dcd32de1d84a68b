import { createHash } from 'node:crypto';
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line, symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle } from 'd3-shape';
import { escapeXml } from '../feed/xml.ts';
import { textAlternative } from './describe.ts';
import { formatValue } from './format.ts';
import { INK, SERIES_COLORS, SERIES_DASHES } from './palette.ts';
import type { ChartSpec } from './spec.ts';

/** The drawing's size in SVG units; it scales to the width of the column. */
export const WIDTH = 640;
export const HEIGHT = 360;
const FONT_SIZE = 13;
/** Rough width of one character at FONT_SIZE in a sans-serif face: enough to lay out labels without a DOM. */
const CHAR = FONT_SIZE * 0.6;
/** Longer category labels are shortened in the drawing (the data table has them in full). */
const LONGEST_LABEL = 22;
/** Longer series names are shortened in the legend. */
const LONGEST_NAME = 40;
const SYMBOLS = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond];
/** The legend starts at the drawing's left edge, over the axis numbers. */
const LEGEND_LEFT = 12;
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export interface ChartDrawing {
  /** The whole `<svg>` element: the same markup inline on the page and in the standalone file. */
  svg: string;
  /** Stable id prefix of the SVG's title and description (derived from the chart's content). */
  id: string;
  /** The text alternative (title and description) the SVG carries. */
  alt: string;
  width: number;
  height: number;
}

/** One decimal place is far below a pixel at any size the chart is shown at, and keeps the file small. */
const r = (n: number) => Math.round(n * 10) / 10;

const attrs = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

const shorten = (label: string, limit = LONGEST_LABEL) =>
  label.length > limit ? `${label.slice(0, limit - 1)}…` : label;

/** The legend's items laid out in rows that fit the width; returns each item's position and the rows' height. */
function layoutLegend(names: string[], left: number, right: number): { x: number; y: number }[] {
  const places: { x: number; y: number }[] = [];
  let x = left;
  let y = 0;
  for (const name of names) {
    const width = 28 + shorten(name, LONGEST_NAME).length * CHAR + 18;
    if (x > left && x + width > right) {
      x = left;
      y += FONT_SIZE + 10;
    }
    places.push({ x, y });
    x += width;
  }
  return places;
}

/**
 * Draws a bar or line chart as static SVG, with d3-scale for the axes and d3-shape for lines and point markers:
 * no DOM, no script. The SVG has role="img", a `<title>` and a `<desc>` (the text alternative) referenced by
 * aria-labelledby and aria-describedby; everything inside is drawing. Every colour is written as a presentation
 * attribute (so that the file stands alone in a feed reader) and every element carries a class the page's
 * stylesheet uses for the dark colour scheme.
 */
export function drawChart(spec: ChartSpec): ChartDrawing {
  const id = `chart-${createHash('sha256').update(JSON.stringify(spec)).digest('hex').slice(0, 10)}`;
  const alt = textAlternative(spec);
  const fmt = (v: number) => formatValue(v, spec);
  const multi = spec.series.length > 1;

  // Vertical scale: always includes zero, rounded to nice ticks.
  const all = spec.series.flatMap((s) => s.values);
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const y = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .nice(5);
  const ticks = y.ticks(5);
  const tickWidth = Math.max(...ticks.map((t) => fmt(t).length)) * CHAR;

  // Horizontal layout: labels are turned when they would not fit side by side.
  const legendRows = multi
    ? layoutLegend(
        spec.series.map((s) => s.name),
        0,
        WIDTH - 2 * LEGEND_LEFT,
      )
    : [];
  const legendHeight = legendRows.length > 0 ? Math.max(...legendRows.map((p) => p.y)) + FONT_SIZE + 16 : 0;
  const margin = { top: 12 + legendHeight, right: 16, bottom: 0, left: Math.ceil(tickWidth) + 14 };
  const plotWidth = WIDTH - margin.left - margin.right;
  const longest = Math.max(...spec.labels.map((l) => shorten(l).length)) * CHAR;
  const step = plotWidth / spec.labels.length;
  const turned = longest > step - 6;
  margin.bottom = turned ? Math.ceil(longest * Math.SQRT1_2) + 24 : FONT_SIZE + 20;
  if (turned) {
    // A turned label reaches left of its category: the first one must stay inside the drawing.
    const first = shorten(spec.labels[0] ?? '').length * CHAR * Math.SQRT1_2;
    margin.left = Math.max(margin.left, Math.ceil(first - step / 2 + 8));
  }
  const bottom = HEIGHT - margin.bottom;
  y.range([bottom, margin.top]);

  const x =
    spec.type === 'bar'
      ? scaleBand<string>()
          .domain(spec.labels)
          .range([margin.left, WIDTH - margin.right])
          .padding(0.2)
      : scalePoint<string>()
          .domain(spec.labels)
          .range([margin.left, WIDTH - margin.right])
          .padding(0.5);
  const center = (label: string) => (x(label) ?? 0) + (spec.type === 'bar' ? x.bandwidth() / 2 : 0);

  const parts: string[] = [];
  parts.push(
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      width: WIDTH,
      height: HEIGHT,
      role: 'img',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-desc`,
      class: 'chart-svg',
      'font-family': FONT_FAMILY,
      'font-size': FONT_SIZE,
    })}>`,
    `<title id="${id}-title">${escapeXml(spec.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(alt)}</desc>`,
    `<rect${attrs({ class: 'chart-bg', width: WIDTH, height: HEIGHT, fill: INK.background })}/>`,
  );

  // Grid lines and the vertical axis's numbers.
  parts.push(`<g${attrs({ class: 'chart-grid', stroke: INK.grid })}>`);
  for (const t of ticks) {
    parts.push(`<line${attrs({ x1: margin.left, x2: WIDTH - margin.right, y1: r(y(t)), y2: r(y(t)) })}/>`);
  }
  parts.push('</g>');
  parts.push(`<g${attrs({ class: 'chart-tick', fill: INK.muted, 'text-anchor': 'end' })}>`);
  for (const t of ticks) {
    parts.push(`<text${attrs({ x: margin.left - 8, y: r(y(t)), dy: '0.32em' })}>${escapeXml(fmt(t))}</text>`);
  }
  parts.push('</g>');

  // The categories along the bottom.
  parts.push(`<g${attrs({ class: 'chart-tick', fill: INK.muted, 'text-anchor': turned ? 'end' : 'middle' })}>`);
  for (const label of spec.labels) {
    const cx = r(center(label));
    const ly = bottom + 8;
    parts.push(
      turned
        ? `<text${attrs({ transform: `translate(${cx},${ly}) rotate(-45)`, dy: '0.71em' })}>${escapeXml(shorten(label))}</text>`
        : `<text${attrs({ x: cx, y: ly, dy: '0.71em' })}>${escapeXml(shorten(label))}</text>`,
    );
  }
  parts.push('</g>');

  // The data.
  if (spec.type === 'bar') {
    const band = x.bandwidth();
    const inner = scaleBand<number>()
      .domain(spec.series.map((_, i) => i))
      .range([0, band])
      .padding(multi ? 0.08 : 0);
    const zero = y(0);
    spec.series.forEach((s, i) => {
      parts.push(
        `<g${attrs({ class: `chart-series chart-series-${i}`, color: SERIES_COLORS[i], fill: 'currentColor' })}>`,
      );
      s.values.forEach((v, k) => {
        const left = (x(spec.labels[k]!) ?? 0) + (inner(i) ?? 0);
        const top = Math.min(y(v), zero);
        parts.push(
          `<rect${attrs({ x: r(left), y: r(top), width: r(inner.bandwidth()), height: r(Math.abs(y(v) - zero)) })}/>`,
        );
      });
      parts.push('</g>');
    });
    if (!multi) {
      // One series: each bar is labelled with its value.
      parts.push(`<g${attrs({ class: 'chart-label', fill: INK.text, 'text-anchor': 'middle' })}>`);
      spec.series[0]!.values.forEach((v, k) => {
        const above = v >= 0;
        parts.push(
          `<text${attrs({ x: r(center(spec.labels[k]!)), y: r(y(v) + (above ? -6 : 6)), dy: above ? '' : '0.71em' })}>${escapeXml(fmt(v))}</text>`,
        );
      });
      parts.push('</g>');
    }
  } else {
    spec.series.forEach((s, i) => {
      const points = s.values.map((v, k) => [center(spec.labels[k]!), y(v)] as [number, number]);
      const path = line().digits(1)(points) ?? '';
      const marker = symbol(SYMBOLS[i] ?? symbolCircle, 64).digits(1)() ?? '';
      parts.push(`<g${attrs({ class: `chart-series chart-series-${i}`, color: SERIES_COLORS[i] })}>`);
      parts.push(
        `<path${attrs({ d: path, fill: 'none', stroke: 'currentColor', 'stroke-width': 2.5, 'stroke-linejoin': 'round', 'stroke-dasharray': SERIES_DASHES[i] })}/>`,
      );
      for (const [px, py] of points) {
        parts.push(`<path${attrs({ d: marker, transform: `translate(${r(px)},${r(py)})`, fill: 'currentColor' })}/>`);
      }
      parts.push('</g>');
    });
  }

  // The zero line, over the bars.
  parts.push(
    `<line${attrs({ class: 'chart-axis', x1: margin.left, x2: WIDTH - margin.right, y1: r(y(0)), y2: r(y(0)), stroke: INK.muted })}/>`,
  );

  // The legend, when there is more than one series.
  if (multi) {
    parts.push(`<g${attrs({ class: 'chart-legend chart-label', fill: INK.text })}>`);
    spec.series.forEach((s, i) => {
      const place = legendRows[i]!;
      const ly = 12 + place.y;
      const lx = LEGEND_LEFT + place.x;
      const swatch =
        spec.type === 'bar'
          ? `<rect${attrs({ x: 0, y: -6, width: 20, height: 12, fill: 'currentColor' })}/>`
          : `<path${attrs({ d: 'M0,0H22', stroke: 'currentColor', 'stroke-width': 2.5, 'stroke-dasharray': SERIES_DASHES[i] })}/>` +
            `<path${attrs({ d: symbol(SYMBOLS[i] ?? symbolCircle, 48).digits(1)() ?? '', transform: 'translate(11,0)', fill: 'currentColor' })}/>`;
      parts.push(
        `<g${attrs({ transform: `translate(${r(lx)},${ly})` })}>` +
          `<g${attrs({ class: `chart-series chart-series-${i}`, color: SERIES_COLORS[i] })}>${swatch}</g>` +
          `<text${attrs({ x: 28, dy: '0.32em' })}>${escapeXml(shorten(s.name, LONGEST_NAME))}</text></g>`,
      );
    });
    parts.push('</g>');
  }

  parts.push('</svg>');
  return { svg: parts.join(''), id, alt, width: WIDTH, height: HEIGHT };
}

/** The file name of a drawing's standalone copy: named by its content, so a changed chart gets a new address. */
export function chartFileName(drawing: Pick<ChartDrawing, 'svg'>): string {
  return `${createHash('sha256').update(drawing.svg).digest('hex').slice(0, 16)}.svg`;
}

/** The site path the standalone copy is served at (src/pages/charts/[name].svg.ts). */
export function chartFilePath(drawing: Pick<ChartDrawing, 'svg'>): string {
  return `/charts/${chartFileName(drawing)}`;
}

/** The standalone file: an XML declaration, then the same SVG. */
export function chartFile(drawing: Pick<ChartDrawing, 'svg'>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${drawing.svg}\n`;
}
