/**
 * A repository the web editor can open in a test. The editor's local workflow ("Làm việc với kho mã
 * nguồn cục bộ") asks the browser for a folder with `showDirectoryPicker()`, a native dialog
 * Playwright cannot answer. These helpers copy files into the origin-private file system (OPFS) of
 * the site's origin and make `showDirectoryPicker()` hand that folder over instead: everything
 * after the dialog (listing, reading, writing through a real FileSystemDirectoryHandle) is the
 * editor's own code. After saving, `readOpfs` reads what the editor wrote back out.
 * See ../shared/docs/CMS-TRIAL.md §3.2.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** The OPFS folder that stands for the repository. */
export const OPFS_REPO = 'repo';

/** A file of the repository: its path with `/` and its bytes. */
export interface RepoFile {
  path: string;
  bytes: Buffer;
}

/**
 * The files of `folder` (e.g. a copy of `content/`) as they sit in a repository, under
 * `prefix` (`content`), so the editor finds them where its config says.
 */
export function filesOf(folder: string, prefix = 'content'): RepoFile[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      const relative = path.relative(folder, full).split(path.sep).join('/');
      return { path: prefix ? `${prefix}/${relative}` : relative, bytes: readFileSync(full) };
    });
}

/**
 * Makes `showDirectoryPicker()` return the OPFS folder `folder` in every page of `context`. Call it
 * before the editor's page loads.
 */
export async function pickOpfsFolder(context: BrowserContext, folder = OPFS_REPO): Promise<void> {
  await context.addInitScript((name) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name),
    });
  }, folder);
}

/**
 * Replaces the OPFS folder `folder` of `page`'s origin with `files`, plus the empty `.git/` folder
 * the editor looks for to accept a folder as a repository. `page` must be on the site's origin
 * (any page of it).
 */
export async function seedOpfs(page: Page, files: RepoFile[], folder = OPFS_REPO): Promise<void> {
  await page.evaluate(async (name) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry(name, { recursive: true }).catch(() => undefined);
    const repo = await root.getDirectoryHandle(name, { create: true });
    await repo.getDirectoryHandle('.git', { create: true });
  }, folder);
  // In batches, so one evaluate never carries the whole content folder.
  for (let start = 0; start < files.length; start += 40) {
    const batch = files
      .slice(start, start + 40)
      .map((file) => ({ path: file.path, base64: file.bytes.toString('base64') }));
    await page.evaluate(
      async ({ name, batch }) => {
        const repo = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
        for (const file of batch) {
          const parts = file.path.split('/');
          let dir = repo;
          for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
          const handle = await dir.getFileHandle(parts.at(-1)!, { create: true });
          const writable = await handle.createWritable();
          await writable.write(Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)));
          await writable.close();
        }
      },
      { name: folder, batch },
    );
  }
}

/** Every file under `prefix` (`content/models`) of the OPFS folder `folder`, as the editor left it. */
export async function readOpfs(page: Page, prefix = '', folder = OPFS_REPO): Promise<RepoFile[]> {
  const files = await page.evaluate(
    async ({ name, prefix }) => {
      const found: { path: string; base64: string }[] = [];
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(name);
      for (const part of prefix.split('/').filter(Boolean)) dir = await dir.getDirectoryHandle(part);
      const walk = async (handle: FileSystemDirectoryHandle, at: string): Promise<void> => {
        for await (const [entryName, entry] of handle as unknown as AsyncIterable<[string, FileSystemHandle]>) {
          const where = at ? `${at}/${entryName}` : entryName;
          if (entry.kind === 'directory') await walk(entry as FileSystemDirectoryHandle, where);
          else {
            const bytes = new Uint8Array(await (await (entry as FileSystemFileHandle).getFile()).arrayBuffer());
            let binary = '';
            for (const byte of bytes) binary += String.fromCharCode(byte);
            found.push({ path: where, base64: btoa(binary) });
          }
        }
      };
      await walk(dir, prefix.replace(/\/+$/, ''));
      return found;
    },
    { name: folder, prefix },
  );
  return files
    .map((file) => ({ path: file.path, bytes: Buffer.from(file.base64, 'base64') }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
