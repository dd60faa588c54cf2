import type {AppPaths} from '../store/app-paths.js';
import type {Flags} from '../cli/parse-arguments.js';
import type {CliMessages} from '../i18n/cli-messages.js';
import type {Language} from '../i18n/locale.js';
import type {ReaderState} from '../store/reader-state.js';
import type {StateStore} from '../store/state-store.js';
import type {ArchiveWatch} from '../library/archive-watch.js';

/** What a command gets from the shell: its arguments, its outputs and the state. */
export type CommandContext = {
	args: readonly string[];
	flags: Flags;
	language: Language;
	messages: CliMessages;
	/** Writes to stdout as is (bytes: as they are). */
	out: (text: string | Uint8Array) => void;
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
	/** The archive is the sample bundled with bell-reader (the user has none of their own yet). */
	sampleArchive?: boolean;
	paths: AppPaths;
	/** The archive's watcher (watch/): asked once per command, started after a full check of a big archive. */
	archiveWatch: ArchiveWatch;
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

/** System calls that write: their failure reads "cannot write", any other "cannot use". */
const writingCalls = new Set(['mkdir', 'open', 'write', 'rename', 'unlink', 'rmdir', 'link', 'symlink', 'copyfile', 'chmod', 'utime', 'ftruncate', 'fsync']);

/**
 * The one line an error of ours says to the user (exit 1), or undefined for anything else,
 * which is a bug. Matched by name, not instanceof: some commands are bundled into files of
 * their own, each with its own copy of these classes. A file system error nobody wrapped
 * (conf writing the state, say) is the user's to act on too: it is said in words, with its path.
 */
export function userMessageOf(error: unknown, messages: CliMessages): string | undefined {
	if (!(error instanceof Error)) {
		return undefined;
	}

	// The fields are the ones ArchiveError, WriteError, StateStoreError and LockTimeoutError declare, or Node's.
	const {dir, file, code, lockPath, schema, supported, path: errorPath, syscall} = error as Error & {
		dir?: string; file?: string; code?: string; lockPath?: string; schema?: number; supported?: number; path?: string; syscall?: string;
	};
	switch (error.name) {
		case 'CommandError': {
			return error.message;
		}

		case 'StateStoreError': {
			return messages.newerState(file ?? '', schema ?? 0, supported ?? 0);
		}

		case 'LockTimeoutError': {
			return messages.lockHeld(lockPath ?? '');
		}

		case 'ArchiveError': {
			return messages.cannotReadArchive(dir ?? '', code ?? '');
		}

		case 'WriteError': {
			return messages.cannotWrite(file ?? '', code ?? '');
		}

		default: {
			if (typeof code === 'string' && /^E[A-Z\d]+$/u.test(code) && typeof errorPath === 'string') {
				return writingCalls.has(syscall ?? '') ? messages.cannotWrite(errorPath, code) : messages.cannotUse(errorPath, code);
			}

			return undefined;
		}
	}
}
