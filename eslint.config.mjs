// @ts-check
/**
 * Lint rules, settled once (`npm run lint`, part of `npm test`): ESLint's and typescript-eslint's
 * recommended rules, the Astro plugin with its accessibility rules (jsx-a11y, strict), and
 * Prettier's config last so no lint rule argues with the formatter. Every rule switched off or
 * changed says why.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  {
    ignores: [
      'dist/',
      'dist.new/',
      'dist.old/',
      'node_modules/',
      '.astro/',
      '.cache/',
      '.bench/',
      '.vitest/',
      'content/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  astro.configs['jsx-a11y-strict'],
  {
    // The build, the scripts and the tests run on Node; browser code lives in src/client/, in the
    // web editor's src/admin/app/ and in the <script> tags of components, which get browser globals below.
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position (Astro's APIs pass them in order).
      // role="list" on unstyled lists is deliberate: Safari and VoiceOver drop the list semantics of
      // `list-style: none` lists without it (see docs/TESTING.md, html-validate's rule likewise).
      'astro/jsx-a11y/no-redundant-roles': ['error', { ul: ['list'], ol: ['list'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/client/**', 'src/admin/app/**', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  prettier,
]);
