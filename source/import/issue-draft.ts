import type {FileProblem} from '../archive/file-problem.js';
import type {Block} from '../archive/issue.js';
import type {ParsedIssue} from '../archive/parse-page-dump.js';

/**
 * What every format's converter produces: an issue not yet named or stored, or the
 * reason an input is not one. Converters are pure; only the importer and the fetcher touch disks and networks.
 */

export type ImportFormat = 'page-dump' | 'markdown' | 'html' | 'mail' | 'mbox' | 'rss' | 'atom' | 'json-feed' | 'substack';

export type IssueDraft = {
	title: string;
	/** `YYYY-MM-DD`, or null when the input does not say. */
	date: string | null;
	url?: string;
	tags?: string[];
	sourceFormat: ImportFormat;
	story: Block[];
	teasers: ParsedIssue['teasers'];
	notices: string[];
};

/**
 * Why an input (a file, a message, a feed item) was not imported. Data, not text, so the
 * command line can say it in the user's language.
 */
export type ImportProblem =
	// An input without text is as empty as one without bytes, and duplicate ids are the
	// archive's own: import names what it writes so that none arise.
	| Exclude<FileProblem, {kind: 'no-text' | 'duplicate-id'}>
	| {kind: 'missing'}
	| {kind: 'unsupported'; extension: string}
	| {kind: 'malformed-xml'; line: number; detail: string}
	| {kind: 'malformed-json'; detail: string}
	| {kind: 'not-a-feed'}
	| {kind: 'empty-feed'}
	| {kind: 'not-a-mail'}
	| {kind: 'truncated-mail'}
	| {kind: 'malformed-mail'; detail: string}
	| {kind: 'no-body'}
	| {kind: 'bad-zip'; detail: string}
	| {kind: 'zip-too-large'; limitMegabytes: number}
	| {kind: 'not-substack'}
	| {kind: 'substack-post-missing'; file: string}
	| {kind: 'draft-post'}
	| {kind: 'no-title'}
	| {kind: 'too-short'; characters: number}
	| {kind: 'listing'}
	| {kind: 'mostly-links'}
	| {kind: 'channel'}
	| {kind: 'malformed'; detail: string}
	| {kind: 'write-failed'; code: string};

export type Rejection = {problem: ImportProblem};

export type DraftResult = IssueDraft | Rejection;

export function isRejection(result: DraftResult): result is Rejection {
	return 'problem' in result;
}

export function reject(problem: ImportProblem): Rejection {
	return {problem};
}

/** Thrown inside a converter to give up on the whole input with a reason. */
export class ImportRejected extends Error {
	constructor(readonly problem: ImportProblem) {
		super(problem.kind);
	}
}
