/**
 * Whether a model may be called "Dân vận khéo", computed from what its sources say (each source's
 * `danVanKheo`), never typed by hand: a page calls a model so only when a cited page does.
 */
import type { ModelData } from '../schemas/model.ts';

/**
 * - `dan-van-kheo`: a source calls this very model a "Dân vận khéo" model;
 * - `phong-trao`: a source names it as an example in a report on the "Dân vận khéo" movement,
 *   without calling the model itself so;
 * - `cach-lam-hay`: no source ties it to the name; it is shown as a good practice of mobilising people.
 */
export const RECOGNITIONS = ['dan-van-kheo', 'phong-trao', 'cach-lam-hay'] as const;
export type Recognition = (typeof RECOGNITIONS)[number];

/** Short labels for cards, filters and listing titles. */
export const RECOGNITION_LABELS: Record<Recognition, string> = {
  'dan-van-kheo': 'Mô hình “Dân vận khéo”',
  'phong-trao': 'Nêu trong phong trào “Dân vận khéo”',
  'cach-lam-hay': 'Cách làm hay trong vận động nhân dân',
};

export interface RecognitionFacts {
  level: Recognition;
  /** Numbers (from 1) of the sources that support the level; empty for `cach-lam-hay`. */
  sources: number[];
}

/** The strongest thing the model's sources say about the name, and which sources say it. */
export function getRecognition(data: Pick<ModelData, 'sources'>): RecognitionFacts {
  const numbersOf = (mention: string) =>
    data.sources.flatMap((source, index) => (source.danVanKheo === mention ? [index + 1] : []));
  const named = numbersOf('mo-hinh');
  if (named.length > 0) return { level: 'dan-van-kheo', sources: named };
  const movement = numbersOf('phong-trao');
  if (movement.length > 0) return { level: 'phong-trao', sources: movement };
  return { level: 'cach-lam-hay', sources: [] };
}

/** One sentence per level, for listing pages and their descriptions. */
export const RECOGNITION_DESCRIPTIONS: Record<Recognition, string> = {
  'dan-van-kheo': 'Các mô hình mà ít nhất một nguồn tin công khai gọi là mô hình “Dân vận khéo”.',
  'phong-trao':
    'Các cách làm được nêu trong bài viết về phong trào “Dân vận khéo”, nhưng nguồn tin không gọi riêng từng cách làm là mô hình “Dân vận khéo”.',
  'cach-lam-hay': 'Các cách làm hay trong vận động nhân dân mà nguồn tin hiện có không gọi là mô hình “Dân vận khéo”.',
};
