import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/lib/content-errors.ts';
import { parseYaml, placeholderLine, readFrontmatter } from '../../src/loaders/frontmatter.ts';

/** The first problem of the ContentError `run` throws; fails the test if it throws nothing else. */
function problemOf(run: () => unknown) {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ContentError);
  return (thrown as ContentError).problems[0]!;
}

describe('readFrontmatter', () => {
  test('keeps dates as the text the editor wrote', () => {
    expect(readFrontmatter('---\npublished: 2024-02-30\nyear: 2024\n---\nBody', 'a.md')).toEqual({
      published: '2024-02-30',
      year: 2024,
    });
  });

  test('refuses a file without frontmatter, in Vietnamese', () => {
    expect(() => readFrontmatter('# Tiêu đề', 'a.md')).toThrow(/thiếu phần thông tin đầu bài/);
  });

  test('reports a YAML error with its line in the file', () => {
    expect(
      problemOf(() => readFrontmatter('---\ntitle: Một\nsummary: a: b\n---\n', 'content/models/x/index.md')).file,
    ).toBe('content/models/x/index.md:3');
  });

  test.each([
    ['title: a\ntitle: b', 'một trường được ghi hai lần'],
    ['title: "abc', 'thiếu dấu ngoặc kép " đóng câu'],
    ['tags: [a, b', 'danh sách trong ngoặc [ ] hoặc { } chưa đóng'],
    ['title: a\nfoo\nbar: 1', 'có dòng thiếu dấu “:” sau tên trường'],
    ['a: b\n\tc: d', 'dùng phím Tab để thụt đầu dòng'],
  ])('says what is wrong with the YAML in Vietnamese: %j', (yamlText, expected) => {
    const { message } = problemOf(() => readFrontmatter(`---\n${yamlText}\n---\n`, 'x.md'));
    expect(message).toContain(expected);
    expect(message).not.toMatch(/[a-z]+ [a-z]+ (of|in|the) /);
  });
});

describe('placeholderLine', () => {
  test('finds fill-in text in a value or after it, with the line as an editor sees it', () => {
    expect(placeholderLine('---\ntitle: Tên\nsummary: «Viết tóm tắt»\n---\n')).toBe(3);
    expect(placeholderLine('---\ntitle: Tên\nplace: an-giang # «chọn địa bàn»\n---\n')).toBe(3);
  });

  test('ignores comment lines and the body', () => {
    expect(
      placeholderLine('---\ntitle: Tên\n# cover: «Mô tả ảnh»\n---\n\nMột câu «trích» trong bài.\n'),
    ).toBeUndefined();
  });
});

describe('parseYaml', () => {
  test('reads lists of places', () => {
    expect(parseYaml('- id: tan-chau\n  name: Tân Châu\n', 'p.yaml')).toEqual([{ id: 'tan-chau', name: 'Tân Châu' }]);
  });
});
