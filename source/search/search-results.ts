import {issueFormatOf} from '../archive/issue-file.js';
import {blockText, type Issue} from '../archive/issue.js';
import type {LearnedBoilerplate} from '../archive/learned-boilerplate.js';
import {loadIssueParsers} from '../library/issue-parsers.js';
import {readIssueFile} from '../library/read-issue-file.js';
import {findMatchesInBlocks, findMatchesInWords, type StoryMatch, type TextMatch} from './find-matches.js';
import type {RankedDocument} from './index-backend.js';
import type {SearchQuery} from './parse-query.js';
import {buildSnippet, defaultSnippetLength, type Snippet} from './snippet.js';
import {splitWords, type Word} from './tokenize.js';

/** What a search answers per issue: the ranked document, read again to show where it matched. */
export type SearchResult = {
	id: string;
	date: string | null;
	title: string;
	/** The archive file. */
	path: string;
	/** BM25; higher is better. Comparable within one answer only. */
	score: number;
	/** The issue as read for this answer, to open at `matches[0]`. */
	issue: Issue;
	/** Matches in the title, for highlighting it. */
	titleMatches: TextMatch[];
	/** Matches in the story, in reading order: anchors into `blockText(story[block])`. */
	matches: StoryMatch[];
	snippet: Snippet;
};

/** Parsed issues kept between searches of a long-lived index. */
const issueCacheSize = 100;

/** An issue read for highlighting, with its words split once. */
type ReadIssue = {issue: Issue; titleWords: Word[]; blockWords: Word[][]};

/**
 * Turns ranked documents into results, reading each issue (the index keeps terms, not
 * text). A long-lived index keeps the last issues read, least recently used first out;
 * `forget` drops those whose files changed.
 */
export type ResultReader = {
	/** `boilerplate`: what the index's stories were parsed with, so anchors match the reader's. */
	resultsFor(ranked: readonly RankedDocument[], query: SearchQuery, boilerplate?: LearnedBoilerplate): Promise<SearchResult[]>;
	forget(files?: Iterable<string>): void;
};

export function resultReader(snippetLength = defaultSnippetLength): ResultReader {
	const issues = new Map<string, ReadIssue>();

	function remember(file: string, read: ReadIssue): void {
		issues.delete(file);
		if (issues.size >= issueCacheSize) {
			issues.delete(issues.keys().next().value!);
		}

		// Re-inserted, so the map's order is least recently used first.
		issues.set(file, read);
	}

	return {
		async resultsFor(ranked, query, boilerplate) {
			const loaded = await loadIssueParsers(ranked.some(document => !issues.has(document.path) && issueFormatOf(document.path) === 'markdown'));
			const parsers = boilerplate === undefined ? loaded : {...loaded, boilerplate};
			const results: SearchResult[] = [];
			for (const document of ranked) {
				let read = issues.get(document.path);
				if (read === undefined) {
					const result = readIssueFile(document.path, parsers);
					if ('problem' in result) {
						// Changed into a non-issue since the index was brought up to date; the next search drops it.
						continue;
					}

					read = {issue: result, titleWords: splitWords(result.title), blockWords: result.story.map(block => splitWords(blockText(block)))};
				}

				remember(document.path, read);
				const {issue} = read;
				const matches = findMatchesInBlocks(read.blockWords, query);
				results.push({
					id: issue.id,
					date: issue.date,
					title: issue.title,
					path: document.path,
					score: document.score,
					issue,
					titleMatches: findMatchesInWords(read.titleWords, query, 'title'),
					matches,
					snippet: buildSnippet(issue.story, matches, snippetLength),
				});
			}

			return results;
		},
		forget(files) {
			if (files === undefined) {
				issues.clear();
				return;
			}

			for (const file of files) {
				issues.delete(file);
			}
		},
	};
}
