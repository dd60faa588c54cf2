import {describe, expect, it} from 'vitest';
import {isHyphenatable, loadHyphenator} from '../../source/layout/hyphenation.js';

const hyphenator = await loadHyphenator();
const hyphenationPoints = hyphenator.points.bind(hyphenator);

function hyphenated(word: string): string {
	let result = '';
	let last = 0;
	for (const point of hyphenationPoints(word, 0, word.length)) {
		result += `${word.slice(last, point)}-`;
		last = point;
	}

	return result + word.slice(last);
}

describe('the hyphenator', () => {
	it('splits Russian words by the TeX patterns', () => {
		expect(hyphenated('государственный')).toBe('го-су-дар-ствен-ный');
		expect(hyphenated('объявление')).toBe('объ-яв-ле-ние');
		expect(hyphenated('подъезд')).toBe('подъ-езд');
	});

	it('splits a capitalised word like its lower-case form, with offsets into the text', () => {
		expect(hyphenated('Государственный')).toBe('Го-су-дар-ствен-ный');
		expect(hyphenationPoints('«искусство»', 1, 10)).toEqual([3, 6]);
	});

	it('never leaves fewer than two letters on a side', () => {
		for (const word of ['обеспечение', 'аэропорт', 'экономика', 'ищу']) {
			for (const point of hyphenationPoints(word, 0, word.length)) {
				expect(point).toBeGreaterThanOrEqual(2);
				expect(word.length - point).toBeGreaterThanOrEqual(2);
			}
		}
	});

	it('refuses anything but plain Cyrillic words', () => {
		for (const word of ['ВТБ', 'РОСНЕФТЬ', 'e-mail', 'https://bell.example/статья', 'mail@почта.рф', 'covid19', '20-летний', 'Telegram', 'северо-западный', 'кот']) {
			expect(isHyphenatable(word, 0, word.length)).toBe(false);
			expect(hyphenationPoints(word, 0, word.length)).toEqual([]);
		}
	});
});
