import { formatValue, joinWords } from './format.ts';
import type { ChartSpec } from './spec.ts';

function extremes(spec: ChartSpec, values: number[]): { high: string; low: string } {
  let hi = 0;
  let lo = 0;
  values.forEach((v, i) => {
    if (v > (values[hi] ?? v)) hi = i;
    if (v < (values[lo] ?? v)) lo = i;
  });
  const at = (i: number) => `${formatValue(values[i] ?? 0, spec)} (${spec.labels[i]})`;
  return { high: at(hi), low: at(lo) };
}

/**
 * The chart in words, from its data, for when the editor wrote no description: what kind of chart, what it
 * compares, and where each series is highest and lowest.
 */
export function describeData(spec: ChartSpec): string {
  const kind = spec.type === 'bar' ? 'Bar chart' : 'Line chart';
  const { labels, series } = spec;
  const first = labels[0] ?? '';
  const last = labels.at(-1) ?? '';
  const span = labels.length > 1 ? ` from ${first} to ${last}` : ` for ${first}`;
  const count = `${labels.length} ${labels.length === 1 ? 'category' : 'categories'}`;
  const sentences: string[] = [];
  if (series.length === 1) {
    sentences.push(`${kind} of ${series[0]!.name}, ${count}${span}.`);
  } else {
    sentences.push(`${kind} comparing ${joinWords(series.map((s) => s.name))}, ${count}${span}.`);
  }
  for (const s of series) {
    if (s.values.length === 1) {
      sentences.push(`${s.name}: ${formatValue(s.values[0]!, spec)}.`);
      continue;
    }
    const { high, low } = extremes(spec, s.values);
    const trend =
      spec.type === 'line'
        ? ` It goes from ${formatValue(s.values[0]!, spec)} to ${formatValue(s.values.at(-1)!, spec)}.`
        : '';
    sentences.push(
      `${series.length === 1 ? 'Highest' : `${s.name} is highest at`} ${high}${series.length === 1 ? ', lowest' : ' and lowest at'} ${low}.${trend}`,
    );
  }
  return sentences.join(' ');
}

/** The chart's text alternative: its title, then the editor's description or one written from the data. */
export function textAlternative(spec: ChartSpec): string {
  const description = spec.description ?? describeData(spec);
  const title = /[.!?]$/.test(spec.title) ? spec.title : `${spec.title}.`;
  return `${title} ${description}`;
}
