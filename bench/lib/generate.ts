import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** A small deterministic PRNG (mulberry32), so every run generates the same content. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'Cloud',
  'AI',
  'Security',
  'Networking',
  'Storage',
  'Devices',
  'Semiconductors',
  'Software',
  'Channels',
  'Collaboration',
  'Data',
  'Gaming',
];
const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Dev',
  'Eun-ji',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jon',
  'Kofi',
  'Lena',
  'Mateo',
  'Nia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
];
const LAST = [
  'Adler',
  'Brooks',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Gupta',
  'Hughes',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quist',
  'Rossi',
  'Silva',
  'Tanaka',
];
const WORDS = (
  'market revenue growth quarter platform cloud enterprise customers partners margin pricing strategy ' +
  'infrastructure analysts demand portfolio software hardware services adoption workloads investment ' +
  'capacity roadmap competition guidance segment operating outlook channel ecosystem integration security ' +
  'data models inference storage network devices silicon supply efficiency momentum execution buyers'
).split(' ');

export interface GeneratedContent {
  slugs: string[];
  photos: number;
}

const pad = (n: number) => String(n).padStart(5, '0');
export const slugOf = (i: number) => `bench-insight-${pad(i)}`;

function sentence(rnd: () => number, words: number): string {
  const out = Array.from({ length: words }, () => WORDS[Math.floor(rnd() * WORDS.length)] ?? 'market');
  const first = out[0] ?? 'market';
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${out.join(' ')}.`;
}

function paragraph(rnd: () => number, words: number): string {
  const parts: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 8 + Math.floor(rnd() * 14));
    parts.push(sentence(rnd, n));
    left -= n;
  }
  return parts.join(' ');
}

/** The MDX body of one synthetic insight: about 1,000 words, headings, a list, links and a table. */
export function body(i: number, n: number, rnd: () => number): string {
  const link = (k: number) => `[${sentence(rnd, 4).slice(0, -1)}](/insights/${slugOf(1 + ((i + k * 37) % n))}/)`;
  const sections = ['Market context', 'What changed this quarter', 'Where the money goes', 'What to watch'];
  const blocks = [paragraph(rnd, 120)];
  sections.forEach((heading, s) => {
    blocks.push(`## ${heading}`);
    blocks.push(`${paragraph(rnd, 90)} See ${link(s + 1)} for background.`);
    blocks.push(paragraph(rnd, 100));
    if (s === 1) {
      blocks.push(['- ' + sentence(rnd, 8), '- ' + sentence(rnd, 10), '- ' + sentence(rnd, 7)].join('\n'));
    }
    if (s === 2) {
      const rows = Array.from(
        { length: 4 },
        (_, r) => `| Segment ${r + 1} | ${(rnd() * 900).toFixed(1)} | ${(rnd() * 30 - 5).toFixed(1)}% |`,
      );
      blocks.push(['| Segment | Revenue ($M) | Growth |', '| --- | ---: | ---: |', ...rows].join('\n'));
    }
  });
  blocks.push(paragraph(rnd, 60));
  return blocks.join('\n\n');
}

/** Writes `n` synthetic insights, their authors and topics into `contentDir`, in the site's content format. */
export async function generateContent(contentDir: string, n: number, seed = 42): Promise<GeneratedContent> {
  const rnd = random(seed);
  await mkdir(join(contentDir, 'insights'), { recursive: true });
  await mkdir(join(contentDir, 'authors'), { recursive: true });
  const authors = FIRST.map((first, k) => ({ id: `author-${k + 1}`, name: `${first} ${LAST[k] ?? 'Analyst'}` }));
  for (const a of authors) {
    await writeFile(
      join(contentDir, 'authors', `${a.id}.json`),
      JSON.stringify({ name: a.name, title: 'Analyst', bio: [paragraph(rnd, 60)] }),
    );
  }
  const topics = TOPICS.map((name) => ({ id: name.toLowerCase(), name }));
  await writeFile(join(contentDir, 'topics.json'), JSON.stringify(topics));

  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const slugs: string[] = [];
  let photos = 0;
  for (let i = 1; i <= n; i++) {
    const slug = slugOf(i);
    slugs.push(slug);
    const day = new Date(start + Math.floor((span * i) / (n + 1))).toISOString().slice(0, 10);
    const pick = <T>(list: readonly T[], count: number): T[] => {
      const chosen = new Set<T>();
      while (chosen.size < count) chosen.add(list[Math.floor(rnd() * list.length)] as T);
      return [...chosen];
    };
    const its = pick(topics, 1 + Math.floor(rnd() * 3));
    const bys = pick(authors, 1 + Math.floor(rnd() * 2));
    const title = sentence(rnd, 6 + Math.floor(rnd() * 4)).slice(0, -1);
    const lines = [
      '---',
      `title: '${title}'`,
      `description: '${sentence(rnd, 18)}'`,
      `pubDate: ${day}`,
      'authors:',
      ...bys.map((a) => `  - ${a.id}`),
      'topics:',
      ...its.map((t) => `  - ${t.id}`),
    ];
    if (i % 10 === 0) {
      photos++;
      const w = 1600;
      const h = 900;
      const hue = Math.floor(rnd() * 255);
      await sharp({ create: { width: w, height: h, channels: 3, background: { r: hue, g: 120, b: 255 - hue } } })
        .composite([
          {
            input: Buffer.from(
              `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><circle cx="${400 + (i % 800)}" cy="450" r="300" fill="#fff" opacity="0.5"/><text x="80" y="820" font-size="90" fill="#111">${slug}</text></svg>`,
            ),
          },
        ])
        .jpeg({ quality: 85 })
        .toFile(join(contentDir, 'insights', `${slug}.jpg`));
      lines.push('hero:', `  src: ./${slug}.jpg`, `  alt: 'Illustration for ${slug}'`, '  credit: Benchmark');
    }
    lines.push('---', '', body(i, n, rnd), '');
    await writeFile(join(contentDir, 'insights', `${slug}.mdx`), lines.join('\n'));
  }
  return { slugs, photos };
}
