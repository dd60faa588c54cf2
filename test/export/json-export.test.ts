import {describe, expect, it} from 'vitest';
import type {Issue} from '../../source/archive/issue.js';
import {exportJson, issueToJson} from '../../source/export/json-export.js';

const issue: Issue = {
	id: 'a', title: 'Заголовок', date: null, source: '/archive/a.md', format: 'markdown', url: 'https://thebell.io/a', tags: ['ИИ'],
	story: [
		{type: 'paragraph', text: 'Раз два три.', marks: [{start: 0, end: 3, kind: 'bold'}]},
		{type: 'list', ordered: true, start: 2, items: [{text: 'пункт'}]},
	],
	teasers: [{title: 'Т', summary: 'С', id: 'b'}],
	notices: ['18+'],
};

describe('issueToJson', () => {
	it('has the contract shape: plain text blocks, list items as strings, words and minutes', () => {
		expect(issueToJson(issue)).toEqual({
			id: 'a', title: 'Заголовок', date: null, source: '/archive/a.md', format: 'markdown', url: 'https://thebell.io/a', tags: ['ИИ'],
			story: [{type: 'paragraph', text: 'Раз два три.'}, {type: 'list', ordered: true, start: 2, items: ['пункт']}],
			teasers: [{title: 'Т', summary: 'С', id: 'b'}],
			notices: ['18+'],
			noticeReasons: ['known'],
			words: 4,
			minutes: 1,
		});
	});

	it('gives each notice its reason: known, or learned from its recurrence', () => {
		const learned: Issue = {...issue, notices: ['18+', 'Читайте нас каждое утро.'], noticeReasons: [{kind: 'known'}, {kind: 'repeated', issues: 4}]};
		expect(issueToJson(learned).noticeReasons).toEqual(['known', 'repeated in 4 issues']);
	});

	it('exports one issue as an object and several as an array', () => {
		expect(JSON.parse(exportJson(issue)).id).toBe('a');
		expect(JSON.parse(exportJson([issue, issue]))).toHaveLength(2);
	});
});
