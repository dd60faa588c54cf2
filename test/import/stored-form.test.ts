import {describe, expect, it} from 'vitest';
import {storedForm} from '../../source/import/stored-form.js';
import type {IssueDraft} from '../../source/import/issue-draft.js';
import {loadIssueParsers} from '../../source/library/issue-parsers.js';

const draft: IssueDraft = {
	title: 'Нефть дешевеет: что будет с бюджетом',
	date: '2025-05-20',
	url: 'https://thebell.io/neft?utm_source=telegram',
	sourceFormat: 'rss',
	story: [{type: 'paragraph', text: 'Цена Brent опустилась ниже 60 долларов за баррель впервые за четыре года.'}],
	teasers: [{title: 'Рубль крепнет', summary: 'Почему курс держится, несмотря на дешевую нефть.'}],
	notices: ['18+'],
};

describe('storedForm', () => {
	it('is Markdown the archive reads back as the same issue, without tracking parameters', async () => {
		const {content, issue} = storedForm(draft, '2025-05-20-neft', await loadIssueParsers(true));
		expect(content).toMatch(/^---\n/u);
		expect(content).not.toContain('utm_source');
		expect(issue).toMatchObject({
			id: '2025-05-20-neft',
			title: draft.title,
			date: '2025-05-20',
			url: 'https://thebell.io/neft',
			sourceFormat: 'rss',
			story: draft.story,
			teasers: [{title: 'Рубль крепнет', summary: 'Почему курс держится, несмотря на дешевую нефть.', id: null}],
			notices: ['18+'],
		});
	});
});
