// @ts-check
/**
 * Formatting, settled once for the whole tree (`npm run format`; `npm run lint` fails on an
 * unformatted file). The width suits long Vietnamese strings without wrapping every message.
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 120,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  // prettier-plugin-astro is pinned to 0.14.1: 1.x puts the text of inline elements on lines of its
  // own (`<a>\n{name}\n</a>`, `</a>\n, tỉnh`), which compressHTML keeps as spaces on the page.
  // Checked by building before and after formatting: dist/ stays byte-identical with 0.14.1.
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
