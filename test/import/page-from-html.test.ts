import {describe, expect, it} from 'vitest';
import {blockText} from '../../source/archive/issue.js';
import {assessDraft} from '../../source/import/assess-draft.js';
import {isRejection, type DraftResult} from '../../source/import/issue-draft.js';
import {issueFromHtml} from '../../source/import/page-from-html.js';
import {draft} from './draft-helpers.js';
import {fixtureText} from './fixtures-path.js';


const page = (name: string) => page_(fixtureText(name));

describe('a saved The Bell page', () => {
	const issue = draft(page('saved-page.html'));
	const marked = (text: string, kind: string) => (issue.story[0]!.type === 'paragraph' ? issue.story[0]!.marks ?? [] : [])
		.filter(mark => mark.kind === kind)
		.map(mark => text.slice(mark.start, mark.end));

	it('has the page’s title, date and address', () => {
		expect(issue.title).toBe('Почему подешевела нефть и что будет с бюджетом');
		expect(issue.date).toBe('2025-05-20');
		expect(issue.url).toBe('https://thebell.io/pochemu-podeshevela-neft?utm_medium=tg');
	});

	it('walks the article into blocks with marks', () => {
		expect(issue.story.map(block => block.type)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'list', 'quote', 'paragraph', 'footnote']);
		const first = blockText(issue.story[0]!);
		expect(marked(first, 'bold')).toEqual(['$55 за баррель']);
		expect(marked(first, 'link')).toEqual(['«Интерфакс»']);
		// A relative link is resolved against the page's address.
		expect(issue.story[0]!.type === 'paragraph' && issue.story[0]!.marks?.at(-1)?.href).toBe('https://thebell.io/news/budget');
		const list = issue.story[4]!;
		expect(list.type === 'list' && list.ordered && list.items.length).toBe(3);
	});

	it('splits off the disclaimer, author line, share buttons and copy-link line', () => {
		const text = issue.story.map(block => blockText(block)).join('\n');
		for (const leftover of ['НАСТОЯЩИЙ МАТЕРИАЛ', 'Скопировать ссылку', 'Поделиться', 'Рассылки', 'Все права', 'window.__STATE__']) {
			expect(text).not.toContain(leftover);
		}

		expect(issue.notices).toHaveLength(1);
		expect(issue.story[0]!.type === 'paragraph' && issue.story[0]!.text.startsWith('Цена российской нефти')).toBe(true);
	});
});

describe('teasers after the copy-link line', () => {
	it('become title + summary pairs', () => {
		const html = `<article><h1>Кто купил «Балтику»</h1><p>Пивоваренная компания получила нового владельца после двух лет временного управления, сумма сделки не раскрывается.</p>
<p>Скопировать ссылку</p><h3>Почему дорожает кофе и надолго ли это</h3><p>Цены на арабику обновили рекорд.</p><h3>Зачем заводам роботы</h3><p>Продажи промышленных роботов растут.</p></article>`;
		const issue = draft(issueFromHtml(html, {sourceFormat: 'html', extract: 'fragment'}));
		expect(issue.teasers).toEqual([
			{title: 'Почему дорожает кофе и надолго ли это', summary: 'Цены на арабику обновили рекорд.'},
			{title: 'Зачем заводам роботы', summary: 'Продажи промышленных роботов растут.'},
		]);
		expect(issue.story).toHaveLength(1);
	});
});

describe('short news items', () => {
	it('are kept: two sentences are an issue, under Readability’s default threshold', () => {
		const html = `<!doctype html><html><head><title>ЦБ сохранил ставку — The Bell</title></head><body><nav><a href="/">Главная</a></nav>
<article><h1>ЦБ сохранил ставку</h1><p>Банк России оставил ключевую ставку на уровне 21%.</p></article></body></html>`;
		const issue = draft(page_(html));
		expect(issue.title).toBe('ЦБ сохранил ставку');
		expect(issue.story).toEqual([{type: 'paragraph', text: 'Банк России оставил ключевую ставку на уровне 21%.'}]);
	});
});

function page_(html: string): DraftResult {
	const result = issueFromHtml(html, {sourceFormat: 'html', extract: 'page'});
	return isRejection(result) ? result : assessDraft(result);
}

describe('pages that are not imported', () => {
	it('reject a listing, a landing page and a channel page with a reason', () => {
		expect(page('listing.html')).toEqual({problem: {kind: 'listing'}});
		expect(page('landing.html')).toEqual({problem: {kind: 'mostly-links'}});
		expect(page('telegram-channel.html')).toEqual({problem: {kind: 'channel'}});
	});

	it('reject a landing page of plans and prices, and a listing of headlines and dates, by their text', () => {
		const plans = ['<h1>Аналитика для тех, кто решает</h1>', '<h2>Базовая</h2>', '<p>490 ₽ в месяц</p>', '<p>Все рассылки - Архив за год</p>', '<h2>Расширенная</h2>', '<p>4 900 ₽ в год</p>', '<p>Все рассылки - Полный архив - Эфиры</p>'];
		expect(page_(`<html><body><main>${plans.join('')}</main></body></html>`)).toEqual({problem: {kind: 'not-an-issue', shape: 'landing-page'}});
		const cards = ['Почему дорожают билеты', 'Кто построит мост', 'Что будет с ипотекой'].map((headline, index) => `<h2>${headline}</h2><p>${index + 1} декабря 2026</p>`);
		expect(page_(`<html><body><main><h1>Все материалы</h1>${cards.join('')}</main></body></html>`)).toEqual({problem: {kind: 'listing'}});
	});

	it('reject a table of contents that is all links', () => {
		const links = Array.from({length: 6}, (_, index) => `<li><a href="https://thebell.io/${index}">Выпуск номер ${index} о самом важном за неделю</a></li>`).join('');
		expect(page_(`<html><body><h1>Оглавление</h1><ul>${links}</ul></body></html>`)).toEqual({problem: {kind: 'mostly-links'}});
	});

	it('reject a page with nothing but chrome', () => {
		expect(page_('<html><body><nav><a href="/">Главная</a></nav><script>alert(1)</script></body></html>')).toMatchObject({problem: {kind: expect.stringMatching(/no-title|no-story/u)}});
	});
});

describe('text from HTML', () => {
	it('strips terminal escapes and hidden text', () => {
		const html = '<p>Текст\u001B]52;c;ZXZpbA==\u0007 новости о рынке\u001B[2J акций, который достаточно длинный для выпуска.</p><p style="display: none">Скрытый прехедер</p>';
		const issue = draft(issueFromHtml(html, {sourceFormat: 'rss', title: 'Рынок акций', extract: 'fragment'}));
		expect(issue.story).toEqual([{type: 'paragraph', text: 'Текст новости о рынке акций, который достаточно длинный для выпуска.'}]);
	});
});

describe('a saved Ghost newsletter page', () => {
	const html = `<html><head><title>Grid Notes: why winter power prices fell</title></head><body><article>
		<span>Paid Members Public</span>
		<h1>Grid Notes: why winter power prices fell</h1>
		<p>Hello!</p>
		<p>Power prices in the northern zone fell by a fifth in December, even though demand hit a new peak.</p>
		<h2>Why did it happen?</h2>
		<p>Three new wind farms came online in autumn, and the reservoirs were fuller than usual.</p>
		<p>This post is for paying subscribers only</p>
		<p>Subscribe to Grid Notes to keep reading. $6/month</p>
		<p>Full archive - Weekly briefing - Cancel anytime</p>
		<p>Already have an account? Sign in</p>
		<p>Sign up for Grid Notes</p>
		<p>Sign up for Grid Notes</p>
	</article></body></html>`;

	it('keeps the badge, the paywall and the sign-up promo out of the story, each notice once', () => {
		const issue = draft(page_(html));
		expect(issue.story.map(block => blockText(block))).toEqual([
			'Hello!',
			'Power prices in the northern zone fell by a fifth in December, even though demand hit a new peak.',
			'Why did it happen?',
			'Three new wind farms came online in autumn, and the reservoirs were fuller than usual.',
		]);
		expect(issue.notices).toEqual([
			'This post is for paying subscribers only',
			'Subscribe to Grid Notes to keep reading. $6/month',
			'Full archive - Weekly briefing - Cancel anytime',
			'Already have an account? Sign in',
			'Sign up for Grid Notes',
		]);
	});
});
