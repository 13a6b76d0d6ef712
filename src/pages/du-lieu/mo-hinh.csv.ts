/** /du-lieu/mo-hinh.csv: the same records as the JSON, as CSV with a BOM so Excel reads Vietnamese. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../lib/content.ts';
import { toCsv, toOpenDataRecords } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(toOpenDataRecords((await getCatalog()).models)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
