import type {Anchor} from '../archive/issue.js';
import {isRecord, subscriptionsOf, type Subscription} from './subscriptions.js';

/**
 * What bell-reader remembers between runs, and the pure changes to it. The store
 * (state-store.ts) reads and writes it through conf; everything here is data in, data out.
 */

/**
 * Version 1 held reading state, bookmarks and settings; version 2 adds the subscriptions.
 * Every older version migrates forward; a newer one is left alone.
 */
export const currentSchemaVersion = 2;

export type IssueState = {
	read?: boolean;
	/** Where the reader left the story. */
	position?: Anchor;
	/** Share of the story read at that position, 0…1. */
	progress?: number;
	/** ISO time of the last change. */
	updated?: string;
};

export type Bookmark = {
	/** Unique within the store. */
	id: string;
	issue: string;
	anchor: Anchor;
	/** The words at the anchor, to recognise the place in a list. */
	excerpt: string;
	note?: string;
	/** ISO time. */
	created: string;
};

export type Settings = {
	/** Text column width of the reader, in columns. */
	textWidth?: number;
	hyphenate?: boolean;
};

/** A block the archive taught bell-reader to take for boilerplate, which the user keeps as story. */
export type StoryBlock = {
	/** The newsletter: the host of its issues' address, or empty for the archive's page dumps. */
	source: string;
	text: string;
};

export type ReaderState = {
	schemaVersion: typeof currentSchemaVersion;
	issues: Record<string, IssueState>;
	bookmarks: Bookmark[];
	settings: Settings;
	subscriptions: Subscription[];
	/** Learned boilerplate the user marked as story (`bell-reader boilerplate story <n>`). */
	storyBlocks?: StoryBlock[];
};

export type ReadingState = 'unread' | 'reading' | 'read';

/** The config holds something that is not bell-reader state: it is set aside, not used. */
export class UnrecognisedStateError extends Error {
	/** What is wrong with the file, as the warning that sets it aside says it: "is not a JSON object". */
	readonly why: string;

	constructor(why: string) {
		super(`the config ${why}`);
		this.why = why;
	}
}

/** The config was written by a newer bell-reader: it is left alone. */
export class NewerStateError extends Error {
	constructor(readonly schema: number, readonly supported: number) {
		super(`the config was written by a newer bell-reader (schema ${schema}, this one reads ${supported}); upgrade bell-reader`);
	}
}

export function emptyState(): ReaderState {
	return {schemaVersion: currentSchemaVersion, issues: Object.create(null) as Record<string, IssueState>, bookmarks: [], settings: {}, subscriptions: []};
}

function anchorOf(value: unknown): Anchor | undefined {
	if (!isRecord(value)) {
		return undefined;
	}

	const {block, offset} = value;
	return Number.isInteger(block) && Number.isInteger(offset) && (block as number) >= 0 && (offset as number) >= 0
		? {block: block as number, offset: offset as number}
		: undefined;
}

function issueStateOf(value: unknown): IssueState | undefined {
	if (!isRecord(value)) {
		return undefined;
	}

	const state: IssueState = {};
	if (typeof value.read === 'boolean') {
		state.read = value.read;
	}

	const position = anchorOf(value.position);
	if (position) {
		state.position = position;
	}

	if (typeof value.progress === 'number' && value.progress >= 0 && value.progress <= 1) {
		state.progress = value.progress;
	}

	if (typeof value.updated === 'string') {
		state.updated = value.updated;
	}

	return state;
}

function bookmarkOf(value: unknown): Bookmark | undefined {
	if (!isRecord(value)) {
		return undefined;
	}

	const anchor = anchorOf(value.anchor);
	const {id, issue, excerpt, note, created} = value;
	if (typeof id !== 'string' || typeof issue !== 'string' || !anchor || typeof created !== 'string') {
		return undefined;
	}

	const bookmark: Bookmark = {id, issue, anchor, excerpt: typeof excerpt === 'string' ? excerpt : '', created};
	if (typeof note === 'string' && note !== '') {
		bookmark.note = note;
	}

	return bookmark;
}

function settingsOf(value: unknown): Settings {
	const settings: Settings = {};
	if (!isRecord(value)) {
		return settings;
	}

	if (Number.isInteger(value.textWidth) && (value.textWidth as number) >= 20 && (value.textWidth as number) <= 200) {
		settings.textWidth = value.textWidth as number;
	}

	if (typeof value.hyphenate === 'boolean') {
		settings.hyphenate = value.hyphenate;
	}

	return settings;
}

/**
 * Reads whatever the config file held into the current schema. An empty file is a
 * fresh start; version 0 is the shape before the schema had a version (read flags only:
 * `{read: {id: true}}`). Unknown entries are dropped one by one, never the whole state.
 */
export function migrateState(raw: unknown): ReaderState {
	if (raw === undefined || (isRecord(raw) && Object.keys(raw).length === 0)) {
		return emptyState();
	}

	if (!isRecord(raw)) {
		throw new UnrecognisedStateError('is not a JSON object');
	}

	const version = raw.schemaVersion ?? 0;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
		throw new UnrecognisedStateError('has no valid schemaVersion');
	}

	if (version > currentSchemaVersion) {
		throw new NewerStateError(version, currentSchemaVersion);
	}

	const state = emptyState();
	if (version === 0) {
		if (isRecord(raw.read)) {
			for (const [id, read] of Object.entries(raw.read)) {
				if (read === true) {
					state.issues[id] = {read: true};
				}
			}
		}

		return state;
	}

	if (isRecord(raw.issues)) {
		for (const [id, value] of Object.entries(raw.issues)) {
			const issueState = issueStateOf(value);
			if (issueState) {
				state.issues[id] = issueState;
			}
		}
	}

	if (Array.isArray(raw.bookmarks)) {
		state.bookmarks = raw.bookmarks.map(value => bookmarkOf(value)).filter((bookmark): bookmark is Bookmark => bookmark !== undefined);
	}

	state.settings = settingsOf(raw.settings);
	// Version 1 had no subscriptions: it migrates with none.
	if (version >= 2) {
		state.subscriptions = subscriptionsOf(raw.subscriptions);
	}

	if (Array.isArray(raw.storyBlocks)) {
		const blocks = raw.storyBlocks.filter((value): value is StoryBlock => isRecord(value) && typeof value.source === 'string' && typeof value.text === 'string')
			.map(({source, text}) => ({source, text}));
		if (blocks.length > 0) {
			state.storyBlocks = blocks;
		}
	}

	return state;
}

export function readingStateOf(state: ReaderState, issueId: string): ReadingState {
	const issue = state.issues[issueId];
	if (issue?.read) {
		return 'read';
	}

	return issue?.position && (issue.position.block > 0 || issue.position.offset > 0) ? 'reading' : 'unread';
}

/** Bookmarks as listed: newest first. */
export function sortedBookmarks(state: ReaderState): Bookmark[] {
	return [...state.bookmarks].sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : 0));
}

function withIssue(state: ReaderState, issueId: string, change: (issue: IssueState) => IssueState, now: string): ReaderState {
	const issues = Object.assign(Object.create(null) as Record<string, IssueState>, state.issues);
	issues[issueId] = {...change(state.issues[issueId] ?? {}), updated: now};
	return {...state, issues};
}

/** Marking unread also forgets the position: "unread" means the next open starts at the top. */
export function markRead(state: ReaderState, issueId: string, read: boolean, now: string): ReaderState {
	return withIssue(state, issueId, issue => {
		if (read) {
			return {...issue, read: true};
		}

		const {read: _read, position: _position, progress: _progress, ...rest} = issue;
		return rest;
	}, now);
}

export function savePosition(state: ReaderState, issueId: string, position: Anchor, progress: number, now: string): ReaderState {
	return withIssue(state, issueId, issue => ({...issue, position, progress: Math.min(1, Math.max(0, progress))}), now);
}

export function addBookmark(state: ReaderState, bookmark: Bookmark): ReaderState {
	const duplicate = state.bookmarks.some(existing => existing.issue === bookmark.issue
		&& existing.anchor.block === bookmark.anchor.block && existing.anchor.offset === bookmark.anchor.offset);
	return duplicate ? state : {...state, bookmarks: [...state.bookmarks, bookmark]};
}

export function removeBookmark(state: ReaderState, bookmarkId: string): ReaderState {
	return {...state, bookmarks: state.bookmarks.filter(bookmark => bookmark.id !== bookmarkId)};
}

/** A bookmark's note set, or (empty) removed; other bookmarks as they were. */
export function setBookmarkNote(state: ReaderState, bookmarkId: string, note: string): ReaderState {
	const text = note.trim();
	return {
		...state,
		bookmarks: state.bookmarks.map(bookmark => {
			if (bookmark.id !== bookmarkId) {
				return bookmark;
			}

			const {note: _note, ...rest} = bookmark;
			return text === '' ? rest : {...rest, note: text};
		}),
	};
}

export function changeSettings(state: ReaderState, settings: Settings): ReaderState {
	return {...state, settings: {...state.settings, ...settings}};
}

export function changeSubscriptions(state: ReaderState, change: (subscriptions: readonly Subscription[]) => Subscription[]): ReaderState {
	return {...state, subscriptions: change(state.subscriptions)};
}

/** Keeps a learned block as story (`story`), or lets learning take it again (`notice`). */
export function chooseStoryBlock(state: ReaderState, block: StoryBlock, choice: 'story' | 'notice'): ReaderState {
	const others = (state.storyBlocks ?? []).filter(kept => kept.source !== block.source || kept.text !== block.text);
	const storyBlocks = choice === 'story' ? [...others, {source: block.source, text: block.text}] : others;
	const {storyBlocks: _old, ...rest} = state;
	return storyBlocks.length === 0 ? rest : {...rest, storyBlocks};
}
