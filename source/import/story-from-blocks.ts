import {
	isAuthorLine, isBadgeLine, isCopyLinkLine, isLoadingLine, isNotice, isPaywallStart, isPreheaderLine,
} from '../archive/boilerplate.js';
import {blockText, type Block} from '../archive/issue.js';
import {foldTitle} from '../archive/link-teasers.js';
import {addNotice, type ParsedIssue} from '../archive/parse-page-dump.js';
import {isChromeLine, isFooterStart} from './page-chrome.js';

/**
 * Splits the blocks of a page or e-mail the way parse-page-dump.ts splits a page dump:
 * notices out wherever they stand, the UI leftovers dropped, the story up to the
 * `Скопировать ссылку` line, and the title + summary pairs after it as teasers. A mail
 * footer ends everything.
 */

export type SplitStory = Omit<ParsedIssue, 'title'>;

function teasersFrom(blocks: readonly Block[]): SplitStory['teasers'] {
	const teasers: SplitStory['teasers'] = [];
	for (const block of blocks) {
		const text = blockText(block).replaceAll('\n', ' ');
		const last = teasers.at(-1);
		// A heading always opens a teaser; a paragraph fills the summary of one that has none.
		if (last !== undefined && last.summary === '' && block.type !== 'heading') {
			last.summary = text;
		} else {
			teasers.push({title: text, summary: ''});
		}
	}

	return teasers;
}

export function storyFromBlocks(blocks: readonly Block[], title: string): SplitStory {
	const story: Block[] = [];
	const tail: Block[] = [];
	const notices: string[] = [];
	const foldedTitle = foldTitle(title);
	let ended = false;
	let paywalled = false;
	for (const block of blocks) {
		const text = block.type === 'list' ? '' : block.text;
		// From a paywall on, a page is offers and sign-ups.
		paywalled ||= isPaywallStart(text);
		if (paywalled) {
			const offer = blockText(block).replaceAll('\n', ' - ');
			addNotice(notices, offer);

			continue;
		}

		if (block.type !== 'list') {
			if (isNotice(text)) {
				addNotice(notices, text);

				continue;
			}

			if (isFooterStart(text)) {
				break;
			}

			if (isCopyLinkLine(text)) {
				ended = true;
				continue;
			}

			if (isLoadingLine(text) || isChromeLine(text) || isBadgeLine(text) || isPreheaderLine(text)) {
				continue;
			}

			// The page repeats its title and author line above the story.
			if (story.length === 0 && (foldTitle(text) === foldedTitle || isAuthorLine(text))) {
				continue;
			}
		}

		if (!ended) {
			story.push(block);
		} else if (block.type === 'footnote') {
			// A footnote printed below the copy-link line still belongs to the story.
			story.push(block);
		} else {
			tail.push(block);
		}
	}

	return {story, teasers: teasersFrom(tail), notices};
}
