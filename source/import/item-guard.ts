import {ImportRejected, reject, type DraftResult, type ImportProblem} from './issue-draft.js';

/**
 * A failure the converters did not foresee costs the one item it happened in, with its
 * message as the reason, and not the rest of its mailbox, feed or export.
 */

/** Parsers put an excerpt of the input under the first line, which is no reason to show. */
export function firstLine(error: unknown): string {
	return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

export function problemOf(error: unknown): ImportProblem {
	return error instanceof ImportRejected ? error.problem : {kind: 'malformed', detail: firstLine(error)};
}

/** Runs one item's conversion, turning what it throws (or rejects with) into that item's rejection. */
export function guarded(convert: () => DraftResult): DraftResult;
export function guarded(convert: () => Promise<DraftResult>): Promise<DraftResult>;
export function guarded(convert: () => DraftResult | Promise<DraftResult>): DraftResult | Promise<DraftResult>;
export function guarded(convert: () => DraftResult | Promise<DraftResult>): DraftResult | Promise<DraftResult> {
	try {
		const result = convert();
		return result instanceof Promise ? result.catch((error: unknown) => reject(problemOf(error))) : result;
	} catch (error) {
		return reject(problemOf(error));
	}
}
