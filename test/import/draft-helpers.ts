import {ImportRejected, isRejection, type DraftResult, type IssueDraft} from '../../source/import/issue-draft.js';

/** The draft, or a failed test that names the rejection. */
export function draft(result: DraftResult): IssueDraft {
	if (isRejection(result)) {
		throw new Error(`rejected: ${JSON.stringify(result.problem)}`);
	}

	return result;
}

/** The problem a converter gave up with, or a failed test when it did not. */
export function problemOf(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		if (error instanceof ImportRejected) {
			return error.problem;
		}

		throw error;
	}

	throw new Error('not rejected');
}
