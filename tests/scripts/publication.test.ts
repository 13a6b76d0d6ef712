import { describe, expect, test } from 'vitest';
import { formatPublication, getPublication } from '../../scripts/lib/publication.ts';

const TODAY = '2026-11-30';
const entry = (file: string, date: string, draft = false) => ({ file, date, draft });

describe('getPublication', () => {
  test('counts what goes live and lists drafts and scheduled entries, soonest first', () => {
    const models = [
      entry('content/models/a/index.md', '2024-03-08'),
      entry('content/models/x/index.md', '2024-03-08', true),
      entry('content/models/later/index.md', '2027-01-01'),
    ];
    const news = [
      entry('content/news/b/index.md', TODAY),
      entry('content/news/y/index.md', '2026-12-05'),
      // A draft dated in the future is a draft: nothing publishes it until draft: false.
      entry('content/news/nhap/index.md', '2026-12-01', true),
    ];
    expect(getPublication(models, news, TODAY)).toEqual({
      live: { models: 1, news: 1 },
      drafts: ['content/models/x/index.md', 'content/news/nhap/index.md'],
      scheduled: [
        { file: 'content/news/y/index.md', date: '2026-12-05' },
        { file: 'content/models/later/index.md', date: '2027-01-01' },
      ],
    });
  });
});

describe('formatPublication', () => {
  test('says what goes live and that nothing waits', () => {
    expect(formatPublication({ live: { models: 41, news: 40 }, drafts: [], scheduled: [] })).toEqual([
      'Sẽ xuất bản: 41 mô hình, 40 tin tức. Không có bản nháp hay bài hẹn ngày.',
    ]);
  });

  test('names each draft and scheduled entry, with what to do or when it goes live', () => {
    const lines = formatPublication({
      live: { models: 41, news: 40 },
      drafts: ['content/models/x/index.md'],
      scheduled: [{ file: 'content/news/y/index.md', date: '2026-12-05' }],
    });
    expect(lines).toEqual([
      'Sẽ xuất bản: 41 mô hình, 40 tin tức.',
      'Chưa xuất bản: 1 bản nháp, 1 hẹn ngày.',
      '  · content/models/x/index.md — bản nháp (draft: true). Đổi thành draft: false khi bài đã xong.',
      '  · content/news/y/index.md — hẹn ngày 2026-12-05: lên trang ở lần build đầu tiên từ ngày đó trở đi.',
    ]);
  });

  test('leaves out a kind that has none', () => {
    const lines = formatPublication({ live: { models: 0, news: 2 }, drafts: ['a', 'b'], scheduled: [] });
    expect(lines.slice(0, 2)).toEqual(['Sẽ xuất bản: 0 mô hình, 2 tin tức.', 'Chưa xuất bản: 2 bản nháp.']);
  });
});
