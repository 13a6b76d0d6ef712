/**
 * Astro builds a collection's schema anew for every entry, since the `image()` it passes knows the
 * entry's folder. Building zod schemas costs far more than checking with them (2,400 model schemas
 * built whole took 4.4–5.0 s of every full content sync), so the schemas build only the picture
 * fields per entry and share every other field's schema between entries.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { pictureSchema } from '../../src/schemas/common.ts';
import { modelSchema } from '../../src/schemas/model.ts';
import { newsSchema } from '../../src/schemas/news.ts';

/** A context like the one Astro gives each entry: a new `image()` every time. */
const entryContext = () => ({ image: () => z.string() }) as unknown as SchemaContext;

/** The fields whose schema two entries do not share. */
function builtPerEntry(build: (context: SchemaContext) => z.ZodObject): string[] {
  const [first, second] = [build(entryContext()), build(entryContext())];
  return Object.keys(first.shape).filter((field) => first.shape[field] !== second.shape[field]);
}

describe('schemas built for every entry', () => {
  test('a model builds only its pictures anew', () => {
    expect(builtPerEntry(modelSchema)).toEqual(['cover', 'gallery']);
  });

  test('a news item builds only its cover anew', () => {
    expect(builtPerEntry(newsSchema)).toEqual(['cover']);
  });

  test('a picture builds only its file anew', () => {
    expect(builtPerEntry(({ image }) => pictureSchema(image))).toEqual(['src']);
  });
});
