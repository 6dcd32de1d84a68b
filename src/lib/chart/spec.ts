/**
 * What an editor writes for a chart, and the checks that turn a mistake into a build error naming the chart,
 * rather than a wrong picture.
 */
export type ChartType = 'bar' | 'line';

export interface ChartSeries {
  /** Shown in the legend and as the data table's column heading. */
  name: string;
  /** One number per label, in the labels' order. */
  values: number[];
}

export interface ChartInput {
  type: ChartType;
  /** The chart's name: its caption, the SVG's title and the start of its text alternative. */
  title: string;
  /** The categories along the horizontal axis (quarters, years, companies…). */
  labels: string[];
  /** One to four series of numbers. */
  series: ChartSeries[];
  /** What the chart shows, in a sentence or two; written from the data when omitted. */
  description?: string | undefined;
  /** Written before every number, for example "$". */
  prefix?: string | undefined;
  /** Written after every number, for example "%" or "B". */
  suffix?: string | undefined;
  /** Heading of the labels' column in the data table (default "Category"). */
  labelHeading?: string | undefined;
  /** Where the numbers come from, printed under the chart. */
  source?: string | undefined;
}

/** A chart that passed the checks, with every optional text resolved. */
export interface ChartSpec {
  type: ChartType;
  title: string;
  labels: string[];
  series: ChartSeries[];
  description?: string | undefined;
  prefix: string;
  suffix: string;
  labelHeading: string;
  source?: string | undefined;
}

/** More series than this would need colours that cannot all keep their contrast in both colour schemes. */
export const MAX_SERIES = 4;

const clean = (text: unknown): string => (typeof text === 'string' ? text.trim() : '');

/**
 * Checks a chart as written in MDX and returns it ready to draw. Throws an error that names the chart and says
 * what to change: a missing title, no labels, a label written twice, a series without a name, a number missing or
 * not a number, too many series, a line chart with a single point.
 */
export function normalizeChart(input: ChartInput): ChartSpec {
  const title = clean(input.title);
  const fail = (problem: string): never => {
    throw new Error(`Chart${title ? ` "${title}"` : ''}: ${problem}`);
  };
  if (!title) fail('a title is required (it is the chart’s caption and the start of its text alternative)');
  if (input.type !== 'bar' && input.type !== 'line') fail(`type must be "bar" or "line", not "${String(input.type)}"`);
  if (!Array.isArray(input.labels) || input.labels.length === 0) fail('labels must list at least one category');
  const labels = input.labels.map((label, i) => {
    const text = typeof label === 'number' ? String(label) : clean(label);
    if (!text) fail(`label ${i + 1} is empty`);
    return text;
  });
  const repeated = labels.find((label, i) => labels.indexOf(label) !== i);
  if (repeated !== undefined) fail(`the label "${repeated}" is written twice`);
  if (input.type === 'line' && labels.length < 2) fail('a line chart needs at least two labels');
  if (!Array.isArray(input.series) || input.series.length === 0) fail('series must list at least one series');
  if (input.series.length > MAX_SERIES) fail(`a chart shows at most ${MAX_SERIES} series, not ${input.series.length}`);
  const series = input.series.map((s, i) => {
    const name = clean(s?.name);
    if (!name) fail(`series ${i + 1} needs a name`);
    if (!Array.isArray(s.values) || s.values.length !== labels.length) {
      fail(`series "${name}" has ${Array.isArray(s.values) ? s.values.length : 0} values for ${labels.length} labels`);
    }
    const values = s.values.map((v, k) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) fail(`series "${name}", value ${k + 1} is not a number`);
      return v;
    });
    return { name, values };
  });
  const names = series.map((s) => s.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) fail(`the series name "${twice}" is written twice`);
  return {
    type: input.type,
    title,
    labels,
    series,
    description: clean(input.description) || undefined,
    prefix: input.prefix ?? '',
    suffix: input.suffix ?? '',
    labelHeading: clean(input.labelHeading) || 'Category',
    source: clean(input.source) || undefined,
  };
}
