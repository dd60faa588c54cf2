import type {ImportProblem} from '../import/issue-draft.js';

/**
 * Why a subscription could not be fetched, as data: the command line and the library
 * word it in the user's language, and the state keeps it as the last result.
 */
export type FetchProblem =
	| {kind: 'timeout'; seconds: number}
	| {kind: 'http-status'; status: number}
	/** 429 or 503; `retryAfter` is the ISO time the server named, when it named one. */
	| {kind: 'rate-limited'; status: number; retryAfter?: string}
	/** Not asked this time: the server asked to wait until then. */
	| {kind: 'waiting'; until: string}
	| {kind: 'too-many-redirects'; limit: number}
	| {kind: 'redirect-loop'}
	| {kind: 'bad-redirect'; location: string}
	| {kind: 'too-large'; limitBytes: number}
	| {kind: 'network'; code: string}
	| {kind: 'bad-body'; detail: string}
	| {kind: 'not-a-maildir'}
	| {kind: 'unreadable'; code: string}
	/** The document came, but is no feed: malformed XML or JSON, or something else. */
	| {kind: 'bad-feed'; problem: ImportProblem};

/** Thrown by the fetchers; caught per subscription, so one source's failure is its own. */
export class FetchFailure extends Error {
	constructor(readonly problem: FetchProblem) {
		super(problem.kind);
	}
}
