import type {Issue} from '../archive/issue.js';
import type {Action, Effect} from '../state/app-model.js';
import {addBookmark, changeSettings, markRead, removeBookmark, savePosition, type ReaderState} from '../store/reader-state.js';

/** What the effects need from the outside world. */
export type EffectServices = {
	loadIssue: (id: string) => Issue | undefined;
	/** Applies a change to the freshest stored state (under the store's lock) and returns it. */
	updateState: (change: (state: ReaderState) => ReaderState) => ReaderState;
	now: () => Date;
	quit: () => void;
};

/** Position saves wait this long for the reader to stop turning pages. */
export const positionSaveDelayMs = 400;

/**
 * Runs the reducer's effects. Positions are saved debounced — a page flip must not cost a
 * config write — and on every exit path through {@link flush}.
 */
export class EffectRunner {
	#pending: Extract<Effect, {type: 'save-position'}> | undefined;
	#timer: NodeJS.Timeout | undefined;
	readonly #services: EffectServices;
	readonly #onStored: (state: ReaderState) => void;

	constructor(services: EffectServices, onStored: (state: ReaderState) => void) {
		this.#services = services;
		this.#onStored = onStored;
	}

	/** Runs one effect; returns the actions it leads to (the caller dispatches them). */
	run(effect: Effect): Action[] {
		const now = () => this.#services.now().toISOString();
		switch (effect.type) {
			case 'load-issue': {
				const issue = this.#services.loadIssue(effect.id);
				return issue ? [{type: 'issue-loaded', issue, ...(effect.at ? {at: effect.at} : {})}] : [{type: 'issue-missing', id: effect.id}];
			}

			case 'save-position': {
				this.#pending = effect;
				clearTimeout(this.#timer);
				this.#timer = setTimeout(() => {
					const state = this.flush();
					if (state) {
						this.#onStored(state);
					}
				}, positionSaveDelayMs);
				return [];
			}

			case 'flush': {
				const state = this.flush();
				return state ? [{type: 'stored', state}] : [];
			}

			case 'mark-read': {
				return [{type: 'stored', state: this.#services.updateState(state => markRead(state, effect.id, effect.read, now()))}];
			}

			case 'add-bookmark': {
				return [{type: 'stored', state: this.#services.updateState(state => addBookmark(state, effect.bookmark))}];
			}

			case 'delete-bookmark': {
				return [{type: 'stored', state: this.#services.updateState(state => removeBookmark(state, effect.id))}];
			}

			case 'save-settings': {
				return [{type: 'stored', state: this.#services.updateState(state => changeSettings(state, effect.settings))}];
			}

			case 'quit': {
				this.flush();
				this.#services.quit();
				return [];
			}
		}
	}

	/** Writes a pending position now; returns the stored state when it wrote one. */
	flush(): ReaderState | undefined {
		clearTimeout(this.#timer);
		const pending = this.#pending;
		this.#pending = undefined;
		if (!pending) {
			return undefined;
		}

		return this.#services.updateState(state => savePosition(state, pending.id, pending.anchor, pending.progress, this.#services.now().toISOString()));
	}
}
