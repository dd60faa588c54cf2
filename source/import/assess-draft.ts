import {blockText, type Block} from '../archive/issue.js';
import {reject, type DraftResult, type IssueDraft} from './issue-draft.js';

/**
 * The last word on whether a draft is an issue, whatever format it came from. A short news
 * item of two sentences passes; a page that is all links (a table of contents, a landing
 * page) or a few words of chrome does not.
 */

/**
 * Fewer story characters than this is a fragment, not an issue. A one-sentence news item
 * («Банк России оставил ключевую ставку на уровне 21%.») is 50.
 */
export const minStoryCharacters = 40;

/** How many links the story has, and how many of its characters they cover. */
function linksOf(story: readonly Block[]): {count: number; characters: number} {
	let count = 0;
	let characters = 0;
	for (const block of story) {
		const runs = block.type === 'list' ? block.items : [block];
		for (const run of runs) {
			for (const mark of run.marks ?? []) {
				if (mark.kind === 'link') {
					count++;
					characters += mark.end - mark.start;
				}
			}
		}
	}

	return {count, characters};
}

export function assessDraft(draft: IssueDraft): DraftResult {
	if (draft.title.trim() === '') {
		return reject({kind: 'no-title'});
	}

	if (draft.story.length === 0) {
		return reject({kind: 'no-story'});
	}

	const characters = draft.story.reduce((sum, block) => sum + blockText(block).length, 0);
	if (characters < minStoryCharacters) {
		return reject({kind: 'too-short', characters});
	}

	const links = linksOf(draft.story);
	if (links.count >= 3 && links.characters / characters > 0.6) {
		return reject({kind: 'mostly-links'});
	}

	return draft;
}
