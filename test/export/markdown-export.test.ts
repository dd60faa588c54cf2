import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import type {Issue} from '../../source/archive/issue.js';
import {readArchive} from '../helpers/read-archive.js';
import {parseMarkdownIssue} from '../../source/archive/parse-markdown.js';
import {exportMarkdown, renderInline} from '../../source/export/markdown-export.js';

const archive = await readArchive(fileURLToPath(new URL('../../archive', import.meta.url)));

/** Markdown has no way to keep a run of spaces (one sample teaser title has two). */
const collapse = (text: string) => text.replace(/ {2,}/gu, ' ');

describe('exportMarkdown', () => {
	it.each(archive.issues.map(issue => [issue.id, issue] as const))('round-trips %s: reading the export back gives the same issue', (_id, issue) => {
		const back = parseMarkdownIssue(exportMarkdown(issue, {full: true}));
		expect(back.title).toBe(issue.title);
		expect(back.frontMatter.date).toBe(issue.date ?? undefined);
		expect(back.story).toEqual(issue.story);
		expect(back.teasers).toEqual(issue.teasers.map(({title, summary}) => ({title: collapse(title), summary: collapse(summary)})));
		expect(back.notices).toEqual(issue.notices);
	});

	it('escapes text that would otherwise become Markdown', () => {
		const tricky: Issue = {
			id: 'x', title: '# Не заголовок *звёздочки*', date: '2026-01-01', source: 'x.md', format: 'markdown',
			story: [
				{type: 'paragraph', text: '1. Не список, а [скобки] и `тики` и <теги> и _подчерки_ и &laquo; и \\ слэш'},
				{type: 'paragraph', text: '- тоже не список'},
				{type: 'paragraph', text: '> и не цитата'},
				{type: 'list', ordered: true, start: 7, items: [{text: 'седьмой'}, {text: '* звезда'}]},
			],
			teasers: [], notices: [],
		};
		const back = parseMarkdownIssue(exportMarkdown(tricky));
		expect(back.title).toBe(tricky.title);
		expect(back.story).toEqual(tricky.story);
	});

	it('writes nested marks and code spans with backticks inside', () => {
		expect(renderInline({text: 'жирный курсив тут', marks: [{start: 0, end: 13, kind: 'bold'}, {start: 7, end: 13, kind: 'italic'}]}))
			.toBe('**жирный *курсив*** тут');
		expect(renderInline({text: 'a`b', marks: [{start: 0, end: 3, kind: 'code'}]})).toBe('``a`b``');
		expect(renderInline({text: 'ссылка', marks: [{start: 0, end: 6, kind: 'link', href: 'https://e.x/a b'}]})).toBe('[ссылка](<https://e.x/a b>)');
	});

	it('leaves teasers and notices out unless full', () => {
		const issue = archive.issues.find(candidate => candidate.teasers.length > 0)!;
		expect(exportMarkdown(issue)).not.toContain(issue.teasers[0]!.summary);
		expect(exportMarkdown(issue, {full: true})).toContain(issue.teasers[0]!.title);
	});
});
