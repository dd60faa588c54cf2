import {decodeBytes, looksBinary} from './decode.js';
import {SkippedFileError} from './file-problem.js';
import {calendarDate} from './calendar-date.js';
import {issueFormatOf, issueIdOf} from './issue-file.js';
import {FrontMatterError} from './front-matter-error.js';
import type {Issue, SourceFormat} from './issue.js';
import {withoutLearnedBoilerplate, type LearnedBoilerplate} from './learned-boilerplate.js';
import {NotAnIssueError, parsePageDump} from './parse-page-dump.js';

/**
 * The parsers reading an issue may need, passed in by the caller. The Markdown reader
 * (marked, yaml, entities) is a large part of a start, and page dumps do not need it, so
 * the library loads it only for an archive with Markdown in it (library/issue-parsers.ts).
 */
export type IssueParsers = {
	markdown?: typeof import('./parse-markdown.js').parseMarkdownIssue;
	/**
	 * The boilerplate learned from the rest of the archive (library/learned-boilerplate-cache.ts).
	 * Without it, only the known boilerplate leaves the story: the catalog parses so, since
	 * what is learned is counted from that.
	 */
	boilerplate?: LearnedBoilerplate;
};

export {issueFormatOf, issueIdOf} from './issue-file.js';

export const maxIssueMegabytes = 20;
export const maxIssueBytes = maxIssueMegabytes * 1024 * 1024;

/** The `YYYY-MM-DD` prefix of a file name, when it is a real date. */
export function dateFromFileName(id: string): string | null {
	return calendarDate(id) ?? null;
}

function learnedOut(issue: Issue, boilerplate: LearnedBoilerplate | undefined): Issue {
	return boilerplate === undefined ? issue : withoutLearnedBoilerplate(issue, boilerplate);
}

/**
 * Decodes and parses one archive file. Throws {@link SkippedFileError} with a short
 * reason for anything that is not an issue.
 */
export function issueFromBytes(bytes: Uint8Array, file: string, parsers: IssueParsers): Issue {
	const format = issueFormatOf(file);
	if (format === undefined) {
		throw new Error(`not an issue file: ${file}`);
	}

	if (bytes.length === 0) {
		throw new SkippedFileError({kind: 'empty'});
	}

	if (bytes.length > maxIssueBytes) {
		throw new SkippedFileError({kind: 'too-large', limitMegabytes: maxIssueMegabytes});
	}

	if (looksBinary(bytes)) {
		throw new SkippedFileError({kind: 'binary'});
	}

	const {text} = decodeBytes(bytes);
	if (text.trim() === '') {
		throw new SkippedFileError({kind: 'no-text'});
	}

	const id = issueIdOf(file);
	try {
		if (format === 'markdown') {
			if (parsers.markdown === undefined) {
				throw new Error(`reading ${file} needs the Markdown parser, and none was given`);
			}

			const parsed = parsers.markdown(text);
			const issue: Issue = {
				id,
				title: parsed.title || id,
				date: parsed.frontMatter.date ?? dateFromFileName(id),
				source: file,
				format,
				story: parsed.story,
				// Teasers stand only below the end-of-story marker of a `--full` export (or an import).
				teasers: parsed.teasers.map(teaser => ({...teaser, id: null})),
				notices: parsed.notices,
			};
			if (parsed.frontMatter.url !== undefined) {
				issue.url = parsed.frontMatter.url;
			}

			if (parsed.frontMatter.sourceFormat !== undefined) {
				issue.sourceFormat = parsed.frontMatter.sourceFormat;
			}

			if (parsed.frontMatter.tags !== undefined) {
				issue.tags = parsed.frontMatter.tags;
			}

			return learnedOut(issue, parsers.boilerplate);
		}

		const parsed = parsePageDump(text, {recurringHeadings: parsers.boilerplate?.headings});
		return learnedOut({
			id,
			title: parsed.title,
			date: dateFromFileName(id),
			source: file,
			format,
			story: parsed.story,
			teasers: parsed.teasers.map(teaser => ({...teaser, id: null})),
			notices: parsed.notices,
		}, parsers.boilerplate);
	} catch (error) {
		if (error instanceof NotAnIssueError) {
			throw new SkippedFileError(error.shape === undefined ? {kind: 'no-story'} : {kind: 'not-an-issue', shape: error.shape});
		}

		if (error instanceof FrontMatterError) {
			throw new SkippedFileError({kind: 'bad-front-matter', detail: error.message});
		}

		throw error;
	}
}
