import type {Issue} from '../archive/issue.js';
import {issueFromBytes, type IssueParsers} from '../archive/issue-from-bytes.js';
import {exportMarkdown} from '../export/markdown-export.js';
import {withoutTracking} from './duplicate-key.js';
import type {IssueDraft} from './issue-draft.js';

/** The issue as the archive will hold it: the Markdown written, and the issue read back from it. */
export function storedForm(draft: IssueDraft, id: string, parsers: IssueParsers): {content: string; issue: Issue} {
	const issue: Issue = {
		id,
		title: draft.title,
		date: draft.date,
		source: `${id}.md`,
		format: 'markdown',
		...(draft.url === undefined ? {} : {url: withoutTracking(draft.url)}),
		...(draft.tags === undefined ? {} : {tags: draft.tags}),
		sourceFormat: draft.sourceFormat,
		story: draft.story,
		teasers: draft.teasers.map(teaser => ({...teaser, id: null})),
		notices: draft.notices,
	};
	const content = exportMarkdown(issue, {full: true});
	// Keys are computed on what a later `list` will read, so they match the stored issues' keys.
	return {content, issue: issueFromBytes(new TextEncoder().encode(content), issue.source, parsers)};
}
