import type {Issue} from '../archive/issue.js';
import type {Action, Effect, LibraryEntry, TextHits} from '../state/app-model.js';
import {addBookmark, changeSettings, markRead, removeBookmark, savePosition, setBookmarkNote, type ReaderState} from '../store/reader-state.js';

/** What the effects need from the outside world. */
export type EffectServices = {
	loadIssue: (id: string) => Issue | undefined;
	/** Applies a change to the freshest stored state (under the store's lock) and returns it. */
	updateState: (change: (state: ReaderState) => ReaderState) => ReaderState;
	now: () => Date;
	quit: () => void;
	/**
	 * Fetches every subscription into the archive, telling its progress; answers with the
	 * library as it then is. Absent: the key does nothing.
	 */
	fetchSubscriptions?: (progress: (status: string) => void) => Promise<{entries: LibraryEntry[]; fresh: string[]; status: string}>;
	/** Searches the archive's text: the issues found, with their first match and snippet. Absent: titles only. */
	searchText?: (query: string) => Promise<Omit<TextHits, 'query'>>;
};

/** Position saves wait this long for the reader to stop turning pages. */
export const positionSaveDelayMs = 400;

/** Text searches wait this long for the typing to pause. */
export const textSearchDelayMs = 150;

/**
 * Runs the reducer's effects. Positions are saved debounced — a page flip must not cost a
 * config write — and on every exit path through {@link flush}.
 */
export class EffectRunner {
	#pending: Extract<Effect, {type: 'save-position'}> | undefined;
	#timer: NodeJS.Timeout | undefined;
	#searchTimer: NodeJS.Timeout | undefined;
	#fetching = false;
	readonly #services: EffectServices;
	/** Dispatches an action that arrives later (a debounced save, a search answer). */
	readonly #dispatch: (action: Action) => void;

	constructor(services: EffectServices, dispatch: (action: Action) => void) {
		this.#services = services;
		this.#dispatch = dispatch;
	}

	/** Runs one effect; returns the actions it leads to (the caller dispatches them). */
	run(effect: Effect): Action[] {
		const now = () => this.#services.now().toISOString();
		switch (effect.type) {
			case 'load-issue': {
				const issue = this.#services.loadIssue(effect.id);
				return issue
					? [{type: 'issue-loaded', issue, ...(effect.at ? {at: effect.at} : {}), ...(effect.search === undefined ? {} : {search: effect.search})}]
					: [{type: 'issue-missing', id: effect.id}];
			}

			case 'finish-layout': {
				// After a pause long enough for the first frame to reach the terminal.
				setTimeout(() => {
					this.#dispatch({type: 'layout-rest', id: effect.id});
				}, 15);
				return [];
			}

			case 'search-text': {
				const {searchText} = this.#services;
				clearTimeout(this.#searchTimer);
				if (searchText !== undefined) {
					this.#searchTimer = setTimeout(() => {
						searchText(effect.query).then(answer => {
							this.#dispatch({type: 'text-hits', hits: {query: effect.query, ...answer}});
						}, () => {
							// The index could not answer: the filter keeps to titles.
						});
					}, textSearchDelayMs);
				}

				return [];
			}

			case 'save-position': {
				this.#pending = effect;
				clearTimeout(this.#timer);
				this.#timer = setTimeout(() => {
					const state = this.flush();
					if (state) {
						this.#dispatch({type: 'stored', state});
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

			case 'set-bookmark-note': {
				return [{type: 'stored', state: this.#services.updateState(state => setBookmarkNote(state, effect.id, effect.note))}];
			}

			case 'save-settings': {
				return [{type: 'stored', state: this.#services.updateState(state => changeSettings(state, effect.settings))}];
			}

			case 'fetch-subscriptions': {
				const {fetchSubscriptions} = this.#services;
				// A second press while a fetch runs would only ask the same servers twice.
				if (fetchSubscriptions === undefined || this.#fetching) {
					return [];
				}

				this.#fetching = true;
				fetchSubscriptions(status => {
					this.#dispatch({type: 'fetch-status', status});
				}).then(({entries, fresh, status}) => {
					this.#dispatch({type: 'fetched', entries, fresh, status});
				}, (error: unknown) => {
					// A failure is one line in the status, never a crash.
					this.#dispatch({type: 'fetch-status', status: error instanceof Error ? error.message : String(error)});
				}).finally(() => {
					this.#fetching = false;
				});
				return [];
			}

			case 'quit': {
				clearTimeout(this.#searchTimer);
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
