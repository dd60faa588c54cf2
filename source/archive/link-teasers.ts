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

/** Sets each teaser's `id` to the stored issue whose title matches, never the issue itself. */
export function linkTeasers(issues: readonly Issue[]): Issue[] {
	const idsByTitle = new Map<string, string>();
	// Issues come newest first: when two share a title, the teaser points at the newest.
	for (const issue of issues) {
		const key = foldTitle(issue.title);
		if (!idsByTitle.has(key)) {
			idsByTitle.set(key, issue.id);
		}
	}

	return issues.map(issue => ({
		...issue,
		teasers: issue.teasers.map(teaser => {
			const id = idsByTitle.get(foldTitle(teaser.title));
			return {...teaser, id: id === undefined || id === issue.id ? null : id};
		}),
	}));
}
