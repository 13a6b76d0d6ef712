/**
 * Writes the synthetic benchmark corpus. Never into `content/`.
 * Usage: node scripts/generate-corpus.ts [dir] [models] [news] [--images]
 */
import path from 'node:path';
import { generateCorpus } from './lib/corpus.ts';

const [dir = '.bench/corpus', models = '2400', news = '1000'] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'));
const target = path.resolve(dir);
const result = await generateCorpus({
  dir: target,
  models: Number(models),
  news: Number(news),
  images: process.argv.includes('--images'),
});
console.log(
  `Đã tạo ${result.models.length} mô hình và ${result.news.length} tin thử nghiệm trong ${path.join(target, 'content')}.`,
);
