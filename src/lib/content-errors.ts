import type { z } from 'astro/zod';

/**
 * Content mistakes end in one Vietnamese message that names the file, the field, what was found
 * and how to fix it. Every check in the build (schemas, slugs, references) reports through here.
 */

/** One problem in one file. `field` is the frontmatter path, e.g. `cover.alt` or `figures.0.value`. */
export interface ContentProblem {
  file: string;
  field?: string;
  message: string;
}

/** Renders problems as the block of text an editor reads in the terminal. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => {
    const where = p.field ? `${p.file} — trường “${p.field}”` : p.file;
    return `  • ${where}: ${p.message}`;
  });
  const count = problems.length === 1 ? 'Có 1 lỗi' : `Có ${problems.length} lỗi`;
  return `${count} trong nội dung, cần sửa trước khi xuất bản:\n${lines.join('\n')}`;
}

/** The error thrown when content is wrong. Its message is the whole Vietnamese report. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Shows a value from a file the way the editor typed it, shortened if long. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(không có)';
  const text = typeof value === 'string' ? `“${value}”` : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** A zod issue as the error map receives it (message not yet set, path possibly missing). */
type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'chữ',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách (mỗi dòng bắt đầu bằng “- ”)',
  object: 'nhóm trường lồng nhau',
  date: 'ngày dạng YYYY-MM-DD',
};

/**
 * A Vietnamese sentence for a zod issue, used as the parse-time error map. Messages written on a
 * field in a schema (`{ error: '…' }`) take precedence over this.
 */
export function describeIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? '';
      if (issue.input === undefined) return `thiếu trường bắt buộc. Hãy thêm trường này (cần ${expected}).`;
      // `alt:` with nothing after it reaches the schema as null: the field is there, but empty.
      if (issue.input === null)
        return `đang để trống. Hãy điền ${expected} sau dấu hai chấm, hoặc xoá dòng nếu không dùng.`;
      return `giá trị ${showValue(issue.input)} không đúng kiểu. Cần ${expected}.`;
    }
    case 'invalid_value':
      return `giá trị ${showValue(issue.input)} không được chấp nhận. Chọn một trong: ${issue.values.map(String).join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'string') return `đang để trống hoặc quá ngắn (cần ít nhất ${issue.minimum} ký tự).`;
      if (issue.origin === 'array') return `cần ít nhất ${issue.minimum} mục.`;
      return `giá trị ${showValue(issue.input)} quá nhỏ (nhỏ nhất là ${issue.minimum}).`;
    case 'too_big':
      if (issue.origin === 'string') return `quá dài (tối đa ${issue.maximum} ký tự). Hãy viết gọn lại.`;
      if (issue.origin === 'array') return `có quá nhiều mục (tối đa ${issue.maximum}).`;
      return `giá trị ${showValue(issue.input)} quá lớn (lớn nhất là ${issue.maximum}).`;
    case 'unrecognized_keys':
      return `có trường không được hỗ trợ: ${issue.keys.join(', ')}. Kiểm tra lại chính tả tên trường hoặc xoá trường đó.`;
    case 'invalid_format':
      return `giá trị ${showValue(issue.input)} không đúng định dạng.`;
    default:
      return issue.message ?? 'giá trị không hợp lệ.';
  }
}

/** Turns zod issues for one file into problems, with the field path written `a.b.0`. */
export function toProblems(file: string, issues: readonly z.core.$ZodIssue[]): ContentProblem[] {
  return issues.map((issue) => {
    // A misspelt field name has no path of its own; naming the key lets a checker find its line.
    const path =
      issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]] : issue.path;
    const field = path.map(String).join('.');
    return { file, ...(field ? { field } : {}), message: issue.message };
  });
}
