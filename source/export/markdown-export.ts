import type {Block, InlineText, Issue, Mark} from '../archive/issue.js';
import {endOfStoryMarker} from '../archive/end-of-story-marker.js';

/**
 * Markdown export: YAML front matter (the fields an archive `.md` issue is read from),
 * then the title and the story with its emphasis and links. The output is a valid
 * bell-reader Markdown issue: importing it again gives the same story.
 */

export type MarkdownExportOptions = {
	full?: boolean;
};

// Characters that start Markdown syntax anywhere in a line.
const inlineSyntax = /[\\`*_[\]<>~|]/gu;

function escapeInline(text: string): string {
	return text
		.replace(inlineSyntax, character => `\\${character}`)
		// An entity-looking run would be decoded on the way back in.
		.replace(/&(?=#?\w+;)/gu, '&amp;');
}

/** Escapes what would turn the start of a line into a heading, list, quote or rule. */
function escapeLineStart(text: string): string {
	return text
		.replace(/^(\s*)([#+\-=])/u, '$1\\$2')
		.replace(/^(\s*\d+)([.)])/u, '$1\\$2');
}

function codeSpan(text: string): string {
	const longestRun = Math.max(0, ...(text.match(/`+/gu) ?? []).map(run => run.length));
	const fence = '`'.repeat(longestRun + 1);
	const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
	return `${fence}${pad}${text}${pad}${fence}`;
}

function linkTarget(href: string): string {
	return /[\s()<>]/u.test(href) ? `<${href.replaceAll('<', '%3C').replaceAll('>', '%3E')}>` : href;
}

/** Renders text with its marks, nesting the markers the way the marks nest. */
export function renderInline({text, marks = []}: InlineText): string {
	const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
	let output = '';
	let position = 0;
	const open: Mark[] = [];

	const closeUntil = (offset: number) => {
		while (open.length > 0 && open.at(-1)!.end <= offset) {
			const mark = open.pop()!;
			output += escapeInline(text.slice(position, mark.end));
			position = mark.end;
			output += mark.kind === 'bold' ? '**' : mark.kind === 'italic' ? '*' : `](${linkTarget(mark.href ?? '')})`;
		}
	};

	for (const mark of sorted) {
		closeUntil(mark.start);
		// A mark that crosses an open one cannot nest in Markdown; its text stays plain.
		if (open.length > 0 && mark.end > open.at(-1)!.end) {
			continue;
		}

		output += escapeInline(text.slice(position, mark.start));
		position = mark.start;
		if (mark.kind === 'code') {
			output += codeSpan(text.slice(mark.start, mark.end));
			position = mark.end;
			continue;
		}

		output += mark.kind === 'bold' ? '**' : mark.kind === 'italic' ? '*' : '[';
		open.push(mark);
	}

	closeUntil(Number.POSITIVE_INFINITY);
	output += escapeInline(text.slice(position));
	return escapeLineStart(output);
}

function renderBlock(block: Block): string {
	switch (block.type) {
		case 'heading': {
			return `## ${renderInline(block)}`;
		}

		case 'quote': {
			return `> ${renderInline(block)}`;
		}

		case 'list': {
			const first = block.start ?? 1;
			return block.items
				.map((item, index) => `${block.ordered ? `${first + index}.` : '-'} ${renderInline(item)}`)
				.join('\n');
		}

		case 'footnote': {
			return escapeInline(block.text);
		}

		default: {
			return renderInline(block);
		}
	}
}

/**
 * The front matter, each value a JSON string: JSON is YAML 1.2, so this is valid YAML that
 * any reader parses back exactly, and it needs no YAML library on the export path.
 */
function frontMatter(issue: Issue): string {
	const lines = [`title: ${JSON.stringify(issue.title)}`];
	if (issue.date !== null) {
		lines.push(`date: ${issue.date}`);
	}

	if (issue.url !== undefined) {
		lines.push(`url: ${JSON.stringify(issue.url)}`);
	}

	if (issue.tags !== undefined) {
		lines.push(`tags: [${issue.tags.map(tag => JSON.stringify(tag)).join(', ')}]`);
	}

	if (issue.sourceFormat !== undefined) {
		lines.push(`source_format: ${JSON.stringify(issue.sourceFormat)}`);
	}

	return `---\n${lines.join('\n')}\n---`;
}

export function exportMarkdown(issue: Issue, options: MarkdownExportOptions = {}): string {
	const parts = [frontMatter(issue), `# ${escapeLineStart(escapeInline(issue.title))}`, ...issue.story.map(block => renderBlock(block))];
	if (options.full) {
		// Teasers and notices go below a rule, as the web page has them below the story;
		// an HTML comment marks where the story ends, for whoever reads the file back.
		if (issue.teasers.length > 0 || issue.notices.length > 0) {
			parts.push(`${endOfStoryMarker}\n\n---`);
		}

		for (const teaser of issue.teasers) {
			parts.push(`**${escapeInline(teaser.title)}**${teaser.summary ? `\n${escapeLineStart(escapeInline(teaser.summary))}` : ''}`);
		}

		for (const notice of issue.notices) {
			parts.push(`*${escapeInline(notice)}*`);
		}
	}

	return `${parts.join('\n\n')}\n`;
}
