import type {DuplicateReason} from './duplicate-key.js';
import type {ImportFormat, ImportProblem} from './issue-draft.js';

/** Which input a result is about: a file, a message or item in it (1-based), or an entry of an export. */
export type ImportSource = {file: string; item?: number; entry?: string};

export type ImportedIssue = {
	source: ImportSource;
	id: string;
	/** Where it was written (or, in a dry run, would be). */
	file: string;
	title: string;
	date: string | null;
	url?: string;
	sourceFormat: ImportFormat;
};

export type SkippedDuplicate = {
	source: ImportSource;
	title: string;
	reason: DuplicateReason;
	/** The id of the stored issue it repeats (or of one imported earlier in the batch). */
	of: string;
};

export type FailedImport = {source: ImportSource; problem: ImportProblem; title?: string};

export type ImportReport = {
	archiveDir: string;
	dryRun: boolean;
	imported: ImportedIssue[];
	duplicates: SkippedDuplicate[];
	failed: FailedImport[];
};
