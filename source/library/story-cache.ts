import {readdirSync, readFileSync, rmSync, statSync} from 'node:fs';
import path from 'node:path';
import {writeCacheFile} from './write-file-atomically.js';
import type {Block, InlineText, Issue, Mark, Teaser} from '../archive/issue.js';
import {pathKey} from '../archive/path-key.js';
import {parserVersion} from './parser-version.js';
import type {FileStamp} from './read-issue-file.js';

/**
 * Issues printed one at a time (`latest`, `read`, `export <issue>`), kept parsed in the cache
 * folder. Parsing one issue is a large part of such a start (the parser's code runs cold in
 * every new process), and people print the same newest issue again and again. Keyed by the
 * file's path, the catalog's stamp of it, the parser's version and the learned boilerplate's id; the catalog, not this
 * cache, looks at the file. Kept before its teasers are linked, since that depends on the
 * rest of the archive.
 */

/** `boilerplate`: the id of the learned boilerplate the issue was parsed with. */
type KeptIssue = {version: number; file: string; size: number; mtimeMs: number; boilerplate: string; issue: Issue};

/** How many issues are kept; past it, the ones kept longest ago are let go. */
export const keptIssuesMax = 64;

function keptIssuesDir(cacheDir: string): string {
	return path.join(cacheDir, 'stories');
}

function keptIssuePath(cacheDir: string, file: string): string {
	return path.join(keptIssuesDir(cacheDir), `${pathKey(file)}.json`);
}

/** The issue as parsed when the file had these stats, or undefined (not kept, changed since, or not sound). */
export function readKeptIssue(cacheDir: string, file: string, stats: FileStamp, boilerplate: string): Issue | undefined {
	let kept: Partial<KeptIssue> | null;
	try {
		kept = JSON.parse(readFileSync(keptIssuePath(cacheDir, file), 'utf8')) as Partial<KeptIssue> | null;
	} catch {
		return undefined;
	}

	if (kept?.version !== parserVersion || kept.boilerplate !== boilerplate || kept.file !== file || kept.size !== stats.size || kept.mtimeMs !== stats.mtimeMs || !isIssue(kept.issue, file)) {
		return undefined;
	}

	return kept.issue;
}

/** Keeps an issue parsed from a file that had these stats when it was read, with its words counted. */
export function keepIssue(cacheDir: string, file: string, stats: FileStamp, boilerplate: string, issue: Issue & {words: number}): void {
	const kept: KeptIssue = {version: parserVersion, file, size: stats.size, mtimeMs: stats.mtimeMs, boilerplate, issue};
	writeCacheFile(keptIssuePath(cacheDir, file), JSON.stringify(kept));
	letGoOfOldest(keptIssuesDir(cacheDir));
}

function letGoOfOldest(dir: string): void {
	try {
		const names = readdirSync(dir).filter(name => name.endsWith('.json'));
		if (names.length <= keptIssuesMax) {
			return;
		}

		const byAge = names
			.map(name => ({file: path.join(dir, name), mtimeMs: statSync(path.join(dir, name), {throwIfNoEntry: false})?.mtimeMs ?? 0}))
			.sort((a, b) => a.mtimeMs - b.mtimeMs);
		for (const {file} of byAge.slice(0, names.length - keptIssuesMax)) {
			rmSync(file, {force: true});
		}
	} catch {
		// A cache is only there for speed: one too many is no harm.
	}
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isMark(value: unknown, text: string): value is Mark {
	const mark = value as Partial<Mark> | null;
	return Number.isInteger(mark?.start) && Number.isInteger(mark!.end) && 0 <= mark!.start! && mark!.start! <= mark!.end! && mark!.end! <= text.length
		&& (mark!.kind === 'bold' || mark!.kind === 'italic' || mark!.kind === 'code' || mark!.kind === 'link') && (mark!.href === undefined || isString(mark!.href));
}

function isInlineText(value: unknown): value is InlineText {
	const inline = value as Partial<InlineText> | null;
	return isString(inline?.text) && (inline.marks === undefined || (Array.isArray(inline.marks) && inline.marks.every(mark => isMark(mark, inline.text!))));
}

function isBlock(value: unknown): value is Block {
	const block = value as Partial<Block> | null;
	switch (block?.type) {
		case 'paragraph':
		case 'heading':
		case 'quote':
		case 'footnote': {
			return isInlineText(block);
		}

		case 'list': {
			return typeof block.ordered === 'boolean' && Array.isArray(block.items) && block.items.every(item => isInlineText(item));
		}

		default: {
			return false;
		}
	}
}

function isTeaser(value: unknown): value is Teaser {
	const teaser = value as Partial<Teaser> | null;
	return isString(teaser?.title) && isString(teaser.summary);
}

/** A kept issue is ours, but a cache file can be damaged or edited: its shape is checked before use. */
function isIssue(value: unknown, file: string): value is Issue {
	const issue = value as Partial<Issue> | null;
	return isString(issue?.id) && isString(issue.title) && (issue.date === null || isString(issue.date)) && issue.source === file
		&& (issue.format === 'page-dump' || issue.format === 'markdown')
		&& Array.isArray(issue.story) && issue.story.every(block => isBlock(block))
		&& Array.isArray(issue.teasers) && issue.teasers.every(teaser => isTeaser(teaser))
		&& Array.isArray(issue.notices) && issue.notices.every(notice => isString(notice))
		&& (issue.noticeReasons === undefined || (Array.isArray(issue.noticeReasons) && issue.noticeReasons.length === issue.notices.length
			&& issue.noticeReasons.every(reason => reason?.kind === 'known' || (reason?.kind === 'repeated' && Number.isInteger(reason.issues)))))
		&& Number.isInteger(issue.words) && issue.words! >= 0;
}
