import { afterEach, describe, expect, test, vi } from 'vitest';
import { ENV } from '../../src/lib/env.ts';
import { getToday } from '../../src/lib/today.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('getToday', () => {
  test('is the day fixed by DVK_TODAY, for reproducible builds', () => {
    vi.stubEnv(ENV.today, '2024-03-07');
    expect(getToday()).toBe('2024-03-07');
  });

  test('reads DVK_TODAY from the environment it is given, when given one', () => {
    vi.stubEnv(ENV.today, '2024-03-07');
    expect(getToday({ [ENV.today]: '2025-01-02' })).toBe('2025-01-02');
  });

  test("is otherwise today's date in Vietnam, even when it is still yesterday in UTC", () => {
    vi.stubEnv(ENV.today, '');
    vi.useFakeTimers({ now: new Date('2024-03-06T18:30:00Z') }); // 01:30 on 7 March in Vietnam
    expect(getToday()).toBe('2024-03-07');
  });
});
