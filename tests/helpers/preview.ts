import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { astroBin, distDir, repoRoot } from './site';

/** A TCP port that was free on 127.0.0.1 a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('Could not read the port of a probe server'));
        return;
      }
      const { port } = address;
      server.close(() => resolve(port));
    });
  });
}

export interface PreviewServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface PreviewOptions {
  /** Built site to serve (astro.config.ts reads it from OUT_DIR); the real build in dist/ by default. */
  outDir?: string;
  /** How long to wait for the server to answer. */
  timeoutMs?: number;
}

/**
 * Runs `astro preview` on a built site in its own process group (so that stop() ends it and anything it
 * spawned), and resolves once it answers HTTP on the home page.
 */
export async function startPreview({
  outDir = distDir,
  timeoutMs = 30_000,
}: PreviewOptions = {}): Promise<PreviewServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: outDir, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
  // process.execPath: the project's Node 24 runs Astro whatever `node` comes first on PATH.
  // --ignore-lock: run alongside a preview server a developer may have open, without replacing it or its lock file.
  const args = [astroBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let exited: number | string | null | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = code ?? signal;
      resolve();
    });
  });

  const stop = async () => {
    if (exited !== undefined || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // Already gone.
    }
    const timer = sleep(5_000).then(() => 'timeout' as const);
    if ((await Promise.race([exitPromise, timer])) === 'timeout') {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== undefined) {
      throw new Error(`astro preview exited (${String(exited)}) before answering on ${origin}:\n${log}`);
    }
    try {
      const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro preview did not answer on ${origin} within ${timeoutMs} ms:\n${log}`);
    }
    await sleep(150);
  }
  return { origin, output: () => log, stop };
}
