import {describe, expect, it} from 'vitest';
import type {FetchProblem} from '../../source/fetch/fetch-problem.js';
import {fetchMessages} from '../../source/i18n/fetch-messages.js';

const problems: FetchProblem[] = [
	{kind: 'timeout', seconds: 30},
	{kind: 'http-status', status: 404},
	{kind: 'http-status', status: 500},
	{kind: 'rate-limited', status: 429, retryAfter: '2026-12-03T13:00:00.000Z'},
	{kind: 'rate-limited', status: 503},
	{kind: 'waiting', until: '2026-12-03T13:00:00.000Z'},
	{kind: 'too-many-redirects', limit: 5},
	{kind: 'redirect-loop'},
	{kind: 'bad-redirect', location: 'ftp://example.invalid/'},
	{kind: 'too-large', limitBytes: 50 * 1024 * 1024},
	{kind: 'too-large', limitBytes: 4096},
	{kind: 'network', code: 'ECONNREFUSED'},
	{kind: 'network', code: 'EWHATEVER'},
	{kind: 'bad-body', detail: 'Z_DATA_ERROR'},
	{kind: 'not-a-maildir'},
	{kind: 'unreadable', code: 'EACCES'},
	{kind: 'bad-feed', problem: {kind: 'malformed-xml', line: 3, detail: 'Unexpected close tag'}},
	{kind: 'bad-feed', problem: {kind: 'not-a-feed'}},
];

describe('fetch problems', () => {
	it('each read as one line of words, in English and in Russian', () => {
		for (const language of ['en', 'ru'] as const) {
			const lines = problems.map(problem => fetchMessages(language).problem(problem));
			for (const line of lines) {
				expect(line).not.toMatch(/\n|undefined|\[object/u);
			}

			expect(new Set(lines).size).toBe(lines.length);
		}

		const english = fetchMessages('en');
		expect(english.problem({kind: 'too-large', limitBytes: 50 * 1024 * 1024})).toBe('the answer is over 50 MB');
		expect(english.problem({kind: 'network', code: 'ECONNREFUSED'})).toBe('network error: connection refused');
		expect(english.problem({kind: 'bad-feed', problem: {kind: 'malformed-xml', line: 3, detail: 'Unexpected close tag'}})).toBe('malformed XML at line 3: Unexpected close tag');
		expect(fetchMessages('ru').problem({kind: 'redirect-loop'})).toBe('перенаправления ходят по кругу');
	});

	it('a stored problem of a kind this version does not know is named, not dropped', () => {
		expect(fetchMessages('en').lastResult({imported: 0, duplicates: 0, failed: 0, problem: {kind: 'from-the-future'}})).toBe('failed: from-the-future');
	});
});

describe('the library\'s status line', () => {
	it('counts in words, with the failures', () => {
		expect(fetchMessages('en').fetchedInLibrary(1, 2, [{name: 'gone', problem: {kind: 'http-status', status: 404}}])).toBe('1 new issue from 2 sources; failed gone: not found (HTTP 404)');
		expect(fetchMessages('ru').fetchedInLibrary(5, 1, [])).toBe('5 новых выпусков из 1 источника');
		expect(fetchMessages('ru').fetchedInLibrary(2, 3, [])).toBe('2 новых выпуска из 3 источников');
		expect(fetchMessages('en').fetchedInLibrary(0, 0, [])).toBe('no subscriptions: bell-reader subscribe <feed-url|maildir>');
	});
});
