import type {Block, Issue} from '../archive/issue.js';

/** The text that stands between the story and its teasers and notices (as in printed output). */
export const sectionBreak = '* * *';

/**
 * The issue with its teasers and notices as blocks after the story (`--full`): each part
 * after a section break heading, so [ and ] reach it; a teaser's title is a heading.
 */
export function storyWithExtras(issue: Issue): Issue {
	const extras: Block[] = [];
	if (issue.teasers.length > 0) {
		extras.push({type: 'heading', text: sectionBreak});
		for (const teaser of issue.teasers) {
			extras.push({type: 'heading', text: teaser.title});
			if (teaser.summary) {
				extras.push({type: 'paragraph', text: teaser.summary});
			}
		}
	}

	if (issue.notices.length > 0) {
		extras.push({type: 'heading', text: sectionBreak});
		for (const notice of issue.notices) {
			extras.push({type: 'footnote', text: notice});
		}
	}

	return extras.length === 0 ? issue : {...issue, story: [...issue.story, ...extras]};
}
