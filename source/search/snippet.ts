import {blockText, type Block} from '../archive/issue.js';
import type {StoryMatch, TextMatch} from './find-matches.js';

/** A short excerpt of a story around its matches; `highlights` index into `text`. */
export type Snippet = {text: string; highlights: TextMatch[]};

export const defaultSnippetLength = 200;

/** How far a cut may move to land between words instead of inside one. */
const wordSearchSpan = 30;

const ellipsis = '…';

function isLowSurrogate(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	return code >= 0xDC_00 && code <= 0xDF_FF;
}

/** A cut near `index` that falls on white space, else at `index` itself (never mid-pair). */
function cutNear(text: string, index: number, direction: 1 | -1): number {
	for (let step = 0; step <= wordSearchSpan; step++) {
		const at = index + (step * direction);
		if (at <= 0 || at >= text.length) {
			return Math.min(Math.max(at, 0), text.length);
		}

		if (/\s/u.test(text[at]!)) {
			return at;
		}
	}

	return isLowSurrogate(text, index) ? index - 1 : index;
}

/** The block most of the matches are in (the first such), which makes the best excerpt. */
function bestBlock(matches: readonly StoryMatch[]): number | undefined {
	const counts = new Map<number, number>();
	for (const match of matches) {
		counts.set(match.block, (counts.get(match.block) ?? 0) + 1);
	}

	let best: number | undefined;
	for (const [block, count] of counts) {
		if (best === undefined || count > counts.get(best)! || (count === counts.get(best) && block < best)) {
			best = block;
		}
	}

	return best;
}

/**
 * An excerpt of about `maxLength` characters from the block with the most matches, starting
 * a little before its first match and cut between words; without matches (the title
 * matched), the story's opening. Pure.
 */
export function buildSnippet(story: readonly Block[], matches: readonly StoryMatch[], maxLength = defaultSnippetLength): Snippet {
	const blockIndex = bestBlock(matches) ?? 0;
	const block = story[blockIndex];
	if (block === undefined) {
		return {text: '', highlights: []};
	}

	// List items are joined by newlines; on one line they read as a run of text.
	const text = blockText(block).replaceAll('\n', ' ');
	const inBlock = matches.filter(match => match.block === blockIndex);
	const first = inBlock[0]?.offset ?? 0;
	let start = first <= maxLength / 4 ? 0 : cutNear(text, first - Math.floor(maxLength / 4), -1);
	let end = start + maxLength >= text.length ? text.length : cutNear(text, start + maxLength, -1);
	if (end <= first) {
		// A very long first word: keep the match whole rather than the cut tidy.
		end = Math.min(text.length, first + maxLength);
	}

	while (start < end && /\s/u.test(text[start]!)) {
		start++;
	}

	const body = text.slice(start, end).trimEnd();
	const prefix = start > 0 ? ellipsis : '';
	const suffix = start + body.length < text.length ? ellipsis : '';
	const highlights = inBlock
		.filter(match => match.offset >= start && match.offset + match.length <= start + body.length)
		.map(match => ({offset: match.offset - start + prefix.length, length: match.length}));
	return {text: `${prefix}${body}${suffix}`, highlights};
}
