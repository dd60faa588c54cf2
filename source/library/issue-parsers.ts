import type {IssueParsers} from '../archive/issue-from-bytes.js';

export type {IssueParsers} from '../archive/issue-from-bytes.js';

let markdown: Promise<NonNullable<IssueParsers['markdown']>> | undefined;

/**
 * The parsers for reading issue files: the Markdown reader only when `withMarkdown`, since
 * loading it costs more than reading a page dump. Loaded once per process.
 */
export async function loadIssueParsers(withMarkdown: boolean): Promise<IssueParsers> {
	if (!withMarkdown) {
		return {};
	}

	markdown ??= import('../archive/parse-markdown.js').then(module => module.parseMarkdownIssue);
	return {markdown: await markdown};
}
