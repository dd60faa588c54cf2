import type {NotAnIssueShape} from './page-kind.js';

/**
 * Why a file in the archive is not read as an issue. Kept as data, not text, so the
 * command line can say it in the user's language.
 */
export type FileProblem =
	| {kind: 'empty'}
	| {kind: 'too-large'; limitMegabytes: number}
	| {kind: 'binary'}
	| {kind: 'no-text'}
	| {kind: 'no-story'}
	/** A page saved like an issue that is something else: a landing page, a listing, a channel. */
	| {kind: 'not-an-issue'; shape: NotAnIssueShape}
	| {kind: 'bad-front-matter'; detail: string}
	| {kind: 'unreadable'; detail: string}
	| {kind: 'duplicate-id'; id: string; other: string};

/** A file that was passed over, and why. */
export type ArchiveWarning = {file: string; problem: FileProblem};

export class SkippedFileError extends Error {
	// A duplicate id is a clash between two files, so reading one file never finds it.
	constructor(readonly problem: Exclude<FileProblem, {kind: 'duplicate-id'}>) {
		super(problem.kind);
	}
}
