import type {Block, Issue, NoticeReason} from './issue.js';
import {headingKey, looksLikeHeading} from './story-lines.js';

/**
 * Boilerplate learned from the archive: a paragraph that recurs at the edges of the stories
 * of several issues of the same newsletter (a promo, a paywall offer, a sign-up line, in
 * whatever wording the newsletter uses this year) is not story but a notice. The library
 * counts the blocks across the archive (library/learned-boilerplate-cache.ts); here are the
 * pure parts: what is counted in one issue, and taking the learned blocks out of a story.
 */

/** The words a reason is given in, by `export --format json` and `boilerplate`. */
export function noticeReasonText(reason: NoticeReason): string {
	return reason.kind === 'known' ? 'known' : `repeated in ${reason.issues} issues`;
}

export type LearnedBoilerplate = {
	/**
	 * A digest of everything below, counts included: a cache of parsed issues keyed to it
	 * never answers with an issue parsed under another set.
	 */
	id: string;
	/**
	 * A digest of what leaves the stories and which lines are headings, counts left out: an
	 * index of story text keyed to it is rebuilt only when the stories themselves change.
	 */
	storyId: string;
	/** `learnedKey(source, text)` → in how many issues of that source the block recurs. */
	blocks: ReadonlyMap<string, number>;
	/** Short lines that recur as sub-headings across issues (`headingKey`): evidence for a heading. */
	headings: ReadonlySet<string>;
};

/** How many blocks at each end of a story are looked at: boilerplate stands outside the story's interior. */
const storyEdgeBlocks = 3;

/**
 * A block's text folded for counting: case, ё, quotes, spacing, digits (prices and dates
 * change from issue to issue) and the final punctuation do not matter. The text is NFC
 * already (decoding normalises it).
 */
function foldBlockText(text: string): string {
	// Cut first: every edge block of every issue is folded, and stories' paragraphs run long.
	const folded = text
		.slice(0, foldedLength)
		.toLowerCase()
		.replaceAll('ё', 'е')
		.replace(/[«»"“”„'‘’`]/gu, '')
		.replace(/\d+(?:[.,\s]\d+)*/gu, '0')
		.replace(/\s+/gu, ' ');
	// The final punctuation by hand: an expression anchored at the end is tried at every position.
	let end = folded.length;
	while (end > 0 && ' .!?…:;,'.includes(folded[end - 1]!)) {
		end--;
	}

	return folded.slice(folded[0] === ' ' ? 1 : 0, end);
}

/** How much of a block is compared: enough to tell two paragraphs apart. */
const foldedLength = 400;

/**
 * The newsletter an issue belongs to: the host of its address (imports from Ghost, Substack,
 * feeds), or the archive's own page dumps, which have none.
 */
function issueSource(issue: Pick<Issue, 'url'>): string {
	if (issue.url === undefined) {
		return '';
	}

	try {
		return new URL(issue.url).hostname.replace(/^www\./u, '');
	} catch {
		return '';
	}
}

export function learnedKey(source: string, text: string): string {
	return keyOfFolded(source, foldBlockText(text));
}

function keyOfFolded(source: string, folded: string): string {
	return `${source}\n${folded}`;
}

/** A paragraph or quote that may be boilerplate; a question or a heading-shaped short line stays story however often it recurs. */
function mayBeBoilerplate(block: Block): block is Block & {type: 'paragraph' | 'quote'} {
	return (block.type === 'paragraph' || block.type === 'quote') && !/\?\s*[»"”)]*$/u.test(block.text);
}

/** A counted block: the key it is counted under, and its text as one issue has it. */
type CountedBlock = {key: string; text: string};

/** What one issue adds to the counts: the blocks at its story's edges, and its sub-headings, each once. */
export function countedBlocks(issue: Pick<Issue, 'url' | 'story'>): {source: string; blocks: CountedBlock[]; headings: CountedBlock[]} {
	const source = issueSource(issue);
	const {story} = issue;
	const blocks = new Map<string, string>();
	const headings = new Map<string, string>();
	for (const [index, block] of story.entries()) {
		const atEdge = index < storyEdgeBlocks || index >= story.length - storyEdgeBlocks;
		const folded = atEdge && mayBeBoilerplate(block) ? foldBlockText(block.text) : '';
		if (folded !== '') {
			blocks.set(keyOfFolded(source, folded), block.type === 'list' ? '' : block.text);
		} else if (block.type === 'heading' && looksLikeHeading(block.text)) {
			headings.set(headingKey(block.text), block.text);
		}
	}

	const counted = (map: Map<string, string>) => [...map].map(([key, text]) => ({key, text}));
	return {source, blocks: counted(blocks), headings: counted(headings)};
}

/**
 * The issue with the learned blocks at the edges of its story moved to its notices, each with
 * the reason. Only the runs of learned blocks at the start and the end go: the same
 * paragraph inside the story (a quote, a standing explanation) stays. A story is never
 * emptied, nor left with nothing but sub-headings.
 */
export function withoutLearnedBoilerplate(issue: Issue, learned: LearnedBoilerplate): Issue {
	if (learned.blocks.size === 0 || issue.story.length < 2) {
		return issue;
	}

	const source = issueSource(issue);
	const repeatedIn = (block: Block | undefined) => (block !== undefined && mayBeBoilerplate(block) ? learned.blocks.get(learnedKey(source, block.text)) : undefined);
	let start = 0;
	while (start < issue.story.length - 1 && repeatedIn(issue.story[start]) !== undefined) {
		start++;
	}

	let end = issue.story.length;
	while (end - 1 > start && repeatedIn(issue.story[end - 1]) !== undefined) {
		end--;
	}

	// Nothing but headings left would mean the story itself recurs (a standing column): it stays.
	if ((start === 0 && end === issue.story.length) || issue.story.slice(start, end).every(block => block.type === 'heading')) {
		return issue;
	}

	const notices = [...issue.notices];
	const reasons: NoticeReason[] = issue.noticeReasons === undefined ? issue.notices.map(() => ({kind: 'known'})) : [...issue.noticeReasons];
	for (const block of [...issue.story.slice(0, start), ...issue.story.slice(end)]) {
		const text = block.type === 'list' ? '' : block.text;
		if (!notices.includes(text)) {
			notices.push(text);
			reasons.push({kind: 'repeated', issues: repeatedIn(block)!});
		}
	}

	return {...issue, story: issue.story.slice(start, end), notices, noticeReasons: reasons};
}
