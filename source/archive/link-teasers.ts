import type {Issue} from './issue.js';

/**
 * Folds a title for matching a teaser to a stored issue: case, ё/е, quote styles,
 * dashes and spacing differ between a teaser and the issue's own page.
 */
export function foldTitle(title: string): string {
	return title
		.normalize('NFC')
		.toLowerCase()
		.replaceAll('ё', 'е')
		.replace(/[«»"“”„‟'‘’‚‹›`]/gu, '')
		.replace(/[‐‑‒–—―]/gu, '-')
		.replace(/[\s\u00A0]+/gu, ' ')
		.replace(/[\s.!?…]+$/u, '')
		.trim();
}

/** Folded title → id, the first (newest, for a newest-first list) winning when titles repeat. */
export function titleIndexOf(issues: ReadonlyArray<Pick<Issue, 'id' | 'title'>>): Map<string, string> {
	const index = new Map<string, string>();
	for (const issue of issues) {
		const key = foldTitle(issue.title);
		if (!index.has(key)) {
			index.set(key, issue.id);
		}
	}

	return index;
}

/** Points an issue's teasers at stored issues by folded title, never at the issue itself. */
export function linkIssueTeasers(issue: Issue, titleIndex: ReadonlyMap<string, string>): Issue {
	return {
		...issue,
		teasers: issue.teasers.map(teaser => {
			const id = titleIndex.get(foldTitle(teaser.title));
			return {...teaser, id: id === undefined || id === issue.id ? null : id};
		}),
	};
}

/**
 * Links one issue's teasers by scanning the archive's titles, folding only those long enough
 * to match: opening one issue then costs a few hundred folds instead of an index of all
 * 10,000 titles (megabytes of short-lived strings, which the reader's memory cap cannot spare).
 * `titles` are newest first; the first match wins, as in {@link titleIndexOf}.
 */
export function linkTeasersByScan(issue: Issue, titles: ReadonlyArray<Pick<Issue, 'id' | 'title'>>): Issue {
	return {
		...issue,
		teasers: issue.teasers.map(teaser => {
			const wanted = foldTitle(teaser.title);
			// Folding only removes characters (quotes, repeated spaces, a final stop), and
			// hardly more than a dozen of them.
			const match = titles.find(candidate => candidate.id !== issue.id
				&& candidate.title.length >= wanted.length && candidate.title.length <= wanted.length + 12
				&& foldTitle(candidate.title) === wanted);
			return {...teaser, id: match?.id ?? null};
		}),
	};
}

/** Links the teasers of every issue (given newest first) to the others. */
export function linkTeasers(issues: readonly Issue[]): Issue[] {
	const index = titleIndexOf(issues);
	return issues.map(issue => linkIssueTeasers(issue, index));
}
