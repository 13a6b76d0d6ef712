/**
 * The editor guide's pictures (docs/huong-dan-bien-tap.md): every picture it embeds exists, has alt
 * text, and every screenshot `npm run screenshots` takes is shown in it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { SCREENSHOTS } from '../../scripts/screenshots.ts';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const guide = readFileSync(path.join(docs, 'huong-dan-bien-tap.md'), 'utf8');
/** Every `![alt](src)` of the guide, leaving out examples in code (fenced blocks and `…` spans). */
const prose = guide.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`]*`/g, '');
const embedded = [...prose.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map(([, alt = '', src = '']) => ({ alt, src }));

describe('SCREENSHOTS', () => {
  test('every picture the editor guide embeds exists beside it, with alt text', () => {
    expect(embedded.length).toBeGreaterThan(0);
    for (const { alt, src } of embedded) {
      expect(existsSync(path.join(docs, decodeURI(src))), src).toBe(true);
      expect(alt.trim().length, src).toBeGreaterThan(10);
    }
  });

  test('the guide shows every screenshot of the editor', () => {
    const sources = new Set(embedded.map(({ src }) => src));
    for (const name of Object.values(SCREENSHOTS)) expect(sources, name).toContain(`anh/${name}`);
  });
});
