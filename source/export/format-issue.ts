import type {Issue} from '../archive/issue.js';
import type {ExportFormat} from '../cli/parse-arguments.js';
import {exportJson} from './json-export.js';
import {exportMarkdown} from './markdown-export.js';
import {exportText} from './text-export.js';

export type ExportOptions = {format: ExportFormat; width?: number; hyphenate?: boolean; full?: boolean};

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
			return exportText(issue, {width: options.width, hyphenate: options.hyphenate, full: options.full});
		}
	}
}

/** Several issues on one stream: a JSON array, Markdown documents one after another, or text with a rule between. */
export function formatIssues(issues: readonly Issue[], options: ExportOptions): Iterable<string> {
	if (options.format === 'json') {
		return [exportJson(issues)];
	}

	const separator = options.format === 'markdown' ? '\n' : `\n${'='.repeat(40)}\n\n`;
	return issues.map((issue, index) => (index === 0 ? '' : separator) + formatIssue(issue, options));
}
