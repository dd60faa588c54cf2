import {editDistance} from './edit-distance.js';
import type {Issue} from './issue.js';

/**
 * Finds the issue a user means by `<issue>`: `latest`, an id, or, in any case, a prefix of
 * an id or of any word in it (a word is a part of the id between `-`, `_` and `.`), so
 * `gold`, `NORTHERN` and `2026-03` each name one issue when only one fits. Issues are
 * expected newest first.
 */

export type Resolution<T> =
	| {issue: T}
	| {problem: 'empty'}
	| {problem: 'several'; ids: string[]}
	| {problem: 'none'; nearest: string[]};

/** The ids closest to what was typed, as a typo or a mistyped prefix of them. */
export function nearestIds(query: string, ids: readonly string[], count = 3): string[] {
	const folded = query.toLowerCase();
	const close = ids
		.map(id => {
			const lower = id.toLowerCase();
			const distance = Math.min(editDistance(folded, lower), editDistance(folded, lower.slice(0, folded.length)));
			return {id, distance};
		})
		.filter(candidate => candidate.distance <= Math.max(2, Math.ceil(folded.length / 3)))
		.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1));
	// A near miss is worth naming; ids much further off than the nearest are noise beside it.
	const best = close[0]?.distance ?? 0;
	return close.filter(candidate => candidate.distance <= best + 1).slice(0, count).map(candidate => candidate.id);
}

/** Whether the typed text starts the id or one of its words, case aside. */
export function namesPartOf(id: string, typed: string): boolean {
	const lowerId = id.toLowerCase();
	const lowerTyped = typed.toLowerCase();
	for (let start = 0; start < lowerId.length; start++) {
		const atWordStart = start === 0 || /[-_.]/u.test(lowerId[start - 1]!);
		if (atWordStart && lowerId.startsWith(lowerTyped, start)) {
			return true;
		}
	}

	return false;
}

export function resolveIssue<T extends Pick<Issue, 'id'>>(query: string, issues: readonly T[]): Resolution<T> {
	if (issues.length === 0) {
		return {problem: 'empty'};
	}

	if (query === 'latest') {
		return {issue: issues[0]!};
	}

	const exact = issues.find(issue => issue.id === query)
		?? issues.find(issue => issue.id.toLowerCase() === query.toLowerCase());
	if (exact) {
		return {issue: exact};
	}

	const matching = query === '' ? [] : issues.filter(issue => namesPartOf(issue.id, query));
	if (matching.length === 1) {
		return {issue: matching[0]!};
	}

	if (matching.length > 1) {
		return {problem: 'several', ids: matching.map(issue => issue.id)};
	}

	return {problem: 'none', nearest: nearestIds(query, issues.map(issue => issue.id))};
}
