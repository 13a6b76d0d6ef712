/**
 * How much is known about a model, computed from what its entry holds, never typed by hand. Many
 * models are only named in a list; their pages say so, and staff get the list of what to complete.
 */
import type { ModelData } from '../schemas/model.ts';

export interface Completeness {
  /** At least one figure of the model itself (a district's or province's total does not count). */
  figures: boolean;
  /** Both what was done (steps) and what changed (results). */
  stepsAndResults: boolean;
  /** Two or more sources. */
  severalSources: boolean;
  /** `chi-neu-ten`: none of the above beyond a name and one source; `mot-phan`: some; `day-du`: all. */
  level: CompletenessLevel;
  /** What is missing, in words for staff and readers ("số liệu", "cách làm và kết quả", "nguồn thứ hai"). */
  missing: string[];
}

export const COMPLETENESS_LEVELS = ['chi-neu-ten', 'mot-phan', 'day-du'] as const;
export type CompletenessLevel = (typeof COMPLETENESS_LEVELS)[number];

export const COMPLETENESS_LABELS: Record<CompletenessLevel, string> = {
  'chi-neu-ten': 'Mới nêu tên',
  'mot-phan': 'Có một phần thông tin',
  'day-du': 'Đủ số liệu, cách làm, kết quả và nhiều nguồn',
};

export function getCompleteness(data: Pick<ModelData, 'figures' | 'steps' | 'results' | 'sources'>): Completeness {
  const figures = data.figures.some((figure) => figure.scope === undefined);
  const stepsAndResults = data.steps.length > 0 && data.results.length > 0;
  const severalSources = data.sources.length >= 2;
  const missing = [
    figures ? undefined : 'số liệu của chính mô hình',
    stepsAndResults ? undefined : 'cách làm và kết quả',
    severalSources ? undefined : 'nguồn tin thứ hai',
  ].filter((item): item is string => item !== undefined);
  const level: CompletenessLevel =
    missing.length === 0 ? 'day-du' : !figures && !stepsAndResults ? 'chi-neu-ten' : 'mot-phan';
  return { figures, stepsAndResults, severalSources, level, missing };
}

/** Thin pages (named only, or without figures or without steps and results) tell readers so. */
export const needsCompletionNote = (completeness: Completeness) =>
  !completeness.figures || !completeness.stepsAndResults;
