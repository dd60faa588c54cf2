import {describe, expect, it} from 'vitest';
import {languageOf} from '../../source/i18n/locale.js';
import {russianPlural} from '../../source/i18n/russian-plural.js';

describe('russianPlural', () => {
	it('picks one / few / many like Russian does', () => {
		const forms = [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(count => `${count} ${russianPlural(count, 'выпуск', 'выпуска', 'выпусков')}`);
		expect(forms).toEqual(['1 выпуск', '2 выпуска', '4 выпуска', '5 выпусков', '11 выпусков', '12 выпусков', '14 выпусков', '21 выпуск', '22 выпуска', '25 выпусков', '101 выпуск', '111 выпусков']);
	});
});

describe('languageOf', () => {
	it('speaks Russian for Russian locales, English otherwise', () => {
		expect(languageOf({LANG: 'ru_RU.UTF-8'})).toBe('ru');
		expect(languageOf({LC_ALL: 'ru_UA.UTF-8', LANG: 'en_US.UTF-8'})).toBe('ru');
		expect(languageOf({LC_MESSAGES: 'en_GB.UTF-8', LANG: 'ru_RU.UTF-8'})).toBe('en');
		expect(languageOf({LANG: 'C.UTF-8'})).toBe('en');
		expect(languageOf({})).toBe('en');
		expect(languageOf({LANG: 'rus'})).toBe('en');
	});
});
