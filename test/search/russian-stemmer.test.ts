import {describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import {readArchive} from '../helpers/read-archive.js';
import {splitWords} from '../../source/search/tokenize.js';
import {sampleArchive} from '../helpers/run-cli.js';
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

	it('gives a stem that is always the start of its word, which the highlighter relies on', async () => {
		const words = new Set<string>();
		for (const issue of (await readArchive(sampleArchive)).issues) {
			for (const block of issue.story) {
				for (const word of splitWords(blockText(block))) {
					words.add(word.folded);
				}
			}
		}

		expect(words.size).toBeGreaterThan(2000);
		for (const word of words) {
			expect(word.startsWith(stemWord(word)), word).toBe(true);
		}
	});
});
