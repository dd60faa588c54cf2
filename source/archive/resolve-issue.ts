import type {Issue} from './issue.js';

/**
 * Finds the issue a user means by `<issue>` (DESIGN.md §3): an id, a unique prefix
 * of one, or `latest`. Issues are expected newest first.
 */

export type Resolution<T> =
	| {issue: T}
	| {problem: 'empty'}
	| {problem: 'several'; ids: string[]}
	| {problem: 'none'; nearest: string[]};

function editDistance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
			current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
		}

		previous = current;
	}

	return previous[b.length]!;
}

/** The ids closest to what was typed, as a typo or a mistyped prefix of them. */
export function nearestIds(query: string, ids: readonly string[], count = 3): string[] {
	const folded = query.toLowerCase();
	return ids
		.map(id => {
			const lower = id.toLowerCase();
			const distance = Math.min(editDistance(folded, lower), editDistance(folded, lower.slice(0, folded.length)));
			return {id, distance};
		})
		.filter(candidate => candidate.distance <= Math.max(2, Math.ceil(folded.length / 3)))
		.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
		.slice(0, count)
		.map(candidate => candidate.id);
}

export function resolveIssue<T extends Pick<Issue, 'id'>>(query: string, issues: readonly T[]): Resolution<T> {
	if (issues.length === 0) {
		return {problem: 'empty'};
	}

	if (query === 'latest') {
		return {issue: issues[0]!};
	}

	const exact = issues.find(issue => issue.id === query);
	if (exact) {
		return {issue: exact};
	}

	const byPrefix = query === '' ? [] : issues.filter(issue => issue.id.startsWith(query));
	if (byPrefix.length === 1) {
		return {issue: byPrefix[0]!};
	}

	if (byPrefix.length > 1) {
		return {problem: 'several', ids: byPrefix.map(issue => issue.id)};
	}

	return {problem: 'none', nearest: nearestIds(query, issues.map(issue => issue.id))};
}
