import {describe, expect, it} from 'vitest';
import {canonicalUrl, DuplicateIndex, duplicateKeys, storyTextKey, withoutTracking} from '../../source/import/duplicate-key.js';

describe('canonicalUrl', () => {
	it('folds www., amp., m., the scheme, a trailing slash and mirror hosts', () => {
		const canonical = canonicalUrl('https://thebell.io/zoloto-po-rekordu');
		expect(canonicalUrl('http://www.thebell.io/zoloto-po-rekordu/')).toBe(canonical);
		expect(canonicalUrl('https://amp.thebell.io/zoloto-po-rekordu')).toBe(canonical);
		expect(canonicalUrl('https://m.thebell.io/zoloto-po-rekordu')).toBe(canonical);
		expect(canonicalUrl('https://thebell.xyz/zoloto-po-rekordu')).toBe(canonical);
		expect(canonicalUrl('https://thebell.io/zoloto-po-rekordu/amp')).toBe(canonical);
	});

	it('drops tracking parameters and the fragment, keeps the rest', () => {
		expect(canonicalUrl('https://thebell.io/x?utm_source=tg&utm_medium=post&fbclid=1#top')).toBe('thebell.io/x');
		expect(canonicalUrl('https://thebell.io/x?page=2&utm_source=tg')).toBe('thebell.io/x?page=2');
		expect(canonicalUrl('https://thebell.io/x?page=2')).not.toBe(canonicalUrl('https://thebell.io/x?page=3'));
	});

	it('keeps other sites apart and refuses what is not a web address', () => {
		expect(canonicalUrl('https://example.com/zoloto-po-rekordu')).not.toBe(canonicalUrl('https://thebell.io/zoloto-po-rekordu'));
		expect(canonicalUrl('mailto:a@b.c')).toBeUndefined();
		expect(canonicalUrl('not a url')).toBeUndefined();
	});
});

describe('withoutTracking', () => {
	it('cleans the stored address but keeps its host', () => {
		expect(withoutTracking('https://www.thebell.io/x?utm_source=rss&id=3#comments')).toBe('https://www.thebell.io/x?id=3');
	});
});

describe('duplicate keys', () => {
	const story = [{type: 'paragraph' as const, text: 'Цены на «золото» выросли — снова.'}];

	it('fold case, ё, quotes, dashes and spacing in the story text', () => {
		expect(storyTextKey([{type: 'paragraph', text: 'цены на золото ВЫРОСЛИ - снова'}])).toBe(storyTextKey(story));
		expect(storyTextKey([{type: 'paragraph', text: 'Цены на серебро выросли — снова.'}])).not.toBe(storyTextKey(story));
	});

	it('find an issue by any of its keys', () => {
		const index = new DuplicateIndex<string>();
		index.add(duplicateKeys({title: 'Золото по рекорду', date: '2025-01-13', url: 'https://thebell.io/zoloto', story}), 'first');
		expect(index.find(duplicateKeys({title: 'Другое', date: null, url: 'https://www.thebell.io/zoloto?utm_source=x', story: []}))).toEqual({reason: 'same-url', of: 'first'});
		expect(index.find(duplicateKeys({title: 'ЗОЛОТО ПО РЕКОРДУ.', date: '2025-01-13', story: []}))).toEqual({reason: 'same-title-and-date', of: 'first'});
		expect(index.find(duplicateKeys({title: 'Золото по рекорду', date: '2025-01-14', story: []}))).toBeUndefined();
		expect(index.find(duplicateKeys({title: 'Другой заголовок', date: null, story}))).toEqual({reason: 'same-text', of: 'first'});
	});
});
