import { describe, expect, test } from 'vitest';
import StatusBanner from '../../src/components/StatusBanner.astro';
import { renderToString, textOf } from './render.ts';

describe('StatusBanner', () => {
  test('marks a draft in Vietnamese and says how to publish it', async () => {
    const text = textOf(await renderToString(StatusBanner, { status: 'draft', date: '2026-11-25' }));
    expect(text).toBe('Bản nháp — trang này chỉ hiện khi xem thử. Đổi draft: true thành draft: false để xuất bản.');
  });

  test('marks a scheduled entry with the day it goes live', async () => {
    const text = textOf(await renderToString(StatusBanner, { status: 'scheduled', date: '2027-01-05' }));
    expect(text).toBe('Hẹn giờ — trang sẽ lên mạng ngày 5 tháng 1, 2027, trong lần build đầu tiên từ ngày đó.');
  });

  test('shows nothing on a published entry', async () => {
    expect(textOf(await renderToString(StatusBanner, { status: 'published', date: '2024-03-08' }))).toBe('');
  });
});
