/** /du-lieu/mo-hinh.json: every published model as open data, from the same catalog as the pages. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/content.ts';
import { toOpenDataRecords } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const records = toOpenDataRecords((await getCatalog()).models);
  return new Response(JSON.stringify({ license: 'Xem /bao-chi/', count: records.length, models: records }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
