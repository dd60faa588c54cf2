import type {AppPaths} from '../app-paths.js';
import type {Flags} from '../cli/parse-arguments.js';
import type {CliMessages} from '../i18n/cli-messages.js';
import type {Language} from '../i18n/locale.js';
import type {StateStore} from '../store/state-store.js';

/** What a command gets from the shell: its arguments, its outputs and the store. */
export type CommandContext = {
	args: readonly string[];
	flags: Flags;
	language: Language;
	messages: CliMessages;
	/** Writes to stdout as is. */
	out: (text: string) => void;
	/** One line to stderr, prefixed with the program name. */
	warn: (line: string) => void;
	stdoutIsTerminal: boolean;
	stdinIsTerminal: boolean;
	/** Width of the terminal stdout is, when it is one. */
	columns?: number;
	/** Progress for long jobs, redrawn in place on stderr; absent when stderr is not a terminal. */
	progress?: (line: string) => void;
	color: boolean;
	archiveDir: string;
	paths: AppPaths;
	/** Opened on first use: commands that need no state never touch the config. */
	store: () => StateStore;
	now: () => Date;
};

/** A failure the user can act on: printed as one line, exit code 1. */
export class CommandError extends Error {}
