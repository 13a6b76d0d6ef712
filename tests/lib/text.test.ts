import { describe, expect, test } from 'vitest';
import {
  capitalize,
  compareVi,
  editDistance,
  sortByVi,
  stripMarks,
  toComparable,
  toSearchKey,
  toSlug,
} from '../../src/lib/text.ts';
import { isSlug } from '../../src/schemas/rules.ts';

describe('toSlug', () => {
  test.each([
    ['Đường ra cánh đồng', 'duong-ra-canh-dong'],
    ['Bê tông hóa đường ra cánh đồng', 'be-tong-hoa-duong-ra-canh-dong'],
    ['Hỗ trợ thanh niên vay vốn khởi nghiệp, lập nghiệp', 'ho-tro-thanh-nien-vay-von-khoi-nghiep-lap-nghiep'],
    ['  Châu Đốc  ', 'chau-doc'],
    ['Mô hình “Dân vận khéo” 2024!', 'mo-hinh-dan-van-kheo-2024'],
    ['ĐỒNG THÁP', 'dong-thap'],
  ])('turns %s into %s', (input, slug) => {
    expect(toSlug(input)).toBe(slug);
  });

  test('maps đ and Đ to d', () => {
    expect(toSlug('đĐ')).toBe('dd');
  });

  test('gives the same slug for NFC and NFD input', () => {
    const nfc = 'Phú Tân'.normalize('NFC');
    const nfd = 'Phú Tân'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(toSlug(nfd)).toBe(toSlug(nfc));
  });

  test('produces only what isSlug accepts', () => {
    expect(isSlug(toSlug('Ấp Vĩnh Lợi — xã Châu Phong (2023)'))).toBe(true);
  });
});

describe('stripMarks', () => {
  test('removes tone and vowel marks and maps đ', () => {
    expect(stripMarks('Đường ra cánh đồng')).toBe('Duong ra canh dong');
  });
});

describe('toSearchKey', () => {
  test('folds case, marks and đ the way people type on a phone', () => {
    expect(toSearchKey('ĐƯỜNG  ra Cánh Đồng')).toBe('duong ra canh dong');
  });
});

describe('toComparable', () => {
  test('treats old and new tone placement as the same word', () => {
    expect(toComparable('hoà')).toBe(toComparable('hòa'));
    expect(toComparable('thuỷ')).toBe(toComparable('thủy'));
    expect(toComparable('khoẻ')).toBe(toComparable('khỏe'));
  });

  test('treats NFD and NFC as the same text', () => {
    expect(toComparable('Hòa Bình'.normalize('NFD'))).toBe(toComparable('hòa bình'));
  });

  test('keeps different words different', () => {
    expect(toComparable('hoa')).not.toBe(toComparable('hòa'));
  });
});

describe('compareVi', () => {
  test('sorts đ after d and before e, unlike code-point order', () => {
    const words = ['em', 'đồng', 'dân'];
    expect([...words].sort()).toEqual(['dân', 'em', 'đồng']);
    expect([...words].sort(compareVi)).toEqual(['dân', 'đồng', 'em']);
  });

  test('sorts the district names in Vietnamese order', () => {
    const names = ['Tri Tôn', 'Châu Đốc', 'An Phú', 'Chợ Mới', 'Châu Phú', 'Long Xuyên', 'Đông Xuyên'];
    expect(sortByVi(names, (n) => n)).toEqual([
      'An Phú',
      'Châu Đốc',
      'Châu Phú',
      'Chợ Mới',
      'Đông Xuyên',
      'Long Xuyên',
      'Tri Tôn',
    ]);
  });
});

describe('capitalize', () => {
  test('upper-cases the first Vietnamese letter only', () => {
    expect(capitalize('thị xã Tân Châu')).toBe('Thị xã Tân Châu');
    expect(capitalize('đường')).toBe('Đường');
  });
});

describe('editDistance', () => {
  test.each([
    ['tan-chao', 'tan-chau', 1],
    ['TrichDan', 'TrichDan', 0],
    ['Solieu', 'SoLieu', 1],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
  ])('from “%s” to “%s” is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });
});
