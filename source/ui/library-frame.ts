import {readingMinutes} from '../archive/reading-time.js';
import type {UiText} from '../i18n/ui-text.js';
import {bodyHeight, type LibraryEntry, type Model} from '../state/app-model.js';
import {hintFor} from '../state/keymap.js';
import type {Snippet} from '../search/snippet.js';
import {visibleEntries} from '../state/library-entries.js';
import {readingStateOf, type ReaderState} from '../store/reader-state.js';
import {fitWidth, padWidth, spread} from './fit-width.js';
import {fillFrame, type FrameRow} from './frame-row.js';

/**
 * The library screen as rows: header, one row per visible issue, key hints at the bottom.
 * `total`: the archive's issue count when the model holds only the newest (the first frame,
 * painted from the catalog's head); unread is then reckoned from the read marks.
 */
export function libraryFrame(model: Model, text: UiText, total?: number): FrameRow[] {
	const {columns} = model.size;
	const entries = visibleEntries(model);
	const height = bodyHeight(model.size);
	const unread = total === undefined
		? unreadCount(model.entries, model.stored)
		: Math.max(0, total - Object.values(model.stored.issues).filter(issue => issue.read).length);
	const header = [text.libraryHeader(total ?? model.entries.length, unread)];
	if (model.library.filter !== '' && !model.library.editingFilter) {
		header.push(`/${model.library.filter}`);
	}

	if (model.library.unreadOnly) {
		header.push(text.unreadOnly);
	}

	const rows: FrameRow[] = [{text: fitWidth(header.join(' · '), columns), bold: true}];
	const wide = columns >= 60;
	const shown = entries.slice(model.library.top, model.library.top + height);
	if (shown.length === 0) {
		rows.push({text: fitWidth(model.entries.length === 0 ? text.noIssues : text.noMatches, columns), dim: true});
	}

	for (const [offset, entry] of shown.entries()) {
		const selected = model.library.top + offset === model.library.cursor;
		const state = readingStateOf(model.stored, entry.id);
		const progress = model.stored.issues[entry.id]?.progress ?? 0;
		const stateLabel = state === 'read' ? text.stateRead : state === 'reading' ? text.stateReading(Math.round(progress * 100)) : text.stateUnread;
		const bookmarks = model.stored.bookmarks.filter(bookmark => bookmark.issue === entry.id).length;
		const right = wide
			? [padWidth(stateLabel, 12), bookmarks > 0 ? `★${bookmarks}` : '  ', padWidth(text.minutes(readingMinutes(entry.words)), 6)].join(' ')
			: (state === 'read' ? '✓' : state === 'reading' ? '◐' : '•');
		const left = wide ? `${(entry.date ?? text.undated).padEnd(10)}  ${entry.title}` : entry.title;
		rows.push({text: `${selected ? '›' : ' '} ${spread(left, right, columns - 2)}`, inverse: selected, dim: state === 'read' && !selected});
	}

	const snippet = model.library.filter !== '' && !model.library.editingFilter && model.status === null && model.library.textHits?.query === model.library.filter
		? model.library.textHits.snippets?.[entries[model.library.cursor]?.id ?? '']
		: undefined;
	const footer = model.library.editingFilter
		? `${text.filterPrompt}${model.library.filter}█`
		: model.status ?? hintFor('library', ['open', 'filter', 'toggle-unread-only', 'bookmarks', 'help', 'quit'], model.language);
	// Found by its text: the footer says why, a line of the story with the match underlined.
	rows.push(snippet === undefined || snippet.text === ''
		? {text: fitWidth(footer, columns), dim: !model.library.editingFilter}
		: {text: underlined(snippet, columns)});
	return fillFrame(rows, model.size.rows - 1);
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
