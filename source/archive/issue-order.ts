import type {Issue} from './issue.js';

/** Newest first; issues of unknown date last; ties by id, so the order is stable. */
export function compareNewestFirst(a: Pick<Issue, 'id' | 'date'>, b: Pick<Issue, 'id' | 'date'>): number {
	if (a.date !== b.date) {
		if (a.date === null) {
			return 1;
		}

		if (b.date === null) {
			return -1;
		}

		return a.date < b.date ? 1 : -1;
	}

	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
