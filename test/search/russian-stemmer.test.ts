import {describe, expect, it} from 'vitest';
import {stemWord} from '../../source/search/russian-stemmer.js';

describe('stemWord', () => {
	it('reduces Russian word forms to one stem (Snowball)', () => {
		expect(['банк', 'банка', 'банку', 'банками', 'банках'].map(word => stemWord(word))).toEqual(['банк', 'банк', 'банк', 'банк', 'банк']);
		expect(stemWord('ускорителей')).toBe(stemWord('ускорители'));
	});

	it('keeps two-letter words whole, so ИИ does not become the conjunction и', () => {
		expect(stemWord('ии')).toBe('ии');
		expect(stemWord('ии')).not.toBe(stemWord('и'));
	});

	it('leaves Latin words, numbers and mixed words as they are', () => {
		expect(stemWord('deepseek')).toBe('deepseek');
		expect(stemWord('nvidia')).toBe('nvidia');
		expect(stemWord('h200')).toBe('h200');
		expect(stemWord('2025')).toBe('2025');
	});
});
