import {readingMinutes} from '../archive/reading-time.js';
import type {UiText} from '../i18n/ui-text.js';
import {libraryListHeight, type LibraryEntry, type Model} from '../state/app-model.js';
import {hintFor} from '../state/keymap.js';
import type {Snippet} from '../search/snippet.js';
import {visibleEntries} from '../state/library-entries.js';
import {readingStateOf, type ReaderState} from '../store/reader-state.js';
import {displayWidth} from '../layout/display-width.js';
import {fitWidth, padWidth, promptLine, spread} from './fit-width.js';
import {fillFrame, type FrameRow} from './frame-row.js';
import {isTooSmall, tooSmallFrame} from './too-small-frame.js';

/** What the first frames, painted before Ink has loaded, know that the model does not. */
export type FirstFrame = {
	/** The archive's issue count when the model holds only the newest (from the catalog's head); unread is then reckoned from the read marks. */
	total?: number;
	/** Files read so far of those to read, while the catalog is built. */
	reading?: {done: number; total: number};
};

/** The library screen as rows: header, one row per visible issue, key hints at the bottom. */
export function libraryFrame(model: Model, text: UiText, {total, reading}: FirstFrame = {}): FrameRow[] {
	if (isTooSmall(model.size)) {
		return tooSmallFrame(model.size, text);
	}

	const {columns} = model.size;
	const entries = visibleEntries(model);
	const height = libraryListHeight(model.size);
	const wide = columns >= 60;
	const progress = reading && text.readingArchive(reading.done, reading.total);
	const rows: FrameRow[] = [
		{text: headerText(model, text, entries.length, {total, reading}), bold: true},
		{text: `  ${columnHeads(text, wide, columns - 2)}`, dim: true},
	];
	const shown = entries.slice(model.library.top, model.library.top + height);
	if (shown.length === 0) {
		const empty = progress ?? (model.entries.length === 0 ? text.noIssues : text.noMatches);
		rows.push({text: fitWidth(empty, columns), dim: true});
		if (progress === undefined && model.entries.length === 0) {
			rows.push({text: fitWidth(text.howToImport, columns)});
		}
	}

	for (const [offset, entry] of shown.entries()) {
		const selected = model.library.top + offset === model.library.cursor;
		const state = readingStateOf(model.stored, entry.id);
		const progressRead = model.stored.issues[entry.id]?.progress ?? 0;
		const stateLabel = state === 'read' ? text.stateRead : state === 'reading' ? text.stateReading(Math.round(progressRead * 100)) : text.stateUnread;
		const bookmarks = model.stored.bookmarks.filter(bookmark => bookmark.issue === entry.id).length;
		const right = wide
			? [padWidth(stateLabel, stateColumn), bookmarks > 0 ? `★${bookmarks}` : '  ', padWidth(text.minutes(readingMinutes(entry.words)), minutesColumn)].join(' ')
			: stateMarks[state];
		const left = wide ? `${(entry.date ?? text.undated).padEnd(10)}  ${entry.title}` : entry.title;
		rows.push({text: `${selected ? '›' : ' '} ${spread(left, right, columns - 2)}`, inverse: selected, dim: state === 'read' && !selected});
	}

	rows.push({text: footerText(model, text, entries, progress), dim: !model.library.editingFilter});
	return fillFrame(rows, model.size.rows - 1);
}

const stateColumn = 12;
const minutesColumn = 6;
/** The state column of a narrow library: one mark per issue, explained above the list. */
const stateMarks = {unread: '•', reading: '◐', read: '✓'} as const;

/**
 * The header: what the archive holds and which one it is, what narrows the list, and the
 * selected position (`18/60`) flush right, cut last.
 */
function headerText(model: Model, text: UiText, listed: number, {total, reading}: FirstFrame): string {
	const parts = ['bell-reader'];
	// While the first catalog is read, nothing is known of the issues yet.
	if (total !== undefined || reading === undefined) {
		const unread = total === undefined
			? unreadCount(model.entries, model.stored)
			: Math.max(0, total - Object.values(model.stored.issues).filter(issue => issue.read).length);
		parts.push(text.libraryCounts(total ?? model.entries.length, unread));
	}

	if (model.library.filter !== '' && !model.library.editingFilter) {
		parts.push(`/${model.library.filter}`);
	}

	if (model.library.unreadOnly) {
		parts.push(text.unreadOnly);
	}

	if (model.archive) {
		parts.push(model.archive.sample ? text.sampleArchive : model.archive.path);
	}

	const position = listed > 0 && reading === undefined ? `${model.library.cursor + 1}/${listed}` : '';
	return spread(parts.join(' · '), position, model.size.columns);
}

/** Above the list: the columns' names, or (narrow) what the state marks mean. */
function columnHeads(text: UiText, wide: boolean, width: number): string {
	if (!wide) {
		return spread(text.columns.title, `${stateMarks.unread} ${text.stateUnread} ${stateMarks.reading} ${text.columns.reading} ${stateMarks.read} ${text.stateRead}`, width);
	}

	const right = [padWidth(text.columns.state, stateColumn), '★ ', padWidth(text.columns.time, minutesColumn)].join(' ');
	return spread(`${padWidth(text.columns.date, 10)}  ${text.columns.title}`, right, width);
}

/** The filter prompt with its count of matches, the progress, a message, or the key hints (help and quit first, so they are cut last). */
function footerText(model: Model, text: UiText, entries: readonly LibraryEntry[], progress: string | undefined): string {
	const {columns} = model.size;
	if (progress !== undefined) {
		return fitWidth(progress, columns);
	}

	if (model.library.editingFilter) {
		const count = text.matches(entries.length);
		return spread(promptLine(text.filterPrompt, model.library.filter, columns - displayWidth(count) - 2), count, columns, 'left');
	}

	// Found by its text: the footer says why, a line of the story with the match underlined.
	const snippet = model.library.filter !== '' && model.status === null && model.library.textHits?.query === model.library.filter
		? model.library.textHits.snippets?.[entries[model.library.cursor]?.id ?? '']
		: undefined;
	if (snippet !== undefined && snippet.text !== '') {
		return underlined(snippet, columns);
	}

	return fitWidth(model.status ?? hintFor('library', ['help', 'quit', 'open', 'filter', 'toggle-unread-only', 'bookmarks'], model.language), columns);
}

const underlineOn = '\u001B[4m';
const underlineOff = '\u001B[24m';

/** The snippet fitted to the width, its matches underlined (underline leaves dim and inverse alone). */
function underlined(snippet: Snippet, width: number): string {
	const fitted = fitWidth(snippet.text, width);
	// A cut snippet ends in an ellipsis that takes the place of a character.
	const whole = fitted === snippet.text ? fitted.length : fitted.length - 1;
	let text = '';
	let at = 0;
	for (const {offset, length} of snippet.highlights) {
		if (offset < at || offset + length > whole) {
			continue;
		}

		text += `${fitted.slice(at, offset)}${underlineOn}${fitted.slice(offset, offset + length)}${underlineOff}`;
		at = offset + length;
	}

	return text + fitted.slice(at);
}

// Counting walks the whole library; a key that moves the cursor changes neither input.
let lastCount: {entries: readonly LibraryEntry[]; stored: ReaderState; unread: number} | undefined;

function unreadCount(entries: readonly LibraryEntry[], stored: ReaderState): number {
	if (lastCount?.entries !== entries || lastCount.stored !== stored) {
		lastCount = {entries, stored, unread: entries.filter(entry => readingStateOf(stored, entry.id) !== 'read').length};
	}

	return lastCount.unread;
}
