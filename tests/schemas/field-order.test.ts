/**
 * The field order (src/schemas/field-order.ts) has a place for every schema field, and names no
 * field the schemas do not have, at every level: the editor's config and `npm run normalise` take
 * their order from it.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, test } from 'vitest';
import {
  FIELD_ORDER,
  OPTIONAL_LISTS,
  PARTIAL_DATES,
  WRITTEN_DEFAULTS,
  type EntryCollection,
} from '../../src/schemas/field-order.ts';
import { modelSchema } from '../../src/schemas/model.ts';
import { newsSchema } from '../../src/schemas/news.ts';

const context = { image: () => z.string() } as unknown as SchemaContext;
const SCHEMAS: Record<EntryCollection, z.ZodObject> = {
  models: modelSchema(context) as unknown as z.ZodObject,
  news: newsSchema(context) as unknown as z.ZodObject,
};

/** The schema inside optional(), default() and the like. */
function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/** The object a field holds, itself or as the items of its list; undefined for other fields. */
function objectOf(schema: z.ZodType): z.ZodObject | undefined {
  const inner = unwrap(schema);
  const object = inner instanceof z.ZodArray ? unwrap(inner.element as z.ZodType) : inner;
  return object instanceof z.ZodObject ? object : undefined;
}

describe.each(Object.keys(FIELD_ORDER) as EntryCollection[])('the field order of %s', (collection) => {
  const order = FIELD_ORDER[collection];
  const shape = SCHEMAS[collection].shape;

  test('lists every top-level schema field once, and nothing else', () => {
    expect(new Set(order.fields).size).toBe(order.fields.length);
    expect([...order.fields].sort()).toEqual(Object.keys(shape).sort());
  });

  test('orders every object and list of objects, field by field', () => {
    const withObjects = Object.keys(shape).filter((key) => objectOf(shape[key] as z.ZodType));
    expect(Object.keys(order.nested).sort()).toEqual(withObjects.sort());
    for (const key of withObjects) {
      const fields = (order.nested as Record<string, readonly string[]>)[key]!;
      expect(new Set(fields).size, key).toBe(fields.length);
      expect([...fields].sort(), key).toEqual(Object.keys(objectOf(shape[key] as z.ZodType)!.shape).sort());
    }
  });

  test('writes out only defaults the schema itself gives', () => {
    for (const [key, value] of Object.entries(WRITTEN_DEFAULTS[collection])) {
      const field = shape[key] as z.ZodType;
      expect(field, key).toBeInstanceOf(z.ZodDefault);
      expect((field as z.ZodDefault).def.defaultValue, key).toBe(value);
    }
  });

  test('leaves out only lists whose default is an empty list', () => {
    const lists = Object.keys(shape).filter((key) => {
      const field = shape[key] as z.ZodType;
      return (
        field instanceof z.ZodDefault && Array.isArray(field.def.defaultValue) && field.def.defaultValue.length === 0
      );
    });
    expect([...OPTIONAL_LISTS[collection]].sort()).toEqual(lists.sort());
  });

  test('names partial dates that are fields of its objects', () => {
    for (const [key, fields] of Object.entries(PARTIAL_DATES[collection])) {
      const object = objectOf(shape[key] as z.ZodType);
      for (const field of fields) expect(object?.shape, `${key}.${field}`).toHaveProperty(field);
    }
  });
});
