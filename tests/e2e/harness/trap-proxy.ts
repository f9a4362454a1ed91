// A proxy that forwards nothing: both browsers send every non-loopback request here (loopback bypasses
// proxies), so `attempts` lists exactly the requests that tried to leave 127.0.0.1.
import { createServer, type Server } from 'node:net';

/**
 * The browsers' own background services, which no flag or pref turns off in these builds (Firefox 153 ignores
 * services.settings.server; Chromium's account and autofill services). They are the browser's traffic, not the
 * extension's; they are blocked here like everything else. Exact host names only.
 */
// prettier-ignore
export const BROWSER_SERVICE_HOSTS = new Set([
  'firefox.settings.services.mozilla.com',
  'accounts.google.com',
  'content-autofill.googleapis.com',
  'clients2.google.com', // network time
  'update.googleapis.com', // component updater
  'clientservices.googleapis.com',
  'optimizationguide-pa.googleapis.com',
  'safebrowsingohttpgateway.googleapis.com',
]);

/** The host of a proxy request line ("CONNECT host:443 …" or "GET http://host/… …"). */
export function attemptHost(line: string): string {
  const target = line.split(' ')[1] ?? '';
  try {
    return target.includes('://') ? new URL(target).hostname : target.replace(/:\d+$/, '');
  } catch {
    return target;
  }
}

/** Attempts that did not come from the browsers' own services: these must stay empty. */
export function extensionAttempts(attempts: string[]): string[] {
  return attempts.filter((line) => !BROWSER_SERVICE_HOSTS.has(attemptHost(line)));
}

export interface TrapProxy {
  port: number;
  /** First line of each request ("CONNECT host:443 HTTP/1.1", "GET http://… HTTP/1.1"). */
  attempts: string[];
  close(): Promise<void>;
}

export async function startTrapProxy(): Promise<TrapProxy> {
  const attempts: string[] = [];
  const server: Server = createServer((socket) => {
    socket.once('data', (chunk) => {
      attempts.push(chunk.toString('latin1').split('\r\n')[0]);
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as { port: number }).port,
    attempts,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
