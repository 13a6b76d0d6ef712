/**
 * What the Markdown loader made of each file's text at the last content sync (its frontmatter,
 * read and checked), kept in the cache folder between builds.
 *
 * Astro's glob loader asks for every file's data before it compares the file with what its store
 * holds, since an entry's id may come from its data. So every content sync read, checked and
 * parsed all 3,400 files of the province's scale again, changed or not: the encoding, the YAML,
 * the fill-in text, the MDX components (about 2 s of a sync that changed nothing, on a 2-core
 * machine; docs/PERFORMANCE.md). A file whose text is the same as then, read by the same code
 * (src/loaders and src/schemas, and the installed packages: `loaderFingerprint` in
 * fingerprint.ts), gives the same data and passes the same checks, so it is
 * given what was kept.
 *
 * Only a file that passed is kept: a mistake is found again at every sync, with its message. A
 * text with a replacement character (bytes that were not UTF-8) is never taken from here, so the
 * loader's own read of the bytes names the problem.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

type Data = Record<string, unknown>;

interface Kept {
  /** A hash of the file's text. */
  text: string;
  data: Data;
}

interface Saved {
  fingerprint: string;
  entries: [string, Kept][];
}

const textHash = (contents: string) => createHash('sha256').update(contents).digest('base64');

export class EntryInfoCache {
  readonly #file: string;
  readonly #fingerprint: string;
  #entries = new Map<string, Kept>();
  /** The files met since the cache was read: only they are written back. */
  #met = new Set<string>();

  /** `file`: where the cache is kept; `fingerprint`: of the code that made the data. */
  constructor(file: string, fingerprint: string) {
    this.#file = file;
    this.#fingerprint = fingerprint;
  }

  /** Reads what the last sync kept, if it was made by the same code; anything unreadable is ignored. */
  read(): void {
    try {
      const saved = deserialize(readFileSync(this.#file)) as Saved;
      if (saved.fingerprint === this.#fingerprint) this.#entries = new Map(saved.entries);
    } catch {
      this.#entries = new Map();
    }
  }

  /** The data kept for `file` (an absolute path) when it was read with this very text; a copy. */
  get(file: string, contents: string): Data | undefined {
    if (contents.includes('\uFFFD')) return undefined;
    const kept = this.#entries.get(file);
    if (!kept || kept.text !== textHash(contents)) return undefined;
    this.#met.add(file);
    return structuredClone(kept.data);
  }

  /** Keeps what `file`, read with this text, gave: call it only once every check has passed. */
  set(file: string, contents: string, data: Data): void {
    if (contents.includes('\uFFFD')) return;
    this.#entries.set(file, { text: textHash(contents), data: structuredClone(data) });
    this.#met.add(file);
  }

  /** Writes the files met since the cache was read (a file since removed drops out); errors are ignored. */
  write(): void {
    const saved: Saved = {
      fingerprint: this.#fingerprint,
      entries: [...this.#entries].filter(([file]) => this.#met.has(file)),
    };
    const temporary = `${this.#file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.#file), { recursive: true });
      writeFileSync(temporary, serialize(saved));
      renameSync(temporary, this.#file);
    } catch {
      // A cache that cannot be written only makes the next sync read every file again.
    }
  }
}
