import {describe, expect, it} from 'vitest';
import {breakParagraph, raggedLimit} from '../../source/layout/break-lines.js';
import {wrapPlainText} from '../../source/layout/plain-text.js';
import {loadHyphenator} from '../../source/layout/hyphenation.js';

const hyphenator = await loadHyphenator();

describe('breakParagraph', () => {
	it('fills rows greedily up to the width and drops the break spaces', () => {
		const text = 'Банк   снизил ставку до 16 % годовых';
		const rows = breakParagraph(text, 14);
		expect(rows.map(row => text.slice(row.start, row.end))).toEqual(['Банк   снизил', 'ставку до 16 %', 'годовых']);
		expect(rows.map(row => row.width)).toEqual([13, 14, 7]);
	});

	it('cuts a word longer than the row between graphemes', () => {
		const text = 'ссылка https://example.com/очень/длинный/адрес';
		const rows = wrapPlainText(text, 12);
		expect(rows).toEqual(['ссылка', 'https://exam', 'ple.com/очен', 'ь/длинный/ад', 'рес']);
	});

	it('never cuts a combining mark or an emoji sequence from its grapheme', () => {
		const word = 'и\u0306'.repeat(5) + '👨\u200D👩\u200D👧'.repeat(3);
		const rows = wrapPlainText(word, 4);
		expect(rows.join('')).toBe(word);
		expect(rows).toEqual(['и\u0306и\u0306и\u0306и\u0306', 'и\u0306👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧👨\u200D👩\u200D👧']);
	});

	it('makes a line feed inside a paragraph a row break', () => {
		expect(wrapPlainText('первая строка\nвторая\n\nчетвёртая', 40)).toEqual(['первая строка', 'вторая', '', 'четвёртая']);
	});

	it('breaks long compounds after their own hyphen without adding one', () => {
		expect(wrapPlainText('строим северо-западный участок', 20)).toEqual(['строим северо-', 'западный участок']);
	});
});

describe('hyphenation', () => {
	const text = 'Правительство одобрило государственную программу импортозамещения оборудования';

	it('is off unless asked for', () => {
		expect(wrapPlainText(text, 30).some(row => row.endsWith('-'))).toBe(false);
	});

	it('splits a word only where the row would otherwise be ragged', () => {
		const rows = wrapPlainText(text, 30, {hyphenator});
		// «Правительство одобрило» alone would leave 8 free columns, more than the limit; the
		// second row stays unsplit because «импор-» would leave the rest for one last row.
		expect(rows).toEqual(['Правительство одобрило госу-', 'дарственную программу', 'импортозамещения оборудования']);
		expect(30 - 'Правительство одобрило'.length).toBeGreaterThan(raggedLimit(30));
	});

	it('leaves a row alone when breaking at its space leaves little room', () => {
		// «Банк выдал кредиты» leaves 2 columns of 20: not ragged, so no hyphen.
		expect(wrapPlainText('Банк выдал кредиты предприятиям', 20, {hyphenator})).toEqual(['Банк выдал кредиты', 'предприятиям']);
	});

	it('puts a hyphen on at most two rows in a row unless a word is wider than the row', () => {
		const rows = wrapPlainText('переосмысление достопримечательностей сельскохозяйственного перераспределения', 12, {hyphenator});
		// Third in a row: «примечательностей» (17) does not fit 12 columns and must be cut; a
		// hyphen is kinder than an unmarked cut. After three, «ностей» may not take «сель-».
		// (The limit on words that fit is checked over generated text in properties.test.ts.)
		expect(rows).toEqual(['переосмысле-', 'ние досто-', 'примечатель-', 'ностей', 'сельскохо-', 'зяйственного', 'пере-', 'распределе-', 'ния']);
	});

	it('does not hyphenate the next-to-last row of a paragraph', () => {
		// «одобрило госу-|дарственную» would leave the rest on one last row.
		expect(wrapPlainText('Правительство одобрило государственную', 30, {hyphenator})).toEqual(['Правительство одобрило', 'государственную']);
	});

	it('uses the soft hyphens of the text as the split points and never shows them', () => {
		const rows = wrapPlainText('Это гос\u00ADударст\u00ADвенный банк и ничего больше', 16, {hyphenator});
		expect(rows).toEqual(['Это государст-', 'венный банк', 'и ничего больше']);
		expect(rows.join('')).not.toContain('\u00AD');
	});

	it('never hyphenates a proper name that fits the row', () => {
		const rows = wrapPlainText('Журналисты «Коммерсанта» рассказали, что Северный поток и «Газпром нефть» в Индии', 17, {hyphenator});
		expect(rows).toEqual(['Журналисты', '«Коммерсанта»', 'рассказали, что', 'Северный поток', 'и «Газпром нефть»', 'в Индии']);
		for (const width of [15, 17, 19, 30, 33]) {
			// «Инвесторы» opens a sentence: an ordinary word, it may be split.
			const split = wrapPlainText('Сделку закрыли. Инвесторы «Яндекса» узнали о ней от Минфина и Сбербанка', width, {hyphenator})
				.filter(row => row.endsWith('-') && ['«Яндекса»', 'Минфина', 'Сбербанка'].some(name => name.startsWith(row.split(' ').at(-1)!.slice(0, -1))));
			expect(split).toEqual([]);
		}
	});

	it('still hyphenates a capitalised word that opens a sentence', () => {
		expect(wrapPlainText('Банк. Северный поток и Индия', 9, {hyphenator})).toEqual(['Банк. Се-', 'верный', 'поток', 'и Индия']);
	});

	it('never splits the word a number is bound to', () => {
		expect(wrapPlainText('Центробанк поднял ключевую ставку до 16 процентов годовых', 12, {hyphenator}))
			.toEqual(['Центробанк', 'поднял клю-', 'чевую ставку', 'до', '16 процентов', 'годовых']);
		expect(wrapPlainText('Компания заплатила 5 миллиардов рублей штрафа', 15, {hyphenator}))
			.toEqual(['Компания запла-', 'тила', '5 миллиардов', 'рублей штрафа']);
	});

	it('never hyphenates abbreviations, URLs or words with digits', () => {
		const rows = wrapPlainText('Компании ВНЕШЭКОНОМБАНК https://example.org/путь 2024-годовой', 12, {hyphenator});
		expect(rows.filter(row => row.endsWith('-'))).toEqual([]);
	});
});
