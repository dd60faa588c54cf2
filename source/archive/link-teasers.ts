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

/** Links the teasers of every issue (given newest first) to the others. */
export function linkTeasers(issues: readonly Issue[]): Issue[] {
	const index = titleIndexOf(issues);
	return issues.map(issue => linkIssueTeasers(issue, index));
}
