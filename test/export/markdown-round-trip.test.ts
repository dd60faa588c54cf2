import {parseMarkdownIssue} from '../../source/archive/parse-markdown.js';
import {describe, expect, it} from 'vitest';
import type {Issue} from '../../source/archive/issue.js';
import {issueFromBytes} from '../../source/archive/issue-from-bytes.js';
import {exportMarkdown} from '../../source/export/markdown-export.js';

const issue: Issue = {
	id: '2026-02-03-nalogi',
	title: 'Налоговый маневр. Кто заплатит за новый бюджет',
	date: '2026-02-03',
	source: 'nalogi.md',
	format: 'markdown',
	url: 'https://thebell.io/nalogovyy-manevr',
	sourceFormat: 'rss',
	story: [
		{type: 'paragraph', text: 'Минфин внес в Госдуму поправки, которые повышают налог на прибыль для крупных компаний.'},
		{type: 'heading', text: 'Что изменится?'},
		{type: 'paragraph', text: 'Ставка вырастет на два пункта, а льготы для IT-компаний сохранятся до конца года.', marks: [{start: 0, end: 6, kind: 'bold'}]},
	],
	teasers: [{title: 'Почему дорожает гречка и что будет с ценами осенью', summary: 'Урожай оказался ниже прогнозов, а экспорт вырос.', id: null}],
	notices: ['Рассылки The Bell стали платными. Подписывайтесь!'],
};

describe('a full Markdown export read back', () => {
	const text = exportMarkdown(issue, {full: true});
	const back = issueFromBytes(new TextEncoder().encode(text), '/archive/2026-02-03-nalogi.md', {markdown: parseMarkdownIssue});

	it('keeps the source format in the front matter', () => {
		expect(text).toContain('source_format: "rss"');
		expect(back.sourceFormat).toBe('rss');
	});

	it('keeps the title, date, url, story, teasers and notices', () => {
		expect(back.title).toBe(issue.title);
		expect(back.date).toBe('2026-02-03');
		expect(back.url).toBe(issue.url);
		expect(back.story).toEqual(issue.story);
		expect(back.teasers).toEqual(issue.teasers);
		expect(back.notices).toEqual(issue.notices);
	});

	it('writes no source format for an issue that has none', () => {
		const {sourceFormat: _, ...plain} = issue;
		expect(exportMarkdown(plain)).not.toContain('source_format');
	});
});
