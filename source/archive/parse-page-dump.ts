import {
	disclaimerInLine, isAuthorLine, isBadgeLine, isCopyLinkLine, isLoadingLine, isNotice, isPaywallStart, isPreheaderLine, isTickerFragment,
} from './boilerplate.js';
import type {Block, Teaser} from './issue.js';
import {capital} from './letter-classes.js';
import {foldTitle} from './link-teasers.js';
import {notAnIssueShape, type NotAnIssueShape} from './page-kind.js';
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

export class NotAnIssueError extends Error {
	/** What the page is instead, when it is something recognisable (a landing page, a listing …). */
	readonly shape: NotAnIssueShape | undefined;

	constructor(message: string, shape?: NotAnIssueShape) {
		super(message);
		this.shape = shape;
	}
}

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

/** The longest title made from a story's opening sentence. */
const derivedTitleMax = 100;
const sentenceEndBeforeCapital = new RegExp(`[.!?…](?=\\s+[«"„“]?[${capital}\\d])`, 'u');

/**
 * A dump that starts straight with the story (a mirror that dropped the title): its first
 * line is a long sentence, which no headline is.
 */
function isUntitledOpening(line: string): boolean {
	return endsLikeSentence(line) && line.length >= 120;
}

/**
 * A title made from the opening paragraph: its first sentence, cut at a clause boundary
 * (a colon, a dash, a semicolon) or else a word boundary when it is long.
 */
function titleFromOpening(paragraph: string): string {
	const sentenceEnd = sentenceEndBeforeCapital.exec(paragraph);
	const sentence = sentenceEnd === null ? paragraph : paragraph.slice(0, sentenceEnd.index + 1);
	const bare = (text: string) => text.replace(/[\s.,;:…—–-]+$/u, '');
	if (sentence.length <= derivedTitleMax) {
		return bare(sentence);
	}

	const clause = /[:;]\s|\s[—–]\s/u.exec(sentence);
	if (clause !== null && clause.index >= 30 && clause.index <= derivedTitleMax) {
		return bare(sentence.slice(0, clause.index));
	}

	const cut = sentence.lastIndexOf(' ', derivedTitleMax);
	return `${bare(sentence.slice(0, cut > 0 ? cut : derivedTitleMax))}…`;
}

/** The page's lines, trimmed and without empty ones; a disclaimer inside a line of other text stands on its own line. */
function pageLines(text: string): string[] {
	const lines: string[] = [];
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		const parts = disclaimerInLine(line);
		for (const part of parts === undefined ? [line] : [parts.before, parts.notice, parts.after]) {
			if (part !== '') {
				lines.push(part);
			}
		}
	}

	return lines;
}

/** Whether a line repeats the title. Folding only removes characters, so a much longer line is never asked (its folding would cost). */
function repeatsTitle(line: string, foldedTitle: string): boolean {
	return line.length >= foldedTitle.length && line.length <= foldedTitle.length * 2 + 8 && foldTitle(line) === foldedTitle;
}

/** Adds a notice unless the page has already given the same one. */
export function addNotice(notices: string[], line: string): void {
	if (!notices.includes(line)) {
		notices.push(line);
	}
}

/** Page chrome above the title: the loading placeholder, a membership badge, an e-mail preheader, a live blog's ticker. */
function isChromeAboveTitle(line: string): boolean {
	return isLoadingLine(line) || isBadgeLine(line) || isPreheaderLine(line) || isTickerFragment(line);
}

/** What the rest of the archive tells about a page: short lines that recur as headings across issues of its newsletter. */
type PageEvidence = {recurringHeadings?: ReadonlySet<string>};

export function parsePageDump(text: string, evidence: PageEvidence = {}): ParsedIssue {
	const lines = pageLines(text);
	const shape = notAnIssueShape(lines);
	if (shape !== undefined) {
		throw new NotAnIssueError(`not an issue: ${shape}`, shape);
	}

	const notices: string[] = [];

	let cursor = 0;
	while (cursor < lines.length && (isChromeAboveTitle(lines[cursor]!) || isNotice(lines[cursor]!))) {
		if (isNotice(lines[cursor]!)) {
			addNotice(notices, lines[cursor]!);
		}

		cursor++;
	}

	const firstLine = lines[cursor];
	if (firstLine === undefined) {
		throw new NotAnIssueError('no title or story, only boilerplate');
	}

	// Without a title line, the opening paragraph names the issue and stays in the story.
	const untitled = isUntitledOpening(firstLine);
	const title = untitled ? titleFromOpening(firstLine) : firstLine;
	if (!untitled) {
		cursor++;
	}

	// The head under the title: the author line, notices, an e-mail's preheader and its
	// repeat of the title, in any order.
	const foldedTitle = foldTitle(title);
	while (!untitled && cursor < lines.length) {
		const line = lines[cursor]!;
		if (isNotice(line)) {
			addNotice(notices, line);
		} else if (!isAuthorLine(line) && !isPreheaderLine(line) && !isBadgeLine(line) && !repeatsTitle(line, foldedTitle)) {
			break;
		}

		cursor++;
	}

	// A paywall ends what the page lets one read: from it on, the page is offers and sign-ups.
	const paywall = lines.findIndex((line, index) => index >= cursor && isPaywallStart(line));
	const storyEnd = Math.min(findStoryEnd(lines, cursor), paywall === -1 ? lines.length : paywall);
	const storyLines: string[] = [];
	for (const line of lines.slice(cursor, storyEnd)) {
		if (isNotice(line)) {
			addNotice(notices, line);
		} else if (!isCopyLinkLine(line)) {
			storyLines.push(line);
		}
	}

	const tailLines: string[] = [];
	for (const [index, line] of lines.entries()) {
		if (index < storyEnd) {
			continue;
		}

		if (isNotice(line) || (paywall !== -1 && index >= paywall)) {
			addNotice(notices, line);
		} else if (/^\*{1,3}\s*\S/u.test(line) && blocksFromStoryLines([...storyLines, line], evidence.recurringHeadings).at(-1)?.type === 'footnote') {
			// A footnote printed below the copy-link line still belongs to the story.
			storyLines.push(line);
		} else if (!isCopyLinkLine(line)) {
			tailLines.push(line);
		}
	}

	const story = blocksFromStoryLines(storyLines, evidence.recurringHeadings);
	if (story.length === 0) {
		throw new NotAnIssueError('no story, only boilerplate');
	}

	return {title, story, teasers: teasersFromTail(tailLines), notices};
}
