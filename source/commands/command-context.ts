import type {AppPaths} from '../app-paths.js';
import type {Flags} from '../cli/parse-arguments.js';
import type {CliMessages} from '../i18n/cli-messages.js';
import type {Language} from '../i18n/locale.js';
import type {ReaderState} from '../store/reader-state.js';
import type {StateStore} from '../store/state-store.js';

/** What a command gets from the shell: its arguments, its outputs and the state. */
export type CommandContext = {
	args: readonly string[];
	flags: Flags;
	language: Language;
	messages: CliMessages;
	/** Writes to stdout as is. */
	out: (text: string) => void;
	/** One line to stderr, prefixed with the program name. */
	warn: (line: string) => void;
	/** Writes to stderr as is: a progress bar redrawn in place. */
	status: (text: string) => void;
	stdoutIsTerminal: boolean;
	stderrIsTerminal: boolean;
	stdinIsTerminal: boolean;
	/** Width of the terminal stdout is, when it is one. */
	columns?: number;
	color: boolean;
	archiveDir: string;
	paths: AppPaths;
	/** The remembered state, read now (without loading conf). */
	readState: () => ReaderState;
	/** The store that writes state, loaded on first use: read-only commands never load conf. */
	openStore: () => Promise<StateStore>;
	now: () => Date;
};

/** A failure the user can act on: printed as one line, exit code 1. */
export class CommandError extends Error {
	override readonly name = 'CommandError';
}

/**
 * Whether an error is one of ours with a message for the user (exit 1, one line). By name,
 * not instanceof: some commands are bundled into files of their own, each with its own copy
 * of these classes.
 */
export function isUserFacingError(error: unknown): error is Error {
	return error instanceof Error && ['CommandError', 'StateStoreError', 'LockTimeoutError'].includes(error.name);
}
