import {describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import {NotAnIssueError, parsePageDump} from '../../source/archive/parse-page-dump.js';

const disclaimer = 'НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ THE BELL ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА THE BELL.';
const promo = 'Рассылки The Bell стали платными. Подписывайтесь!';
const teaserA = 'Кто платит за крепкий рубль и почему экспортеры снова просят ЦБ о помощи';
const summaryA = 'Экспортеры жалуются на курс. Регулятор пока не видит причин вмешиваться.';
const teaserB = '«Это не кризис, а перезагрузка». Как девелоперы переживают конец льготной ипотеки';
const summaryB = 'Продажи новостроек упали на треть. Застройщики снижают цены и ищут новых покупателей.';

const dump = (...lines: string[]) => lines.join('\n\n');

describe('parsePageDump', () => {
	it('reads a dump in the seed layout', () => {
		const issue = parsePageDump(dump(
			'loading',
			'Курс рубля. Почему доллар снова стоит 100 рублей',
			'Доллар на бирже впервые с осени превысил 100 рублей.',
			'Что случилось?',
			'Экспортеры сократили продажи валюты. Импорт растет.',
			'Скопировать ссылку',
			teaserA, summaryA,
			promo,
			`${disclaimer} 18+`,
			teaserB, summaryB,
		));
		expect(issue.title).toBe('Курс рубля. Почему доллар снова стоит 100 рублей');
		expect(issue.story.map(block => block.type)).toEqual(['paragraph', 'heading', 'paragraph']);
		expect(issue.teasers).toEqual([{title: teaserA, summary: summaryA}, {title: teaserB, summary: summaryB}]);
		expect(issue.notices).toEqual([promo, `${disclaimer} 18+`]);
	});

	it('takes the disclaimer and the author line from under the title', () => {
		const issue = parsePageDump(dump('Заголовок выпуска', 'The Bell', disclaimer, '18+', 'Первый абзац истории.', 'Скопировать ссылку'));
		expect(issue.notices).toEqual([disclaimer, '18+']);
		expect(issue.story).toEqual([{type: 'paragraph', text: 'Первый абзац истории.'}]);
	});

	it('ends the story at a copy-link line that follows the last paragraph after a single newline', () => {
		const issue = parsePageDump('Заголовок\n\nАбзац один.\n\nПоследний абзац.\nСкопировать ссылку\n\n' + dump(teaserA, summaryA));
		expect(issue.story.map(block => blockText(block))).toEqual(['Абзац один.', 'Последний абзац.']);
		expect(issue.teasers).toHaveLength(1);
	});

	it('finds the end of the story without a copy-link line: teasers before and after the notices', () => {
		const issue = parsePageDump(dump(
			'Заголовок выпуска',
			'Абзац один.',
			'Что дальше?',
			'Абзац два.',
			teaserA, summaryA,
			promo,
			teaserB, summaryB,
		));
		expect(issue.story.map(block => blockText(block))).toEqual(['Абзац один.', 'Что дальше?', 'Абзац два.']);
		expect(issue.teasers.map(teaser => teaser.title)).toEqual([teaserA, teaserB]);
		expect(issue.notices).toEqual([promo]);
	});

	it('keeps a sub-heading and its paragraph in the story when there is no copy-link line', () => {
		const issue = parsePageDump(dump('Заголовок выпуска', 'Абзац один.', 'Почему это важно?', 'Потому что важно.', promo));
		expect(issue.story.map(block => block.type)).toEqual(['paragraph', 'heading', 'paragraph']);
		expect(issue.teasers).toEqual([]);
	});

	it('treats the whole text as the story when nothing marks its end', () => {
		const issue = parsePageDump(dump('Заголовок', 'Абзац один.', 'Абзац два без точки в конце'));
		expect(issue.story.map(block => block.type)).toEqual(['paragraph', 'paragraph']);
	});

	it('recognises notices in the middle of the story', () => {
		const issue = parsePageDump(dump('Заголовок', 'Абзац один.', promo, 'Абзац два.', 'Скопировать ссылку'));
		expect(issue.notices).toEqual([promo]);
		expect(issue.story).toHaveLength(2);
	});

	it('classifies sub-headings: questions, «quotes», plain phrases — not sentences', () => {
		const issue = parsePageDump(dump(
			'Заголовок',
			'Что случилось?',
			'Текст.',
			'«Мы не планировали продавать»',
			'Текст.',
			'Цифры недели',
			'Текст.',
			'Это обычная фраза с точкой.',
			'Короткий абзац, который заканчивается двоеточием:',
			'Первое предложение. Второе предложение без точки',
			'Текст.',
		));
		expect(issue.story.map(block => block.type)).toEqual([
			'heading', 'paragraph', 'heading', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph',
		]);
	});

	it('reads each bullet style and numbered lists, merging items across blank lines', () => {
		const issue = parsePageDump([
			'Заголовок', '', 'Вступление:', '',
			'  • первый', '  • второй', '',
			'Затем:', '', '- раз', '', '- два', '',
			'И ещё:', '', '* альфа', '* бета', '* гамма', '',
			'По шагам:', '', '3. третий', '4. четвертый', '',
			'Конец.',
		].join('\n'));
		const lists = issue.story.filter(block => block.type === 'list');
		expect(lists).toEqual([
			{type: 'list', ordered: false, items: [{text: 'первый'}, {text: 'второй'}]},
			{type: 'list', ordered: false, items: [{text: 'раз'}, {text: 'два'}]},
			{type: 'list', ordered: false, items: [{text: 'альфа'}, {text: 'бета'}, {text: 'гамма'}]},
			{type: 'list', ordered: true, start: 3, items: [{text: 'третий'}, {text: 'четвертый'}]},
		]);
	});

	it('does not take a dialogue dash for a bullet', () => {
		const issue = parsePageDump(dump('Заголовок', '— Мы не знали, — сказал он.', 'Текст.'));
		expect(issue.story[0]).toEqual({type: 'paragraph', text: '— Мы не знали, — сказал он.'});
	});

	it('tells a footnote from a one-line star list by its marker in the text', () => {
		const issue = parsePageDump(dump(
			'Заголовок',
			'Об этом рассказал политик Максим Петров*.',
			'Ещё абзац.',
			'* признан в РФ иноагентом',
			'Скопировать ссылку',
		));
		expect(issue.story.at(-1)).toEqual({type: 'footnote', text: '* признан в РФ иноагентом'});
	});

	it('tells a footnote by its wording when the marker follows a quote', () => {
		const issue = parsePageDump(dump('Заголовок', 'Доклад «Фонда»* вышел вчера.', '* организация признана в РФ нежелательной'));
		expect(issue.story.at(-1)?.type).toBe('footnote');
	});

	it('keeps a footnote printed after the copy-link line in the story', () => {
		const issue = parsePageDump(dump('Заголовок', 'Сказал Петров*.', 'Скопировать ссылку', '* признан в РФ иноагентом', teaserA, summaryA));
		expect(issue.story.map(block => block.type)).toEqual(['paragraph', 'footnote']);
		expect(issue.teasers).toEqual([{title: teaserA, summary: summaryA}]);
	});

	it('reads > lines as quotes', () => {
		const issue = parsePageDump(dump('Заголовок', '> Цитата эксперта.', 'Текст.'));
		expect(issue.story[0]).toEqual({type: 'quote', text: 'Цитата эксперта.'});
	});

	it('refuses a page that is only boilerplate', () => {
		expect(() => parsePageDump(dump('loading', disclaimer, '18+', promo))).toThrow(NotAnIssueError);
		expect(() => parsePageDump(dump('Заголовок', 'Скопировать ссылку', promo))).toThrow(NotAnIssueError);
		expect(() => parsePageDump('')).toThrow(NotAnIssueError);
	});
});
