import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceiverMode = 'ok' | 'error' | 'hang';

export interface Submission {
  path: string;
  method: string;
  accept: string;
  fields: Record<string, string>;
}

/**
 * A stand-in for a form provider on 127.0.0.1: records what it receives, answers JSON to fetch
 * (with CORS), redirects plain HTML submissions to the thank-you page, or fails on demand.
 */
export async function startReceiver(thanksUrlFor: (path: string) => string) {
  const submissions: Submission[] = [];
  let mode: ReceiverMode = 'ok';
  const hanging = new Set<ServerResponse>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://receiver');
      const raw = req.method === 'GET' ? url.searchParams.toString() : body;
      submissions.push({
        path: url.pathname,
        method: req.method ?? '',
        accept: req.headers.accept ?? '',
        fields: Object.fromEntries(new URLSearchParams(raw)),
      });
      res.setHeader('Access-Control-Allow-Origin', '*');
      if (mode === 'hang') {
        hanging.add(res);
        return;
      }
      if (mode === 'error') {
        res.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":"boom"}');
        return;
      }
      if ((req.headers.accept ?? '').includes('application/json')) {
        res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
      } else {
        res.writeHead(303, { Location: thanksUrlFor(url.pathname) }).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    submissions,
    setMode(next: ReceiverMode) {
      mode = next;
    },
    /** Ends requests left hanging, so the server can close. */
    release() {
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
