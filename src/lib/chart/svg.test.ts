import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { normalizeChart, type ChartInput } from './spec.ts';
import { chartFile, chartFileName, chartFilePath, drawChart, HEIGHT, WIDTH } from './svg.ts';

const chart = (input: Partial<ChartInput> = {}) =>
  normalizeChart({
    type: 'bar',
    title: 'Revenue & margin <2025>',
    labels: ['Q1', 'Q2', 'Q3'],
    series: [{ name: 'Revenue', values: [10, -2, 12] }],
    prefix: '$',
    ...input,
  });

const svgOf = (input: Partial<ChartInput> = {}) => parse(drawChart(chart(input)).svg).querySelector('svg')!;

describe('drawChart', () => {
  it('is an SVG image named by its title and described by its text alternative, escaped', () => {
    const drawing = drawChart(chart());
    const svg = parse(drawing.svg).querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${WIDTH} ${HEIGHT}`);
    expect(svg.getAttribute('aria-labelledby')).toBe(`${drawing.id}-title`);
    expect(svg.getAttribute('aria-describedby')).toBe(`${drawing.id}-desc`);
    expect(drawing.svg).toContain(`<title id="${drawing.id}-title">Revenue &amp; margin &lt;2025&gt;</title>`);
    expect(svg.querySelector('desc')?.textContent).toBe(drawing.alt);
    expect(drawing.alt).toMatch(/^Revenue & margin <2025>\. Bar chart of Revenue/);
    expect(drawing.svg).not.toMatch(/<script|\sstyle=|\son\w+=/i);
  });

  it('draws one bar per value, a negative one below the zero line, each labelled with its value', () => {
    const svg = svgOf();
    const bars = svg.querySelectorAll('.chart-series-0 rect');
    expect(bars).toHaveLength(3);
    const zero = Number(svg.querySelector('line.chart-axis')?.getAttribute('y1'));
    const [q1, q2] = bars.map((b) => ({ y: Number(b.getAttribute('y')), h: Number(b.getAttribute('height')) }));
    expect(q1!.y + q1!.h).toBeCloseTo(zero, 0);
    expect(q2!.y).toBeCloseTo(zero, 0);
    expect(svg.querySelectorAll('.chart-label text').map((t) => t.textContent)).toEqual(['$10', '-$2', '$12']);
  });

  it('writes axis numbers with the prefix and suffix, and the categories', () => {
    const svg = svgOf({ suffix: 'B' });
    const ticks = svg.querySelectorAll('.chart-tick text').map((t) => t.textContent);
    expect(ticks).toContain('$0B');
    expect(ticks).toContain('$10B');
    expect(ticks.slice(-3)).toEqual(['Q1', 'Q2', 'Q3']);
  });

  it('draws grouped bars with a legend for several series, each with its colour', () => {
    const svg = svgOf({
      series: [
        { name: '2024', values: [1, 2, 3] },
        { name: '2025', values: [2, 3, 4] },
      ],
    });
    expect(svg.querySelectorAll('.chart-series-0 rect')).toHaveLength(4); // three bars and the legend swatch
    expect(svg.querySelector('g.chart-series-1')?.getAttribute('color')).toBe('#b3490c');
    expect(svg.querySelectorAll('.chart-legend text').map((t) => t.textContent)).toEqual(['2024', '2025']);
    expect(svg.querySelectorAll('.chart-label > text')).toHaveLength(0);
  });

  it('draws a line chart as one path per series, with markers and dashes that tell the series apart', () => {
    const svg = svgOf({
      type: 'line',
      series: [
        { name: 'A', values: [1, 2, 3] },
        { name: 'B', values: [3, 2, 1] },
      ],
    });
    const lines = svg.querySelectorAll('g.chart-series > path[fill="none"]');
    expect(lines).toHaveLength(2);
    expect(lines[0]?.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(lines[0]?.getAttribute('stroke-dasharray')).toBeUndefined();
    expect(lines[1]?.getAttribute('stroke-dasharray')).toBe('7 4');
    // Three markers on the line (the legend has its own).
    expect(svg.querySelector('g.chart-series-0')?.querySelectorAll('path[transform]')).toHaveLength(3);
  });

  it('turns long category labels and shortens the longest, keeping them inside the drawing', () => {
    const labels = [
      'Amazon Web Services',
      'Microsoft Azure Cloud Platform Services',
      'Google Cloud',
      'Oracle',
      'IBM Cloud',
    ];
    const svg = svgOf({ labels, series: [{ name: 'Share', values: [31, 25, 11, 3, 2] }] });
    const texts = svg.querySelectorAll('.chart-tick text').filter((t) => t.getAttribute('transform'));
    expect(texts).toHaveLength(5);
    expect(texts[1]?.textContent).toBe('Microsoft Azure Cloud…');
    const firstX = Number(/translate\(([\d.]+),/.exec(texts[0]?.getAttribute('transform') ?? '')?.[1]);
    expect(firstX - 'Amazon Web Services'.length * 13 * 0.6 * Math.SQRT1_2).toBeGreaterThanOrEqual(0);
  });

  it('is the same drawing for the same chart, and another for other data', () => {
    expect(drawChart(chart()).svg).toBe(drawChart(chart()).svg);
    expect(drawChart(chart()).id).not.toBe(drawChart(chart({ labels: ['A', 'B', 'C'] })).id);
  });
});

describe('the standalone file', () => {
  it('is named by its content, under /charts/', () => {
    const drawing = drawChart(chart());
    expect(chartFileName(drawing)).toMatch(/^[0-9a-f]{16}\.svg$/);
    expect(chartFilePath(drawing)).toBe(`/charts/${chartFileName(drawing)}`);
    expect(chartFileName(drawChart(chart({ title: 'Other' })))).not.toBe(chartFileName(drawing));
  });

  it('is an XML document holding the same SVG, with its colours written in (no stylesheet)', () => {
    const drawing = drawChart(chart());
    const file = chartFile(drawing);
    expect(file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(file).toContain(drawing.svg);
    expect(file).toContain('fill="#ffffff"');
    expect(file).toContain('color="#0a5c8c"');
  });
});
