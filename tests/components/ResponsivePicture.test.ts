import { describe, expect, test } from 'vitest';
import ResponsivePicture from '../../src/components/ResponsivePicture.astro';
import { renderToString } from './render.ts';

/** A picture as content collections give it (an imported image's metadata). */
const cover = { src: '/src/cover.png', width: 1600, height: 900, format: 'png' as const };

describe('ResponsivePicture', () => {
  test('gives AVIF sources and a WebP fallback at each width, with the attributes it is given', async () => {
    const html = await renderToString(ResponsivePicture, {
      src: cover,
      alt: 'Hình vẽ con đường giữa ruộng lúa',
      widths: [320, 640],
      sizes: '(min-width: 60rem) 20rem, 100vw',
      loading: 'lazy',
      class: 'card-image',
    });
    const source = /<source [^>]*>/.exec(html)?.[0] ?? '';
    const img = /<img [^>]*>/.exec(html)?.[0] ?? '';
    expect(source).toContain('type="image/avif"');
    expect(source).toMatch(/srcset="[^"]*avif[^"]* 320w, [^"]*avif[^"]* 640w"/);
    expect(source).toContain('sizes="(min-width: 60rem) 20rem, 100vw"');
    expect(img).toMatch(/srcset="[^"]*webp[^"]* 320w, [^"]*webp[^"]* 640w"/);
    expect(img).toMatch(/ src="[^"]*webp[^"]*"/);
    for (const attribute of [
      'alt="Hình vẽ con đường giữa ruộng lúa"',
      'sizes="(min-width: 60rem) 20rem, 100vw"',
      'width="1600"',
      'height="900"',
      'loading="lazy"',
      'decoding="async"',
      'class="card-image"',
    ]) {
      expect(img).toContain(attribute);
    }
  });

  test('keeps an empty alt (a decorative picture) as an empty alt, and loads lazily unless told otherwise', async () => {
    const html = await renderToString(ResponsivePicture, { src: cover, alt: '', widths: [320], sizes: '100vw' });
    const img = /<img [^>]*>/.exec(html)?.[0];
    expect(img).toMatch(/ alt(="")?[ >]/);
    expect(img).toContain('loading="lazy"');
    const eager = await renderToString(ResponsivePicture, {
      src: cover,
      alt: '',
      widths: [320],
      sizes: '100vw',
      loading: 'eager',
    });
    expect(eager).toContain('loading="eager"');
    expect(eager).not.toContain('loading="lazy"');
  });
});
