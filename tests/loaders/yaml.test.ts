/** YAML lists (places, fields, organisations): every item checked, invisible characters removed. */
import { describe, expect, test } from 'vitest';
import { readYamlList } from '../../src/loaders/yaml.ts';
import { fieldSchema } from '../../src/schemas/field.ts';

describe('readYamlList', () => {
  test('removes invisible characters from items, naming each item and field for check’s warnings', () => {
    const text = [
      '- id: kinh-te\u200B',
      '  name: Kinh\u00AD tế',
      '  description: Làm ăn.',
      '- id: van-hoa',
      '  name: Văn hóa',
      '  description: An sinh.',
    ].join('\n');
    const { items, problems, removed } = readYamlList(text, 'content/fields.yaml', fieldSchema);
    expect(problems).toEqual([]);
    expect(items.map((i) => i.parsed)).toEqual([
      { id: 'kinh-te', name: 'Kinh tế', description: 'Làm ăn.' },
      { id: 'van-hoa', name: 'Văn hóa', description: 'An sinh.' },
    ]);
    expect(removed.map((r) => `${r.file} ${r.field}`)).toEqual([
      'content/fields.yaml (kinh-te) id',
      'content/fields.yaml (kinh-te) name',
    ]);
    expect(removed[1]?.message).toContain('dấu gạch nối mềm (U+00AD)');
  });

  test('refuses a name made only of invisible characters as empty', () => {
    const { problems } = readYamlList('- id: a\n  name: "\u200B"\n  description: B.\n', 'f.yaml', fieldSchema);
    expect(problems).toEqual([
      {
        file: 'f.yaml (mục thứ 1)',
        field: 'name',
        message:
          'chỉ có ký tự vô hình (ký tự rộng 0 (U+200B)): trông như có chữ nhưng thực ra để trống. Hãy xoá hết giá trị rồi gõ lại nội dung cho trường này.',
      },
    ]);
  });
});
