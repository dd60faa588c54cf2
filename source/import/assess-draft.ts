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

function linkedCharacters(story: readonly Block[]): number {
	let linked = 0;
	for (const block of story) {
		const runs = block.type === 'list' ? block.items : [block];
		for (const run of runs) {
			for (const mark of run.marks ?? []) {
				if (mark.kind === 'link') {
					linked += mark.end - mark.start;
				}
			}
		}
	}

	return linked;
}

function linkCount(story: readonly Block[]): number {
	return story.flatMap(block => (block.type === 'list' ? block.items : [block])).flatMap(run => run.marks ?? []).filter(mark => mark.kind === 'link').length;
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

	if (linkCount(draft.story) >= 3 && linkedCharacters(draft.story) / characters > 0.6) {
		return reject({kind: 'mostly-links'});
	}

	return draft;
}
