import { expect, test } from 'vitest';
import { contentLayer } from '../../src/integrations/dev-saves.ts';

// The dev server finds Astro's content layer in a module Astro does not export
// (src/integrations/dev-saves.ts). An Astro that moves it must fail here, not make saves slow
// without a word.
test('the installed Astro keeps its content layer where the dev server looks for it', async () => {
  // No dev server runs in this process: the holder is found, and holds no layer.
  await expect(contentLayer()).resolves.toBeNull();
});
