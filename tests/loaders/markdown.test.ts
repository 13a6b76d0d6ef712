import { describe, expect, test } from 'vitest';
import { withoutFrontmatterCopy } from '../../src/loaders/markdown.ts';

describe('withoutFrontmatterCopy', () => {
  const rendered = {
    html: '<p>Đường bê tông ra cánh đồng.</p>',
    metadata: {
      headings: [{ depth: 2, slug: 'ket-qua', text: 'Kết quả' }],
      imagePaths: ['./anh.jpg'],
      frontmatter: { title: 'Đường ra đồng', place: 'tan-chau' },
    },
  };

  test('drops only the frontmatter copy: the HTML, headings and body pictures stay', () => {
    const entry = { id: 'duong-ra-dong', data: { title: 'Đường ra đồng' }, digest: 'a1', rendered };
    expect(withoutFrontmatterCopy(entry)).toEqual({
      id: 'duong-ra-dong',
      data: { title: 'Đường ra đồng' },
      digest: 'a1',
      rendered: {
        html: rendered.html,
        metadata: { headings: rendered.metadata.headings, imagePaths: ['./anh.jpg'] },
      },
    });
    // The loader's own entry is left as it was.
    expect(entry.rendered.metadata.frontmatter).toEqual({ title: 'Đường ra đồng', place: 'tan-chau' });
  });

  test('leaves an entry without rendered HTML (MDX, rendered when its page is) as it is', () => {
    const entry = { id: 'hien-dat', data: { title: 'Hiến đất' } };
    expect(withoutFrontmatterCopy(entry)).toBe(entry);
  });
});
