import {
	isAuthorLine, isCopyLinkLine, isLoadingLine, isNotice,
} from './boilerplate.js';
import type {Block, Teaser} from './issue.js';
import {blocksFromStoryLines, secondSentence} from './story-lines.js';

/**
 * Parses the plain-text dump of an issue's web page into its title,
 * story, teasers and notices. The text must already be decoded and sanitised.
 *
 * The layout of a dump, top to bottom: an optional `loading` line, the title, an
 * optional author line and disclaimer, the story, the `Скопировать ссылку` line,
 * then teasers of other issues mixed with notices. Copies vary, so every part but
 * the title may be missing and notices may stand anywhere.
 */

export type ParsedIssue = {
	title: string;
	story: Block[];
	/** Teasers before they are linked to stored issues. */
	teasers: Array<Omit<Teaser, 'id'>>;
	notices: string[];
};

export class NotAnIssueError extends Error {}

/** A line that ends in sentence punctuation reads as a paragraph, not a title. */
function endsLikeSentence(line: string): boolean {
	return /[.,;:…]$/u.test(line.replace(/[»"”’')\]]+$/u, ''));
}

/** A teaser title: a headline of several words, not a sentence. */
function looksLikeTeaserTitle(line: string): boolean {
	return !endsLikeSentence(line) && line.split(/\s+/u).length >= 5;
}

/**
 * Whether the lines after a notice are nothing but notices and teasers
 * (title + summary pairs), which is how the tail of a page looks when its
 * `Скопировать ссылку` line is missing.
 */
function isTeaserTail(lines: readonly string[]): boolean {
	const rest = lines.filter(line => !isNotice(line));
	for (let index = 0; index < rest.length; index += 2) {
		const title = rest[index]!;
		const summary = rest[index + 1];
		if (!looksLikeTeaserTitle(title) || summary === undefined || !endsLikeSentence(summary)) {
			return false;
		}
	}

	return true;
}

/** Index of the first line after the story (or lines.length when the story runs to the end). */
function findStoryEnd(lines: readonly string[], storyStart: number): number {
	const copyLink = lines.findIndex((line, index) => index >= storyStart && isCopyLinkLine(line));
	if (copyLink !== -1) {
		return copyLink;
	}

	// Without the copy-link line, the story ends at the first notice after which only
	// notices and teasers follow. A notice before any story text cannot end the story.
	for (let index = storyStart + 1; index < lines.length; index++) {
		if (isNotice(lines[index]!) && isTeaserTail(lines.slice(index + 1))) {
			return pullBackTeasers(lines, storyStart, index);
		}
	}

	return lines.length;
}

/**
 * A headline of another issue rather than a sub-heading of this one: sub-headings are a
 * few words (`Что случилось?`), headlines run long or in two parts (`Нефть по 52 доллара.
 * Как Минфин…`). Only used where position alone cannot tell them apart.
 */
function looksLikeOtherIssueHeadline(line: string): boolean {
	return looksLikeTeaserTitle(line)
		&& (line.split(/\s+/u).length >= 9 || secondSentence.test(line));
}

/**
 * Teasers can also stand just before the first trailing notice: headline + paragraph pairs
 * right before the tail move into it; sub-heading + paragraph pairs stay in the story.
 */
function pullBackTeasers(lines: readonly string[], storyStart: number, tailStart: number): number {
	let start = tailStart;
	while (start - 2 > storyStart) {
		const title = lines[start - 2]!;
		const summary = lines[start - 1]!;
		if (!looksLikeOtherIssueHeadline(title) || !endsLikeSentence(summary)) {
			break;
		}

		start -= 2;
	}

	return start;
}

/** Teasers are title + summary pairs; a title left without a summary keeps an empty one. */
function teasersFromTail(lines: readonly string[]): Array<Omit<Teaser, 'id'>> {
	const teasers: Array<Omit<Teaser, 'id'>> = [];
	for (let index = 0; index < lines.length; index += 2) {
		teasers.push({title: lines[index]!, summary: lines[index + 1] ?? ''});
	}

	return teasers;
}

export function parsePageDump(text: string): ParsedIssue {
	const lines = text.split('\n').map(line => line.trim()).filter(line => line !== '');
	const notices: string[] = [];

	let cursor = 0;
	while (cursor < lines.length && (isLoadingLine(lines[cursor]!) || isNotice(lines[cursor]!))) {
		if (isNotice(lines[cursor]!)) {
			notices.push(lines[cursor]!);
		}

		cursor++;
	}

	const title = lines[cursor];
	if (title === undefined) {
		throw new NotAnIssueError('no title or story, only boilerplate');
	}

	cursor++;
	// The head under the title: the author line and notices, in any order.
	while (cursor < lines.length && (isAuthorLine(lines[cursor]!) || isNotice(lines[cursor]!))) {
		if (isNotice(lines[cursor]!)) {
			notices.push(lines[cursor]!);
		}

		cursor++;
	}

	const storyEnd = findStoryEnd(lines, cursor);
	const storyLines: string[] = [];
	for (const line of lines.slice(cursor, storyEnd)) {
		if (isNotice(line)) {
			notices.push(line);
		} else if (!isCopyLinkLine(line)) {
			storyLines.push(line);
		}
	}

	const tailLines: string[] = [];
	for (const line of lines.slice(storyEnd)) {
		if (isNotice(line)) {
			notices.push(line);
		} else if (/^\*{1,3}\s*\S/u.test(line) && blocksFromStoryLines([...storyLines, line]).at(-1)?.type === 'footnote') {
			// A footnote printed below the copy-link line still belongs to the story.
			storyLines.push(line);
		} else if (!isCopyLinkLine(line)) {
			tailLines.push(line);
		}
	}

	const story = blocksFromStoryLines(storyLines);
	if (story.length === 0) {
		throw new NotAnIssueError('no story, only boilerplate');
	}

	return {title, story, teasers: teasersFromTail(tailLines), notices};
}
