/** The place schema. */
import { describe, expect, test } from 'vitest';
import { placeSchema } from '../../src/schemas/place.ts';

describe('placeSchema', () => {
  test('knows the Vietnamese kinds of unit', () => {
    expect(placeSchema.safeParse({ id: 'tan-chau', name: 'Tân Châu', kind: 'thị xã' }).success).toBe(true);
    expect(placeSchema.safeParse({ id: 'tan-chau', name: 'Tân Châu', kind: 'town' }).success).toBe(false);
  });
});
