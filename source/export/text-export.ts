import type {Block, Issue} from '../archive/issue.js';

/**
 * Plain-text export, as the command line promises it to scripts: the title on the first
 * line, then the story's blocks separated by blank lines; teasers and notices only with
 * `full`. No hard wrapping unless a width is given.
 */

/** Breaks one paragraph into rows of at most `width` columns (the reader's line breaker: see line-wrapper.ts). */
export type WrapText = (text: string, width: number) => string[];

export type TextExportOptions = {
	/** Hard-wrap at this width, with `wrap`. */
	width?: number;
	wrap?: WrapText;
	full?: boolean;
};

type Wrap = {width?: number; wrap?: WrapText};

/**
 * Rows of one run of text, with a first-row prefix and a hanging indent for the rest,
 * broken by the reader's line breaker (Russian no-break rules) when there is a width.
 */
function rows(text: string, wrap: Wrap, prefix = '', indent = ''): string[] {
	if (wrap.width === undefined || wrap.wrap === undefined) {
		return [prefix + text];
	}

	// Prefixes and indents are ASCII: their length is their width.
	const wrapped = wrap.wrap(text, Math.max(1, wrap.width - indent.length));
	return wrapped.map((row, index) => (index === 0 ? prefix : indent) + row);
}

function blockRows(block: Block, wrap: Wrap): string[] {
	switch (block.type) {
		case 'list': {
			const first = block.start ?? 1;
			const numberWidth = String(first + block.items.length - 1).length;
			return block.items.flatMap((item, index) => {
				const marker = block.ordered ? `${String(first + index).padStart(numberWidth)}. ` : '• ';
				return rows(item.text, wrap, marker, ' '.repeat(marker.length));
			});
		}

		case 'quote': {
			return rows(block.text, wrap, '> ', '> ');
		}

		default: {
			return rows(block.text, wrap);
		}
	}
}

const sectionBreak = '* * *';

export function exportText(issue: Issue, options: TextExportOptions = {}): string {
	const wrap: Wrap = {width: options.width, wrap: options.wrap};
	const paragraphs: string[][] = [rows(issue.title, wrap)];
	for (const block of issue.story) {
		paragraphs.push(blockRows(block, wrap));
	}

	if (options.full) {
		if (issue.teasers.length > 0) {
			paragraphs.push([sectionBreak]);
			for (const teaser of issue.teasers) {
				paragraphs.push([...rows(teaser.title, wrap), ...(teaser.summary ? rows(teaser.summary, wrap) : [])]);
			}
		}

		if (issue.notices.length > 0) {
			paragraphs.push([sectionBreak]);
			for (const notice of issue.notices) {
				paragraphs.push(rows(notice, wrap));
			}
		}
	}

	return `${paragraphs.map(lines => lines.join('\n')).join('\n\n')}\n`;
}
