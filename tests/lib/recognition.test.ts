import { describe, expect, test } from 'vitest';
import { getRecognition } from '../../src/lib/recognition.ts';

const source = { outlet: 'Báo An Giang', url: 'https://baoangiang.com.vn/', date: '2020' };

describe('getRecognition', () => {
  test('calls a model "Dân vận khéo" only when a source does, naming which', () => {
    expect(getRecognition({ sources: [source, { ...source, danVanKheo: 'mo-hinh' }] })).toEqual({
      level: 'dan-van-kheo',
      sources: [2],
    });
  });

  test('prefers a source that names the model over one that only names the movement', () => {
    const sources = [
      { ...source, danVanKheo: 'phong-trao' as const },
      { ...source, danVanKheo: 'mo-hinh' as const },
    ];
    expect(getRecognition({ sources }).level).toBe('dan-van-kheo');
  });

  test('says "named in the movement" when that is all the sources say', () => {
    expect(getRecognition({ sources: [{ ...source, danVanKheo: 'phong-trao' }, source] })).toEqual({
      level: 'phong-trao',
      sources: [1],
    });
  });

  test('is a good practice of mobilising people when no source ties it to the name', () => {
    expect(getRecognition({ sources: [source, source] })).toEqual({ level: 'cach-lam-hay', sources: [] });
  });
});
