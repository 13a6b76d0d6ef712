/**
 * Reads YAML the way editors mean it. js-yaml's default schema turns `2024-02-30` into 1 March
 * without a word; the core schema keeps dates as text so the schema can refuse impossible days.
 */
import yaml from 'js-yaml';
import { ContentError } from '../lib/content-errors.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses YAML text, turning a syntax error into a Vietnamese message with its line. */
export function parseYaml(source: string, file: string, lineOffset = 0): unknown {
  try {
    return yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = error.mark ? error.mark.line + 1 + lineOffset : undefined;
      throw new ContentError([
        {
          file: line ? `${file}:${line}` : file,
          message: `lỗi cú pháp YAML (${error.reason}). Kiểm tra dấu hai chấm, thụt đầu dòng và dấu ngoặc kép quanh câu có dấu “:”.`,
        },
      ]);
    }
    throw error;
  }
}

/** The frontmatter of a Markdown/MDX file as a plain object (empty if there is none). */
export function readFrontmatter(contents: string, file: string): Record<string, unknown> {
  const match = FRONTMATTER.exec(contents);
  if (!match) {
    throw new ContentError([
      {
        file,
        message: 'thiếu phần thông tin đầu bài (frontmatter). Tệp phải bắt đầu bằng một dòng “---”, các trường, rồi một dòng “---”.',
      },
    ]);
  }
  const data = parseYaml(match[1] ?? '', file, 1);
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError([{ file, message: 'phần frontmatter phải là danh sách các trường dạng “tên: giá trị”.' }]);
  }
  return data as Record<string, unknown>;
}
