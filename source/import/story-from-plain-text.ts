import {parsePageDump, type ParsedIssue} from '../archive/parse-page-dump.js';
import {foldTitle} from '../archive/link-teasers.js';
import {isChromeLine, isFooterStart} from './page-chrome.js';

/**
 * The text part of a newsletter e-mail → story, teasers and notices. Mail text is wrapped
 * at about 72 columns with blank lines between paragraphs, so the lines of a paragraph are
 * joined first (list items and footnotes keep their own lines); the result reads like a
 * page dump under the subject and goes through the page-dump parser.
 */

const ownLine = /^(?:[•·▪●◦‣*-]\s|\d{1,3}[.)]\s|>)/u;

function paragraphsOf(text: string): string[] {
	const paragraphs: string[] = [];
	for (const chunk of text.split(/\n[ \t]*\n/u)) {
		let current = '';
		for (const raw of chunk.split('\n')) {
			const line = raw.trim();
			if (line === '') {
				continue;
			}

			if (ownLine.test(line) && current !== '') {
				paragraphs.push(current);
				current = line;
			} else {
				current = current === '' ? line : `${current} ${line}`;
			}
		}

		if (current !== '') {
			paragraphs.push(current);
		}
	}

	return paragraphs;
}

/** Without a subject, the first line names the issue, as in a page dump. */
export function storyFromPlainText(text: string, title: string): ParsedIssue {
	const lines: string[] = [];
	for (const paragraph of paragraphsOf(text)) {
		if (isFooterStart(paragraph)) {
			break;
		}

		// The signature separator: what follows is the sender's card.
		if (paragraph === '--' || paragraph.startsWith('-- ')) {
			break;
		}

		if (!isChromeLine(paragraph) && !(lines.length === 0 && title !== '' && foldTitle(paragraph) === foldTitle(title))) {
			lines.push(paragraph);
		}
	}

	if (lines.length === 0) {
		return {title, story: [], teasers: [], notices: []};
	}

	return parsePageDump((title === '' ? lines : [title, ...lines]).join('\n'));
}
