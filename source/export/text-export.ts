import type {Block, Issue} from '../archive/issue.js';
import {greedyWrap} from './greedy-wrap.js';

/**
 * Plain-text export (DESIGN.md §3): the title on the first line, then the story's blocks
 * separated by blank lines; teasers and notices only with `full`. No hard wrapping unless
 * a width is given.
 */

export type TextExportOptions = {
	width?: number;
	full?: boolean;
};

/** Rows of one run of text, with a first-row prefix and a hanging indent for the rest. */
function rows(text: string, width: number | undefined, prefix = '', indent = ''): string[] {
	if (width === undefined) {
		return [prefix + text];
	}

	const wrapped = greedyWrap(text, Math.max(1, width - [...indent].length));
	return wrapped.map((row, index) => (index === 0 ? prefix : indent) + row);
}

function blockRows(block: Block, width: number | undefined): string[] {
	switch (block.type) {
		case 'list': {
			const first = block.start ?? 1;
			const numberWidth = String(first + block.items.length - 1).length;
			return block.items.flatMap((item, index) => {
				const marker = block.ordered ? `${String(first + index).padStart(numberWidth)}. ` : '• ';
				return rows(item.text, width, marker, ' '.repeat(marker.length));
			});
		}

		case 'quote': {
			return rows(block.text, width, '> ', '> ');
		}

		default: {
			return rows(block.text, width);
		}
	}
}

const sectionBreak = '* * *';

export function exportText(issue: Issue, options: TextExportOptions = {}): string {
	const paragraphs: string[][] = [rows(issue.title, options.width)];
	for (const block of issue.story) {
		paragraphs.push(blockRows(block, options.width));
	}

	if (options.full) {
		if (issue.teasers.length > 0) {
			paragraphs.push([sectionBreak]);
			for (const teaser of issue.teasers) {
				paragraphs.push([...rows(teaser.title, options.width), ...(teaser.summary ? rows(teaser.summary, options.width) : [])]);
			}
		}

		if (issue.notices.length > 0) {
			paragraphs.push([sectionBreak]);
			for (const notice of issue.notices) {
				paragraphs.push(rows(notice, options.width));
			}
		}
	}

	return `${paragraphs.map(lines => lines.join('\n')).join('\n\n')}\n`;
}
