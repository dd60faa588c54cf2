import {mkdirSync} from 'node:fs';
import Conf from 'conf';
import {withFileLock} from './file-lock.js';
import type {ReaderState} from './reader-state.js';
import {configFileOf, readStateFile, setConfigAside} from './state-file.js';

export {StateStoreError} from './state-file.js';

/**
 * The only place that writes through conf (every other folder asks the store). Every
 * change re-reads, applies and writes under a lock, so two bell-readers in two terminals
 * lose nothing. A corrupt config is set aside with a warning, never wiped.
 */

type RawStore = Record<string, unknown>;

export class StateStore {
	readonly path: string;
	readonly #configDir: string;
	readonly #warn: (message: string) => void;
	#conf: Conf<RawStore> | undefined;

	constructor(configDir: string, warn: (message: string) => void) {
		this.#configDir = configDir;
		this.#warn = warn;
		this.path = configFileOf(configDir);
	}

	/** The whole state, read from disk now. */
	read(): ReaderState {
		return readStateFile(this.#configDir, this.#warn);
	}

	/** Applies a pure change to the freshest state on disk and writes the result. */
	update(change: (state: ReaderState) => ReaderState): ReaderState {
		mkdirSync(this.#configDir, {recursive: true});
		return withFileLock(`${this.path}.lock`, () => {
			const next = change(this.read());
			this.#openConf().store = next as unknown as RawStore;
			return next;
		});
	}

	#openConf(): Conf<RawStore> {
		if (this.#conf) {
			return this.#conf;
		}

		const options = {
			cwd: this.#configDir,
			projectName: 'bell-reader',
			projectSuffix: '',
			// Issue ids may contain dots; they must not become nested keys.
			accessPropertiesByDotNotation: false,
			clearInvalidConfig: false,
		};
		try {
			this.#conf = new Conf<RawStore>(options);
		} catch (error) {
			// Corrupted between our read and conf's own: set it aside like any corrupt config.
			if (!(error instanceof SyntaxError)) {
				throw error;
			}

			setConfigAside(this.path, 'is not valid JSON', this.#warn);
			this.#conf = new Conf<RawStore>(options);
		}

		return this.#conf;
	}
}
