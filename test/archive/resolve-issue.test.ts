import {describe, expect, it} from 'vitest';
import {nearestIds, resolveIssue} from '../../source/archive/resolve-issue.js';

const issues = ['2026-11-20-gold', '2026-10-02-grain', '2026-09-25-labour', 'grain-exports'].map(id => ({id}));

describe('resolveIssue', () => {
	it('resolves latest to the first (newest) issue', () => {
		expect(resolveIssue('latest', issues)).toEqual({issue: {id: '2026-11-20-gold'}});
	});

	it('prefers an exact id, then a unique prefix', () => {
		expect(resolveIssue('grain-exports', issues)).toEqual({issue: {id: 'grain-exports'}});
		expect(resolveIssue('2026-09', issues)).toEqual({issue: {id: '2026-09-25-labour'}});
	});

	it('takes a word of an id or the start of one, in any case', () => {
		const archive = ['2026-11-20-gold', '2026-03-13-northern_credit', 'notes.v2.draft'].map(id => ({id}));
		expect(resolveIssue('gold', archive)).toEqual({issue: {id: '2026-11-20-gold'}});
		expect(resolveIssue('GOL', archive)).toEqual({issue: {id: '2026-11-20-gold'}});
		expect(resolveIssue('NORTHERN', archive)).toEqual({issue: {id: '2026-03-13-northern_credit'}});
		expect(resolveIssue('credit', archive)).toEqual({issue: {id: '2026-03-13-northern_credit'}});
		expect(resolveIssue('v2', archive)).toEqual({issue: {id: 'notes.v2.draft'}});
		expect(resolveIssue('20-gold', archive)).toEqual({issue: {id: '2026-11-20-gold'}});
		expect(resolveIssue('2026-11-20-GOLD', archive)).toEqual({issue: {id: '2026-11-20-gold'}});
		// Inside a word is not a word.
		expect(resolveIssue('old', archive)).toMatchObject({problem: 'none'});
	});

	it('counts a word match and a prefix match as equally meant', () => {
		expect(resolveIssue('grain', issues)).toEqual({problem: 'several', ids: ['2026-10-02-grain', 'grain-exports']});
		expect(resolveIssue('exports', issues)).toEqual({issue: {id: 'grain-exports'}});
	});

	it('lists the candidates of an ambiguous prefix', () => {
		expect(resolveIssue('2026-1', issues)).toEqual({problem: 'several', ids: ['2026-11-20-gold', '2026-10-02-grain']});
	});

	it('suggests the nearest ids for a typo', () => {
		expect(resolveIssue('2026-11-20-glod', issues)).toEqual({problem: 'none', nearest: ['2026-11-20-gold']});
		expect(resolveIssue('zzzzzzzz', issues)).toEqual({problem: 'none', nearest: []});
	});

	it('says when the archive is empty', () => {
		expect(resolveIssue('latest', [])).toEqual({problem: 'empty'});
	});
});

describe('nearestIds', () => {
	it('ranks a mistyped prefix by its distance', () => {
		expect(nearestIds('grian', issues.map(issue => issue.id))).toEqual(['grain-exports']);
	});
});
