import type {Anchor, Issue} from '../archive/issue.js';
import type {Language} from '../i18n/locale.js';
import type {Hyphenator} from '../layout/hyphenation.js';
import type {Line} from '../layout/layout.js';
import type {Page} from '../layout/paginate.js';
import type {Bookmark, ReaderState, Settings} from '../store/reader-state.js';
import type {KeyName, Screen} from './keymap.js';
import type {StoryMatch} from '../search/find-matches.js';
import type {Snippet} from '../search/snippet.js';

/** What the library needs of an issue; the story itself is loaded when it is opened. */
export type LibraryEntry = {
	id: string;
	title: string;
	date: string | null;
	words: number;
};

export type StorySearch = {
	/** The pattern searched for; a cancelled or empty prompt keeps it, as less does. */
	query: string;
	/** The query is being typed. */
	editing: boolean;
	/** What the prompt holds while the query is typed. */
	input: string;
	matches: StoryMatch[];
	/** Index of the current match, −1 for none. */
	current: number;
};

export type ReaderModel = {
	issue: Issue;
	/** Columns the story is laid out at. */
	columnWidth: number;
	hyphenate: boolean;
	lines: Line[];
	pages: Page[];
	/** Row at the top of the screen. */
	top: number;
	/**
	 * The position the reader set: the first character of the top row when the reader last
	 * scrolled. Re-layouts (a resize, another width, hyphenation) put the row showing it on
	 * top and never change it, so a size once left and come back to shows the same top row.
	 */
	anchor: Anchor;
	/** The top row is the blank row just above the anchor's row (scrolled there by lines). */
	topIsBlank: boolean;
	search: StorySearch;
	/** The issue has been marked read in this visit (sent once). */
	markedRead: boolean;
	/**
	 * The whole story is laid out. A long one opens with its first screens only, the rest
	 * following a moment later (`layout-rest`), so the first page shows at once.
	 */
	complete: boolean;
};

/** Issues whose text (not only title) matches the library filter, from the search index. */
export type TextHits = {
	/** The filter they answer; hits for an older filter are not shown. */
	query: string;
	/** The first match in each issue's story, by issue id. */
	firstMatches: Record<string, StoryMatch | null>;
	/** Why each issue matched: a line of its story around the matches, by issue id. */
	snippets?: Record<string, Snippet>;
	/** The issues whose title has the words (by their lemmas), listed first. */
	inTitle?: readonly string[];
};

export type LibraryModel = {
	cursor: number;
	/** First row shown. */
	top: number;
	filter: string;
	editingFilter: boolean;
	unreadOnly: boolean;
	textHits: TextHits | null;
};

export type Size = {columns: number; rows: number};

/** What the command line asked of this run: not saved. */
export type RunOptions = {
	/** `--width`: the text width until the reader changes it. */
	textWidth?: number;
	/** `--full`: teasers and notices shown after the story. */
	full: boolean;
	/** Opened on one issue from the command line: q there quits to the shell, as less does. */
	quitsToShell: boolean;
	/** The hyphenation patterns, loaded by the shell; without them the reader does not hyphenate. */
	hyphenator?: Hyphenator | undefined;
};

/** The archive the library shows, as its header names it. */
export type ArchiveShown = {
	/** Its folder, as shown (under the home folder from `~`). */
	path: string;
	/** The sample bundled with bell-reader. */
	sample: boolean;
};

export type Model = {
	size: Size;
	language: Language;
	entries: LibraryEntry[];
	/** Not known to a model made without the command line (tests). */
	archive?: ArchiveShown;
	/** The remembered state as last read from or written to the store. */
	stored: ReaderState;
	screen: Screen;
	/** Where help, bookmarks and teasers return to. */
	returnTo: {help: Screen; bookmarks: Screen};
	library: LibraryModel;
	reader: ReaderModel | null;
	/** Stories left by following a teaser, the latest last: q goes back to them, at the same place. */
	history: ReaderModel[];
	run: RunOptions;
	/** First row of the help screen shown. */
	helpTop: number;
	bookmarkCursor: number;
	/** The note being typed for the selected bookmark; null when none is. */
	bookmarkNote: string | null;
	/** The bookmark deleted last on the bookmarks screen, which u puts back. */
	deletedBookmark: Bookmark | null;
	teaserCursor: number;
	/** A one-line message at the bottom until the next key. */
	status: string | null;
};

/** Work the shell does for the reducer: everything with I/O. */
export type Effect =
	/** Open an issue, at an anchor; with `search`, the story search is set to that query. */
	| {type: 'load-issue'; id: string; at?: Anchor; search?: string}
	/** Search the archive's text for the library filter (answered by a text-hits action). */
	| {type: 'search-text'; query: string}
	/** Lay out the rest of a long story once its first screen is drawn (answered by layout-rest). */
	| {type: 'finish-layout'; id: string}
	| {type: 'save-position'; id: string; anchor: Anchor; progress: number}
	| {type: 'mark-read'; id: string; read: boolean}
	| {type: 'add-bookmark'; bookmark: Bookmark}
	| {type: 'delete-bookmark'; id: string}
	| {type: 'set-bookmark-note'; id: string; note: string}
	| {type: 'save-settings'; settings: Settings}
	| {type: 'flush'}
	/** Fetch every subscription into the archive (answered by fetch-status and fetched). */
	| {type: 'fetch-subscriptions'}
	| {type: 'quit'};

export type Action =
	| {type: 'key'; key: KeyName; now: string}
	| {type: 'resize'; size: Size}
	| {type: 'issue-loaded'; issue: Issue; at?: Anchor; search?: string}
	| {type: 'text-hits'; hits: TextHits}
	| {type: 'layout-rest'; id: string}
	| {type: 'issue-missing'; id: string}
	| {type: 'stored'; state: ReaderState}
	/** A fetch under way or over: one line for the status. */
	| {type: 'fetch-status'; status: string}
	/** A fetch is over: the library as it now is, and the ids of the issues it brought. */
	| {type: 'fetched'; entries: LibraryEntry[]; fresh: string[]; status: string};

export type Update = {model: Model; effects: Effect[]};

/** The default text column: lines of about 72–80 columns read best; a wider terminal does not widen it. */
export const defaultTextWidth = 76;
export const minTextWidth = 20;
export const maxTextWidth = 200;
/**
 * Rows that are not text: a header and a status line, plus one Ink must not fill (a frame
 * as tall as the terminal makes Ink clear the whole screen and scrollback on every render).
 */
export const chromeRows = 3;
export const minColumns = 20;
export const minRows = 6;

/** Rows available for text (or list rows) on a screen of this size. */
export function bodyHeight(size: Size): number {
	return Math.max(1, size.rows - chromeRows);
}

/** Rows for the library's list: the body less the row naming its columns. */
export function libraryListHeight(size: Size): number {
	return Math.max(1, bodyHeight(size) - 1);
}

/** The text column: the chosen width, never wider than the terminal less a margin. */
export function columnWidthFor(size: Size, textWidth: number | undefined): number {
	return Math.max(1, Math.min(textWidth ?? defaultTextWidth, size.columns - 2));
}

/** The text width in force: the command line's for this run, else the saved setting. */
export function textWidthOf(model: Pick<Model, 'run' | 'stored'>): number | undefined {
	return model.run.textWidth ?? model.stored.settings.textWidth;
}

export function initialModel(options: {size: Size; language: Language; entries: LibraryEntry[]; stored: ReaderState; run?: Partial<RunOptions>; archive?: ArchiveShown}): Model {
	const {run, ...given} = options;
	return {
		...given,
		run: {full: false, quitsToShell: false, ...run},
		history: [],
		screen: 'library',
		returnTo: {help: 'library', bookmarks: 'library'},
		library: {cursor: 0, top: 0, filter: '', editingFilter: false, unreadOnly: false, textHits: null},
		reader: null,
		helpTop: 0,
		bookmarkCursor: 0,
		bookmarkNote: null,
		deletedBookmark: null,
		teaserCursor: 0,
		status: null,
	};
}
