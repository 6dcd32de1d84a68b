import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
  ms: number;
  /** Peak resident memory of the whole process tree, in bytes (sampled every 50 ms). */
  peakRss: number;
  code: number | null;
  log: string;
}

/** Resident memory of `pid` and all its descendants, from /proc. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(rss ?? 0) * 1024;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command to completion, timing it and sampling the memory of its process tree. */
export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    let peakRss = 0;
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const timer = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakRss, code, log });
    });
  });
}

/** Total size of the files under `dir`, in bytes. */
export function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    total += stat.isDirectory() ? dirSize(path) : stat.size;
  }
  return total;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Image variants written by Astro in a build log, and how many came from its cache. */
export function imageCounts(log: string): { encoded: number; reused: number } {
  const lines = log.split('\n').filter((l) => /\/_astro\/[^ ]+\.(avif|webp|jpe?g|png)\b/.test(l));
  const reused = lines.filter((l) => l.includes('reused cache entry')).length;
  return { encoded: lines.length - reused, reused };
}

/** Routes Astro wrote in a build log ("├─ /path"), and how many of them it copied from the previous build. */
export function pageCounts(log: string): { written: number; copied: number } {
  const lines = log
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((l) => /[├└]─ \//.test(l));
  const copied = lines.filter((l) => /\((restored|cached)\)/.test(l)).length;
  return { written: lines.length, copied };
}
