/** The place schema. */
import { describe, expect, test } from 'vitest';
import { placeSchema } from '../../src/schemas/place.ts';

describe('placeSchema', () => {
  test('knows the Vietnamese kinds of unit', () => {
    expect(placeSchema.safeParse({ id: 'tan-chau', name: 'Tân Châu', kind: 'thị xã' }).success).toBe(true);
    expect(placeSchema.safeParse({ id: 'tan-chau', name: 'Tân Châu', kind: 'town' }).success).toBe(false);
  });

  test('accepts the units of the 2025 reorganisation: đặc khu, validFrom', () => {
    const unit = {
      id: 'dac-khu-phu-quoc',
      name: 'Phú Quốc',
      kind: 'đặc khu',
      parent: 'an-giang',
      validFrom: '2025-07-01',
    };
    expect(placeSchema.parse(unit)).toMatchObject({ kind: 'đặc khu', validFrom: '2025-07-01' });
    expect(placeSchema.safeParse({ ...unit, validFrom: '2025-02-30' }).success).toBe(false);
  });
});
