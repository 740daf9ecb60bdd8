import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { charWidth, textWidth, wrapText } from '../../src/lib/text/measure';
import { nameInUnit, withoutPrefixes } from '../../src/lib/text/names';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

describe('text measurement (src/lib/text/measure.ts)', () => {
  test('CJK and typographic punctuation one em, digits 0.62 em, narrow punctuation less', () => {
    expect(textWidth('万元', 10)).toBe(20);
    expect(textWidth('…“”—', 10)).toBe(40);
    expect(charWidth('2')).toBe(0.62);
    expect(charWidth('.')).toBeLessThan(charWidth('2'));
  });

  test('wraps by width and keeps every character', () => {
    const text = '2024年晋城市重点企业空气质量监测站运行维护项目';
    const lines = wrapText(text, 6);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(textWidth(line, 1)).toBeLessThanOrEqual(6);
  });

  test('is the only width estimate in src/ (no other per-character em table)', () => {
    const estimates = sourceFiles('src').filter(
      (file) => file !== join('src/lib/text/measure.ts') && /\?\s*0\.\d+\s*:\s*1\b|\?\s*1\s*:\s*0\.\d+/.test(readFileSync(file, 'utf8')),
    );
    expect(estimates).toEqual([]);
  });
});

describe('name shortening (src/lib/text/names.ts)', () => {
  test('drops prefixes in order while enough of the name is left', () => {
    expect(withoutPrefixes('晋城市大气污染防治项目', ['晋城市'], 4)).toBe('大气污染防治项目');
    expect(withoutPrefixes('晋城市环保', ['晋城市'], 4)).toBe('晋城市环保');
    expect(nameInUnit('晋城市生态环境局泽州分局设备购置项目', '泽州分局')).toBe('设备购置项目');
  });
});
