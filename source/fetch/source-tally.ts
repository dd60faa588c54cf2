import type {WriteOutcome} from '../import/archive-writer.js';
import type {FetchRecord} from '../store/subscriptions.js';

/** What one subscription's fetch brought so far, counted draft by draft. */
export class SourceTally {
	imported = 0;
	duplicates = 0;
	failed = 0;

	count(outcome: WriteOutcome): void {
		if (outcome === 'imported') {
			this.imported++;
		} else if (outcome === 'duplicate') {
			this.duplicates++;
		} else {
			this.failed++;
		}
	}

	record(): FetchRecord {
		return {imported: this.imported, duplicates: this.duplicates, failed: this.failed};
	}
}
