import {renameSync} from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import {withFileLock} from './file-lock.js';
import {emptyState, migrateState, NewerStateError, UnrecognisedStateError, type ReaderState} from './reader-state.js';

/**
 * The only place that touches conf (DESIGN.md §2). Reads once per operation; every
 * change re-reads, applies and writes under a lock, so two bell-readers in two
 * terminals lose nothing. A corrupt config is set aside with a warning, never wiped.
 */

/** The state cannot be used at all (a newer schema): the command stops with this message. */
export class StateStoreError extends Error {}

type RawStore = Record<string, unknown>;

export class StateStore {
	readonly path: string;
	readonly #conf: Conf<RawStore>;
	readonly #warn: (message: string) => void;
	readonly #lockPath: string;

	constructor(configDir: string, warn: (message: string) => void) {
		this.#warn = warn;
		this.path = path.join(configDir, 'config.json');
		this.#lockPath = `${this.path}.lock`;
		this.#conf = this.#open(configDir);
	}

	/** The whole state, read from disk now. */
	read(): ReaderState {
		return this.#load();
	}

	/** Applies a pure change to the freshest state on disk and writes the result. */
	update(change: (state: ReaderState) => ReaderState): ReaderState {
		return withFileLock(this.#lockPath, () => {
			const next = change(this.#load());
			this.#conf.store = next as unknown as RawStore;
			return next;
		});
	}

	#open(configDir: string): Conf<RawStore> {
		const options = {
			cwd: configDir,
			projectName: 'bell-reader',
			projectSuffix: '',
			// Issue ids may contain dots; they must not become nested keys.
			accessPropertiesByDotNotation: false,
			clearInvalidConfig: false,
		};
		try {
			return new Conf<RawStore>(options);
		} catch (error) {
			if (!(error instanceof SyntaxError)) {
				throw error;
			}

			this.#setAside('is not valid JSON');
			return new Conf<RawStore>(options);
		}
	}

	#load(): ReaderState {
		let raw: unknown;
		try {
			raw = this.#conf.store;
		} catch (error) {
			if (!(error instanceof SyntaxError)) {
				throw error;
			}

			this.#setAside('is not valid JSON');
			return emptyState();
		}

		try {
			return migrateState(raw);
		} catch (error) {
			if (error instanceof NewerStateError) {
				throw new StateStoreError(`${this.path}: ${error.message}`);
			}

			if (error instanceof UnrecognisedStateError) {
				this.#setAside(error.message.replace(/^the config /u, ''));
				return emptyState();
			}

			throw error;
		}
	}

	#setAside(why: string): void {
		const aside = `${this.path}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`;
		try {
			renameSync(this.path, aside);
		} catch (error) {
			// Another bell-reader set it aside a moment ago: nothing is lost.
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
				return;
			}

			throw error;
		}

		this.#warn(`${this.path} ${why}; moved it to ${aside} and started with empty state`);
	}
}
