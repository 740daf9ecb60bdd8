import { expect, test } from 'vitest';
import { capitalised } from '../../src/lib/text/capitalised';

test('capitalised upper-cases the first letter, after an opening quote or bracket', () => {
  expect(capitalised('general public budget')).toBe('General public budget');
  expect(capitalised('“water” projects')).toBe('“Water” projects');
  expect(capitalised('(about) four in ten')).toBe('(About) four in ten');
  expect(capitalised('¥12.25 million')).toBe('¥12.25 million');
  expect(capitalised('')).toBe('');
});
