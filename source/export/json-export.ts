import type {Issue} from '../archive/issue.js';
import {noticeReasonText} from '../archive/learned-boilerplate.js';
import {readingMinutes, storyWords} from '../archive/reading-time.js';

/**
 * The JSON export's shape, part of the command-line contract: scripts rely on it, so it
 * changes only by adding fields.
 */
export type IssueJson = {
	id: string;
	title: string;
	date: string | null;
	source: string;
	format: Issue['format'];
	url?: string;
	tags?: string[];
	/** What the issue was imported from, when it was (`html`, `mail`, `rss` …). */
	sourceFormat?: string;
	story: Array<{type: 'paragraph' | 'heading' | 'quote' | 'footnote'; text: string} | {type: 'list'; ordered: boolean; start?: number; items: string[]}>;
	teasers: Array<{title: string; summary: string; id: string | null}>;
	notices: string[];
	/** Why each notice (same order) is one: `known`, or `repeated in N issues` when learned from the archive. */
	noticeReasons: string[];
	words: number;
	minutes: number;
};

export function issueToJson(issue: Issue): IssueJson {
	const words = issue.words ?? storyWords(issue);
	const json: IssueJson = {
		id: issue.id,
		title: issue.title,
		date: issue.date,
		source: issue.source,
		format: issue.format,
		story: issue.story.map(block => {
			if (block.type !== 'list') {
				return {type: block.type, text: block.text};
			}

			const list: {type: 'list'; ordered: boolean; start?: number; items: string[]} = {
				type: 'list',
				ordered: block.ordered,
				items: block.items.map(item => item.text),
			};
			if (block.start !== undefined) {
				list.start = block.start;
			}

			return list;
		}),
		teasers: issue.teasers.map(({title, summary, id}) => ({title, summary, id})),
		notices: [...issue.notices],
		noticeReasons: issue.notices.map((_, index) => noticeReasonText(issue.noticeReasons?.[index] ?? {kind: 'known'})),
		words,
		minutes: readingMinutes(words),
	};
	if (issue.url !== undefined) {
		json.url = issue.url;
	}

	if (issue.tags !== undefined) {
		json.tags = issue.tags;
	}

	if (issue.sourceFormat !== undefined) {
		json.sourceFormat = issue.sourceFormat;
	}

	return json;
}

export function exportJson(issues: readonly Issue[] | Issue): string {
	const value = Array.isArray(issues) ? issues.map(issue => issueToJson(issue)) : issueToJson(issues as Issue);
	return `${JSON.stringify(value, null, 2)}\n`;
}
