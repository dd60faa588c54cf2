import type {Issue} from '../archive/issue.js';
import type {ExportFormat} from './export-format.js';
import {exportJson, issueToJson} from './json-export.js';
import {exportMarkdown} from './markdown-export.js';
import {exportText, type WrapText} from './text-export.js';

export type ExportOptions = {format: ExportFormat; width?: number; wrap?: WrapText; full?: boolean};

export const fileExtensions: Record<ExportFormat, string> = {text: 'txt', markdown: 'md', json: 'json'};

/** One issue in the chosen format, as a whole file's content. */
export function formatIssue(issue: Issue, options: ExportOptions): string {
	switch (options.format) {
		case 'markdown': {
			return exportMarkdown(issue, {full: options.full});
		}

		case 'json': {
			return exportJson(issue);
		}

		default: {
			return exportText(issue, {width: options.width, wrap: options.wrap, full: options.full});
		}
	}
}

/**
 * Several issues on one stream, chunk by chunk so a big archive is never held whole: a
 * JSON array, Markdown documents one after another, or text with a rule between.
 */
export async function* formatIssueStream(issues: AsyncIterable<Issue> | Iterable<Issue>, options: ExportOptions): AsyncGenerator<string> {
	let first = true;
	if (options.format === 'json') {
		yield '[';
		for await (const issue of issues) {
			yield `${first ? '\n' : ',\n'}${JSON.stringify(issueToJson(issue), null, 2).replace(/^/gmu, '  ')}`;
			first = false;
		}

		yield first ? ']\n' : '\n]\n';
		return;
	}

	const separator = options.format === 'markdown' ? '\n' : `\n${'='.repeat(40)}\n\n`;
	for await (const issue of issues) {
		yield (first ? '' : separator) + formatIssue(issue, options);
		first = false;
	}
}
