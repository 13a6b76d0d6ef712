/**
 * Benchmarks write their figures into docs/PERFORMANCE.md, each into its own section between
 * markers, so one benchmark never overwrites another's numbers.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const DOC = path.resolve(import.meta.dirname, '..', '..', 'docs', 'PERFORMANCE.md');
const HEADER = `# Performance

Figures written by the benchmark scripts (\`npm run bench:search\`, \`npm run bench\`). Each section
says when and on what machine it was measured. Do not edit between the markers by hand.
`;

/** Replaces (or appends) the section `name` with `body`. */
export async function writeSection(name: string, body: string): Promise<string> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const current = existsSync(DOC) ? await readFile(DOC, 'utf8') : HEADER;
  const block = `${start}\n${body.trim()}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  const next = pattern.test(current) ? current.replace(pattern, block) : `${current.trimEnd()}\n\n${block}\n`;
  await writeFile(DOC, next);
  return DOC;
}

/** One line describing the machine the figures come from. */
export function describeMachine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
