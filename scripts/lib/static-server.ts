/**
 * A small static server for benchmarks, behaving like the production nginx config: folders serve
 * their index.html, unknown paths the 404 page, and text is gzip-compressed as a phone receives it.
 * Loopback only.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.avif': 'image/avif',
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt', '.csv']);

async function resolveFile(root: string, urlPath: string): Promise<{ file: string; status: number }> {
  const clean = path.normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const candidate = path.join(root, clean);
  const options = clean.endsWith('/')
    ? [path.join(candidate, 'index.html')]
    : [candidate, path.join(candidate, 'index.html')];
  for (const file of options) {
    if (!file.startsWith(root)) break;
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return { file, status: 200 };
  }
  return { file: path.join(root, '404.html'), status: 404 };
}

export interface StaticServer {
  server: Server;
  url: string;
  /** Body bytes sent since the last reset, as they went over the wire (compressed where it applies). */
  sent: { bytes: number };
}

export function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const base = path.resolve(root);
  const sent = { bytes: 0 };
  const server = createServer(async (request, response) => {
    const write = response.write.bind(response);
    const end = response.end.bind(response);
    const count = (chunk: unknown) => {
      if (chunk && typeof chunk !== 'function') sent.bytes += Buffer.byteLength(chunk as Buffer);
    };
    response.write = ((chunk: unknown, ...rest: never[]) => {
      count(chunk);
      return write(chunk as Buffer, ...rest);
    }) as typeof response.write;
    response.end = ((chunk?: unknown, ...rest: never[]) => {
      count(chunk);
      return end(chunk as Buffer, ...rest);
    }) as typeof response.end;
    const { file, status } = await resolveFile(base, request.url ?? '/');
    const ext = path.extname(file);
    response.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const body = gzipSync(await readFile(file), { level: 9 });
      response.writeHead(status, { 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      response.end(body);
      return;
    }
    response.writeHead(status);
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${actual}`, sent });
    });
  });
}
