import {describe, expect, it} from 'vitest';
import {FrontMatterError, splitFrontMatter} from '../../source/archive/front-matter.js';
import {parseMarkdownIssue} from '../../source/archive/parse-markdown.js';
import {NotAnIssueError} from '../../source/archive/parse-page-dump.js';

describe('parseMarkdownIssue', () => {
	it('reads front matter and the body as the story, with marks on the right characters', () => {
		const issue = parseMarkdownIssue([
			'---',
			'title: "Майнеры против ИИ"',
			'date: 2026-07-10',
			'url: https://thebell.io/mainery',
			'tags: [энергетика, ИИ]',
			'---',
			'',
			'Первый абзац с **жирным** и *курсивом*, а ещё [ссылка](https://example.com/a+b) и `код`.',
			'',
			'## Что случилось?',
			'',
			'- пункт раз',
			'- пункт **два**',
			'',
			'3. третий',
			'4. четвертый',
			'',
			'> Цитата',
			'> в две строки.',
		].join('\n'));
		expect(issue.title).toBe('Майнеры против ИИ');
		expect(issue.frontMatter).toEqual({title: 'Майнеры против ИИ', date: '2026-07-10', url: 'https://thebell.io/mainery', tags: ['энергетика', 'ИИ']});
		const [paragraph, heading, list, ordered, quote] = issue.story;
		expect(paragraph).toEqual({
			type: 'paragraph',
			text: 'Первый абзац с жирным и курсивом, а ещё ссылка и код.',
			marks: [
				{start: 15, end: 21, kind: 'bold'},
				{start: 24, end: 32, kind: 'italic'},
				{start: 40, end: 46, kind: 'link', href: 'https://example.com/a+b'},
				{start: 49, end: 52, kind: 'code'},
			],
		});
		expect(heading).toEqual({type: 'heading', text: 'Что случилось?'});
		expect(list).toEqual({type: 'list', ordered: false, items: [{text: 'пункт раз'}, {text: 'пункт два', marks: [{start: 6, end: 9, kind: 'bold'}]}]});
		expect(ordered).toEqual({type: 'list', ordered: true, start: 3, items: [{text: 'третий'}, {text: 'четвертый'}]});
		expect(quote).toEqual({type: 'quote', text: 'Цитата в две строки.'});
	});

	it('decodes entities and joins soft line breaks', () => {
		const issue = parseMarkdownIssue('Абзац&nbsp;с &laquo;кавычками&raquo;\nи пере&shy;носом &amp; точка.');
		expect(issue.story).toEqual([{type: 'paragraph', text: 'Абзац\u00A0с «кавычками» и переносом & точка.'}]);
	});

	it('takes a leading # heading as the title when the front matter has none', () => {
		const issue = parseMarkdownIssue('# Заголовок выпуска\n\nТекст.');
		expect(issue.title).toBe('Заголовок выпуска');
		expect(issue.story).toEqual([{type: 'paragraph', text: 'Текст.'}]);
	});

	it('drops a # heading that repeats the front-matter title, keeps one that does not', () => {
		expect(parseMarkdownIssue('---\ntitle: Заголовок\n---\n# Заголовок\n\nТекст.').story).toHaveLength(1);
		expect(parseMarkdownIssue('---\ntitle: Заголовок\n---\n# Другое\n\nТекст.').story).toHaveLength(2);
	});

	it('moves notices out of the story and reads footnotes', () => {
		const issue = parseMarkdownIssue('Сказал Петров\\*.\n\nРассылки The Bell стали платными. Подписывайтесь!\n\n* признан в РФ иноагентом\n');
		expect(issue.notices).toEqual(['Рассылки The Bell стали платными. Подписывайтесь!']);
		expect(issue.story.map(block => block.type)).toEqual(['paragraph', 'footnote']);
	});

	it('keeps the text of tables, code and raw HTML', () => {
		const issue = parseMarkdownIssue('| год | цена |\n|---|---|\n| 2025 | 52 |\n\n```\nкод\n```\n\n<div>Абзац в <b>HTML</b></div>\n');
		expect(issue.story.map(block => (block.type === 'list' ? '' : block.text))).toEqual(['год | цена', '2025 | 52', 'код', 'Абзац в HTML']);
	});

	it('reads teasers and notices after the end-of-story marker', () => {
		const issue = parseMarkdownIssue('Текст.\n\n<!-- end of story -->\n\n---\n\n**Другой выпуск**\nО чем он.\n\n*18+*\n');
		expect(issue.story).toEqual([{type: 'paragraph', text: 'Текст.'}]);
		expect(issue.teasers).toEqual([{title: 'Другой выпуск', summary: 'О чем он.'}]);
		expect(issue.notices).toEqual(['18+']);
	});

	it('refuses a body without a story', () => {
		expect(() => parseMarkdownIssue('---\ntitle: Пусто\n---\n\n')).toThrow(NotAnIssueError);
	});
});

describe('splitFrontMatter', () => {
	it('accepts dates as strings, timestamps and YAML dates, and rejects impossible days', () => {
		expect(splitFrontMatter('---\ndate: "2026-10-02"\n---\n').frontMatter.date).toBe('2026-10-02');
		expect(splitFrontMatter('---\ndate: 2026-10-02T08:00:00Z\n---\n').frontMatter.date).toBe('2026-10-02');
		expect(splitFrontMatter('---\ndate: 2026-02-30\n---\n').frontMatter.date).toBeUndefined();
	});

	it('reads tags as a list or a comma-separated string', () => {
		expect(splitFrontMatter('---\ntags:\n  - а\n  - б\n---\n').frontMatter.tags).toEqual(['а', 'б']);
		expect(splitFrontMatter('---\ntags: а, б\n---\n').frontMatter.tags).toEqual(['а', 'б']);
	});

	it('says why broken YAML is broken', () => {
		expect(() => splitFrontMatter('---\ntitle: [unclosed\n---\nТекст')).toThrow(FrontMatterError);
		expect(() => splitFrontMatter('---\n- a\n- b\n---\nТекст')).toThrow(FrontMatterError);
	});

	it('leaves a file without front matter whole', () => {
		expect(splitFrontMatter('Текст\n---\n')).toEqual({frontMatter: {}, body: 'Текст\n---\n'});
	});
});
