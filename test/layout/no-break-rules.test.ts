import {describe, expect, it} from 'vitest';
import {breakOpportunities} from '../../source/layout/break-lines.js';
import {compoundBreaks} from '../../source/layout/no-break-rules.js';
import {wrapPlainText} from '../../source/layout/plain-text.js';

/** The pieces no line may break inside: the text cut at every break opportunity. */
function runs(text: string, typography = true): string[] {
	const cuts = [0, ...breakOpportunities(text, {typography}), text.length];
	return cuts.slice(1).map((end, index) => text.slice(cuts[index], end).trim());
}

describe('rule 2: short words', () => {
	it('keeps one- and two-letter prepositions, conjunctions and particles with the next word', () => {
		expect(runs('Деньги пошли в банк, а не на биржу и по домам')).toEqual([
			'Деньги', 'пошли', 'в банк,', 'а не на биржу', 'и по домам',
		]);
		expect(runs('Я сказал у окна о том, что от нас до них из-за них ни за что')).toEqual([
			'Я сказал', 'у окна', 'о том,', 'что', 'от нас', 'до них', 'из-за них', 'ни за что',
		]);
	});

	it('binds capitalised and quoted short words too', () => {
		expect(runs('В Москве «и сразу» (в итоге)')).toEqual(['В Москве', '«и сразу»', '(в итоге)']);
	});

	it('keeps бы, ли, же with the word before them', () => {
		expect(runs('Он бы пришёл, если же знал ли кто')).toEqual(['Он бы', 'пришёл,', 'если же', 'знал ли', 'кто']);
	});

	it('does not bind a short word that ends a clause', () => {
		expect(runs('Ладно а, скажем, и так')).toEqual(['Ладно', 'а,', 'скажем,', 'и так']);
	});

	it('lets a short word before a dash end a row with the dash', () => {
		expect(runs('Рынок и — неожиданно — банки')).toEqual(['Рынок', 'и —', 'неожиданно —', 'банки']);
	});

	it('never ends a wrapped row with a short word when the next word fits', () => {
		const rows = wrapPlainText('Компания вложила деньги в строительство и в ремонт', 24);
		expect(rows).toEqual(['Компания вложила деньги', 'в строительство', 'и в ремонт']);
	});
});

describe('rule 3: dashes', () => {
	it('keeps a dash inside a sentence with the word before it', () => {
		expect(runs('Выручка — главное, прибыль – потом, долги - никогда')).toEqual([
			'Выручка —', 'главное,', 'прибыль –', 'потом,', 'долги -', 'никогда',
		]);
	});

	it('keeps a direct-speech dash with the word after it', () => {
		expect(runs('— Продаём всё, — сказал директор.')).toEqual(['— Продаём', 'всё, —', 'сказал', 'директор.']);
	});

	it('never starts a wrapped row with a dash', () => {
		const rows = wrapPlainText('Главный акционер компании — государство', 26);
		expect(rows).toEqual(['Главный акционер', 'компании — государство']);
	});
});

describe('rule 4: numbers, abbreviations, initials, quotes', () => {
	it('keeps numbers with units and number words', () => {
		expect(runs('весит 5 кг, рост 20 %, цена 1500 ₽ и $2,5 млрд')).toEqual([
			'весит', '5 кг,', 'рост', '20 %,', 'цена', '1500 ₽', 'и $2,5 млрд',
		]);
		expect(runs('собрали 10 тыс. за 15 тыс. рублей')).toEqual(['собрали', '10 тыс.', 'за 15 тыс. рублей']);
		expect(runs('в 1799 г. и в XIX в. было')).toEqual(['в 1799 г.', 'и в XIX в.', 'было']);
		expect(runs('потратили 1 500 000 рублей')).toEqual(['потратили', '1 500 000 рублей']);
	});

	it('lets a number that ends a clause, or comes before a short function word, go', () => {
		expect(runs('в 2019, а потом')).toEqual(['в 2019,', 'а потом']);
		expect(runs('в 2020 и 2021 годах')).toEqual(['в 2020', 'и 2021 годах']);
	});

	it('keeps № and § with their numbers', () => {
		expect(runs('закон № 5 и § 3 устава')).toEqual(['закон', '№ 5', 'и § 3 устава']);
	});

	it('keeps initials with the surname, on either side', () => {
		expect(runs('сказал А. С. Петров вчера')).toEqual(['сказал', 'А. С. Петров', 'вчера']);
		expect(runs('сказал Петров А. С. вчера')).toEqual(['сказал', 'Петров А. С.', 'вчера']);
		expect(runs('сказал А.С. Петров')).toEqual(['сказал', 'А.С. Петров']);
	});

	it('keeps т. е. and и т. д. together', () => {
		expect(runs('дороже, т. е. хуже, и т. д., и т. п.')).toEqual(['дороже,', 'т. е.', 'хуже,', 'и т. д.,', 'и т. п.']);
	});

	it('keeps quotes and brackets standing apart with their words', () => {
		expect(runs('слово « цитата » ( скобка ) !')).toEqual(['слово', '« цитата »', '( скобка ) !']);
	});
});

describe('hyphenated words', () => {
	it('never breaks short forms at their hyphen', () => {
		expect(compoundBreaks('из-за', 0, 5, true)).toEqual([]);
		expect(compoundBreaks('кто-то', 0, 6, true)).toEqual([]);
		expect(compoundBreaks('какой-нибудь', 0, 12, true)).toEqual([]);
		expect(compoundBreaks('кое-какой', 0, 9, true)).toEqual([]);
		expect(compoundBreaks('20-й', 0, 4, true)).toEqual([]);
		expect(compoundBreaks('1990-х', 0, 6, true)).toEqual([]);
		expect(compoundBreaks('Ростов-на-Дону', 0, 14, true)).toEqual([]);
	});

	it('may break long compounds after their hyphen', () => {
		expect(compoundBreaks('«северо-западный»', 0, 17, true)).toEqual([8]);
		expect(compoundBreaks('бизнес-план', 0, 11, true)).toEqual([7]);
		expect(runs('северо-западный бизнес-план')).toEqual(['северо-', 'западный', 'бизнес-', 'план']);
	});

	it('breaks after any hyphen between letters without typography', () => {
		expect(compoundBreaks('из-за', 0, 5, false)).toEqual([3]);
		expect(runs('в банк из-за', false)).toEqual(['в', 'банк', 'из-', 'за']);
	});
});

/**
 * `~` marks a space where Typograf's Russian rules put a no-break space (our own
 * sentences, one family each): no line may break there. Other spaces are not checked.
 */
function expectBound(marked: string): void {
	const text = marked.replaceAll('~', ' ');
	const breaks = new Set(breakOpportunities(text));
	const broken = [...marked.matchAll(/~/g)]
		.map(match => match.index + 1)
		.filter(position => breaks.has(position))
		.map(position => `${text.slice(0, position - 1)}|${text.slice(position)}`);
	expect(broken).toEqual([]);
}

describe('Typograf\'s no-break families', () => {
	it('keeps every short word with the next: two letters or fewer, and the three-letter prepositions', () => {
		expectBound('Он~решил, что ЦБ~снизит ставку, и~мы~это увидим');
		expectBound('Выручка выросла на~60%. Для~сравнения, при~этом без~учёта льгот, под~давлением, над~рынком, про~запас');
		expect(runs('Рост на 60%. Для сравнения')).toEqual(['Рост', 'на 60%.', 'Для сравнения']);
	});

	it('keeps a particle with the word before it, not after it', () => {
		expectBound('Разве~же так можно? Может~ли рынок расти');
		expect(runs('Может ли рынок')).toEqual(['Может ли', 'рынок']);
	});

	it('keeps a number with its multiplier, also after a currency sign, and a year with its noun', () => {
		expectBound('Оценка в~$1~трлн, расходы в~€5~млрд и~1,5~млн рублей в~2020~году и~2019~года');
		expectBound('площадью 120~м2 в~5~км, цена 10~руб. 50~коп.');
	});

	it('keeps years and centuries with г., гг., в., вв.', () => {
		expectBound('в~2012~г. и~в~2012–2015~гг., в~XIX~в. и~в~XX–XXI~вв.');
	});

	it('keeps initials with the surname', () => {
		expectBound('пишет А.~С.~Пушкин, а~(М.~Ю.~Лермонтов) молчит; В.И.~Немирович-Данченко');
	});

	it('keeps address parts with their names and numbers', () => {
		expectBound('Офис: г.~Москва, ул.~Тверская, д.~12, кв.~5, эт.~-1, оф.~22, пр.~Мира, дом~2, литер~Щ, мкр.~Южный, 6~этаж');
		expectBound('с.~Ивановка, пер.~Малый, наб.~Фонтанки, ш.~Энтузиастов');
		// Not a house number: the words go their own ways.
		expect(runs('дом продали')).toEqual(['дом', 'продали']);
	});

	it('keeps pages, chapters, figures and «см.» with what follows', () => {
		expectBound('см.~также стр.~22, гл.~2, рис.~7, илл.~5 и~п.~3, им.~Ленина');
	});

	it('keeps №, § and ¶ with their numbers, and ООО with the name', () => {
		expectBound('закон №~5, §~3 и ¶~2; ООО~«Ромашка» и~ПАО~«Газпром»');
	});

	it('keeps abbreviations of several letters together', () => {
		expectBound('и~т.~д., т.~е., н.~э., ст.~ст.');
		// The «д.» of «и т. д.» ends a list: it is not a house number.
		expect(runs('и т. д. Потом')).toEqual(['и т. д.', 'Потом']);
	});

	it('keeps a short last word or number of a sentence with the word before it', () => {
		expectBound('Голубка дряхлая~моя! Санкции ввели в~США. Потом');
		expectBound('Глава~2');
		expectBound('Рассказ о~поездке (часть~1).');
		expectBound('Сегодня получил~5. И~рад');
		// Not before a lower-case word: the sentence goes on.
		expect(runs('знал 5. и всё')).toEqual(['знал', '5.', 'и всё']);
	});

	it('keeps a dash that continues speech with the word before it', () => {
		expectBound('— Мы~продаём, — говорит он.~— В~потенциале рынок огромен');
		// Typeset with a no-break space after the dash, as in the pages of the newsletter.
		expectBound('— Мы~продаём, — говорит он.~—\u00A0В потенциале');
		expect(runs('говорит он. —\u00A0В потенциале')).toEqual(['говорит', 'он. —\u00A0В', 'потенциале']);
	});
});

describe('Typograf\'s no-break spaces in wrapped rows', () => {
	const marked = [
		'Выручка выросла на~60%. Для~сравнения, при~этом без~учёта льгот, под~давлением рынка',
		'Оценка в~$1~трлн, расходы в~€5~млрд и~1,5~млн рублей в~2020~году и~2019~года',
		'Офис: г.~Москва, ул.~Тверская, д.~12, кв.~5, эт.~-1, оф.~22, пр.~Мира, дом~2, литер~Щ',
		'пишет А.~С.~Пушкин, а~(М.~Ю.~Лермонтов) молчит; см.~также стр.~22, гл.~2, рис.~7',
		'в~XIX~в. и~в~XX–XXI~вв., закон №~5 и~§~3; Голубка дряхлая~моя! Рассказ о~поездке (часть~1).',
		// Typograf binds the opening dash and the dash after a comma both ways.
		'—~Мы~продаём,~— говорит он.~—~В~потенциале рынок огромен, и~мы~это видим',
	];

	it('never breaks a row inside a group joined by them when the group fits the row', () => {
		const broken: string[] = [];
		for (const sentence of marked) {
			const text = sentence.replaceAll('~', ' ');
			// Each group: the words joined by ~, as [start, end) in the text.
			const groups = [...sentence.matchAll(/\S+(?:~\S+)+/g)].map(match => ({start: match.index, end: match.index + match[0].length}));
			for (let width = 8; width <= 60; width++) {
				let offset = 0;
				for (const row of wrapPlainText(text, width)) {
					offset = text.indexOf(row, offset) + row.length;
					const inside = groups.find(group => group.start < offset && offset < group.end && group.end - group.start <= width);
					if (inside !== undefined) {
						broken.push(`${width}: ${text.slice(inside.start, offset)}|${text.slice(offset, inside.end)}`);
					}
				}
			}
		}

		expect(broken).toEqual([]);
	});
});

describe('a bound run wider than the row', () => {
	it('breaks at its weakest bond', () => {
		// «на $1 трлн» is 10 columns: the preposition lets go, the number keeps its multiplier.
		expect(wrapPlainText('Фонд взял на $1 трлн больше', 8)).toEqual(['Фонд', 'взял', 'на', '$1 трлн', 'больше']);
		expect(wrapPlainText('Прибыль в 2020 году', 9)).toEqual(['Прибыль', 'в', '2020 году']);
	});
});
