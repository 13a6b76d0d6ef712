/** Field types shared by the schemas: dates as written, references, sources. */
import { describe, expect, test } from 'vitest';
import { describeIssue } from '../../src/lib/content-errors.ts';
import { figureSchema, isoDate, partialDate, ref, sourceSchema } from '../../src/schemas/common.ts';

describe('isoDate', () => {
  test('accepts a real day and refuses an impossible one', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2023-02-29').success).toBe(false);
  });
});

describe('partialDate', () => {
  test.each([
    ['2024', true],
    ['2024-03', true],
    ['2024-03-07', true],
    ['2024-13', false],
    ['03/2024', false],
  ])('%s → %s', (value, ok) => {
    expect(partialDate.safeParse(value).success).toBe(ok);
  });
});

describe('ref', () => {
  test('says in Vietnamese which list the id comes from', () => {
    const result = ref('places').safeParse(5, { error: describeIssue });
    expect(result.success ? '' : result.error.issues[0]?.message).toBe(
      'cần id (chữ thường không dấu) của một địa bàn trong content/places.yaml.',
    );
  });
});

describe('sourceSchema', () => {
  test('needs a title or an outlet', () => {
    expect(sourceSchema.safeParse({ author: 'Thanh Sang' }).success).toBe(false);
    expect(sourceSchema.safeParse({ outlet: 'VietNamNet' }).success).toBe(true);
  });

  test('refuses a link that is not http(s)', () => {
    expect(sourceSchema.safeParse({ outlet: 'X', url: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('figureSchema', () => {
  const figure = { label: 'Kinh phí', value: 500, unit: 'triệu đồng', asOf: '2024', source: 1 };

  test.each(['hơn', 'trên', 'gần', 'khoảng', 'dưới'])(
    'takes the qualifier “%s” as the source writes it',
    (qualifier) => {
      expect(figureSchema.parse({ ...figure, qualifier }).qualifier).toBe(qualifier);
    },
  );

  test('refuses another word, naming the ones it takes, in Vietnamese', () => {
    const result = figureSchema.safeParse({ ...figure, qualifier: 'tầm' }, { error: describeIssue });
    expect(result.success ? '' : result.error.issues[0]?.message).toContain(
      'Chọn một trong: hơn, trên, gần, khoảng, dưới',
    );
  });

  test('leaves the qualifier out for a number given as exact', () => {
    expect(figureSchema.parse(figure)).not.toHaveProperty('qualifier');
  });
});
