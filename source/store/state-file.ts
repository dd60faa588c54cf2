import {readFileSync, renameSync} from 'node:fs';
import path from 'node:path';
import {emptyState, migrateState, NewerStateError, UnrecognisedStateError, type ReaderState} from './reader-state.js';

/**
 * Reading the state straight from config.json, without loading conf (and its schema
 * validator): commands that only read — `list`, printing, the library's first frame —
 * start that much faster. Writes go through conf (state-store.ts).
 */

/** The state cannot be used at all (a newer schema): the command stops, saying so. */
export class StateStoreError extends Error {
	override readonly name = 'StateStoreError';

	constructor(readonly file: string, readonly schema: number, readonly supported: number) {
		super(`${file}: the config was written by a newer bell-reader (schema ${schema}, this one reads ${supported}); upgrade bell-reader`);
	}
}

export function configFileOf(configDir: string): string {
	return path.join(configDir, 'config.json');
}

/** Moves a config that cannot be read aside, with one warning; nothing is wiped. */
export function setConfigAside(file: string, why: string, warn: (message: string) => void): void {
	const aside = `${file}.corrupt-${new Date().toISOString().replaceAll(':', '-')}`;
	try {
		renameSync(file, aside);
	} catch (error) {
		// Another bell-reader set it aside a moment ago: nothing is lost.
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return;
		}

		throw error;
	}

	warn(`${file} ${why}; moved it to ${aside} and started with empty state`);
}

export function readStateFile(configDir: string, warn: (message: string) => void): ReaderState {
	const file = configFileOf(configDir);
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			return emptyState();
		}

		if (error instanceof SyntaxError) {
			setConfigAside(file, 'is not valid JSON', warn);
			return emptyState();
		}

		throw error;
	}

	try {
		return migrateState(raw);
	} catch (error) {
		if (error instanceof NewerStateError) {
			throw new StateStoreError(file, error.schema, error.supported);
		}

		if (error instanceof UnrecognisedStateError) {
			setConfigAside(file, error.why, warn);
			return emptyState();
		}

		throw error;
	}
}
