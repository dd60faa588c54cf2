import {Box, Text} from 'ink';
import type {UiText} from '../i18n/ui-text.js';
import {hintFor} from '../state/keymap.js';
import {visibleEntries} from '../state/library-entries.js';
import type {Model} from '../state/app-model.js';
import {bodyHeight} from '../state/update.js';
import {readingStateOf} from '../store/reader-state.js';
import {fitWidth, padWidth, spread} from './fit-width.js';

export function LibraryScreen({model, text}: {model: Model; text: UiText}) {
	const {columns} = model.size;
	const entries = visibleEntries(model);
	const height = bodyHeight(model.size);
	const unread = model.entries.filter(entry => readingStateOf(model.stored, entry.id) !== 'read').length;
	const header = [text.libraryHeader(model.entries.length, unread)];
	if (model.library.filter !== '' && !model.library.editingFilter) {
		header.push(`/${model.library.filter}`);
	}

	if (model.library.unreadOnly) {
		header.push(text.unreadOnly);
	}

	const wide = columns >= 60;
	const rows = entries.slice(model.library.top, model.library.top + height).map((entry, offset) => {
		const index = model.library.top + offset;
		const state = readingStateOf(model.stored, entry.id);
		const progress = model.stored.issues[entry.id]?.progress ?? 0;
		const stateLabel = state === 'read' ? text.stateRead : state === 'reading' ? text.stateReading(Math.round(progress * 100)) : text.stateUnread;
		const bookmarks = model.stored.bookmarks.filter(bookmark => bookmark.issue === entry.id).length;
		const right = wide
			? [padWidth(stateLabel, 12), bookmarks > 0 ? `★${bookmarks}` : '  ', padWidth(text.minutes(entry.minutes), 6)].join(' ')
			: (state === 'read' ? '✓' : state === 'reading' ? '◐' : '•');
		const left = wide ? `${(entry.date ?? text.undated).padEnd(10)}  ${entry.title}` : entry.title;
		return {id: entry.id, line: spread(left, right, columns - 2), selected: index === model.library.cursor, read: state === 'read'};
	});

	const footer = model.library.editingFilter
		? `${text.filterPrompt}${model.library.filter}█`
		: model.status ?? hintFor('library', ['open', 'filter', 'toggle-unread-only', 'bookmarks', 'help', 'quit'], model.language);

	return (
		<Box flexDirection="column" height={model.size.rows - 1}>
			<Text bold wrap="truncate">{fitWidth(header.join(' · '), columns)}</Text>
			<Box flexDirection="column" flexGrow={1}>
				{rows.length === 0
					? <Text dimColor>{fitWidth(entries.length === 0 && model.entries.length === 0 ? text.noIssues : text.noMatches, columns)}</Text>
					: rows.map(row => (
						<Text key={row.id} inverse={row.selected} dimColor={row.read && !row.selected} wrap="truncate">
							{row.selected ? '›' : ' '} {row.line}
						</Text>
					))}
			</Box>
			<Text dimColor={!model.library.editingFilter} wrap="truncate">{fitWidth(footer, columns)}</Text>
		</Box>
	);
}
