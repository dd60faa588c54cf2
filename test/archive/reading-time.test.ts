import {describe, expect, it} from 'vitest';
import {countWords, readingMinutes} from '../../source/archive/reading-time.js';

describe('countWords', () => {
	it.each([
		['Один два три', 3],
		['из-за кто-то 20-й', 3],
		['Сбер’s d’Artagnan', 2],
		['— Да, — сказал он. 15 000 руб.', 6],
		['e\u0301té', 1],
		['中文 日本', 2],
		['- - -', 0],
		['', 0],
	])('counts %j as %i words', (text, words) => {
		expect(countWords(text)).toBe(words);
	});
});

describe('readingMinutes', () => {
	it('rounds at 180 words a minute, at least one for any text', () => {
		expect([0, 1, 180, 269, 270, 1800].map(words => readingMinutes(words))).toEqual([0, 1, 1, 1, 2, 10]);
	});
});
