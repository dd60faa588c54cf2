import {describe, expect, it} from 'vitest';
import {maxSlugLength, transliterateSlug} from '../../source/import/transliterate-slug.js';

describe('transliterateSlug', () => {
	it('spells Russian the way thebell.io addresses do', () => {
		expect(transliterateSlug('Майнеры против ИИ')).toBe('maynery-protiv-ii');
		expect(transliterateSlug('Урожай есть, покупателей нет')).toBe('urozhay-est-pokupateley-net');
		expect(transliterateSlug('Щедрый ёж съел хачапури и цукаты')).toBe('shchedryy-ezh-sel-khachapuri-i-tsukaty');
	});

	it('keeps Latin words and digits, drops punctuation and quotes', () => {
		expect(transliterateSlug('Sputnik moment в ИИ: «DeepSeek» и $1 трлн!')).toBe('sputnik-moment-v-ii-deepseek-i-1-trln');
	});

	it('stops at a word end within the length limit', () => {
		const slug = transliterateSlug('Очень длинный заголовок выпуска, который никак не помещается в одно разумное имя файла');
		expect(slug.length).toBeLessThanOrEqual(maxSlugLength);
		expect(slug.endsWith('-')).toBe(false);
		expect('ochen-dlinnyy-zagolovok-vypuska-kotoryy-nikak-ne-pomeshchaetsya-v'.startsWith(slug)).toBe(true);
	});

	it('is never empty and never leaves the folder', () => {
		expect(transliterateSlug('«…»')).toBe('issue');
		expect(transliterateSlug('../../etc/passwd')).toBe('etc-passwd');
		expect(transliterateSlug('a/b\\c')).toMatch(/^[a-z\d-]+$/u);
	});
});
