import {blockText, type Anchor, type Issue} from './issue.js';

/**
 * How far into the story an anchor is, from 0 to 1: the characters before it over all the
 * story's characters. Measured on the text, not on laid-out lines, so it is the same at any
 * width. An anchor past the story's end (the file changed since) counts as the end.
 */
export function anchorFraction(issue: Pick<Issue, 'story'>, anchor: Anchor): number {
	let before = 0;
	let total = 0;
	issue.story.forEach((block, index) => {
		const length = blockText(block).length;
		if (index < anchor.block) {
			before += length;
		} else if (index === anchor.block) {
			before += Math.min(Math.max(anchor.offset, 0), length);
		}

		total += length;
	});
	return total === 0 ? 0 : Math.min(1, before / total);
}
