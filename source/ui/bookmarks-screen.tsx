import {Box, Text} from 'ink';
import type {UiText} from '../i18n/ui-text.js';
import {bodyHeight, type Model} from '../state/app-model.js';
import {hintFor} from '../state/keymap.js';
import {sortedBookmarks} from '../store/reader-state.js';
import {entryById} from './entry-by-id.js';
import {fitWidth, promptLine} from './fit-width.js';

export function BookmarksScreen({model, text}: {model: Model; text: UiText}) {
	const {columns} = model.size;
	const bookmarks = sortedBookmarks(model.stored);
	const height = bodyHeight(model.size);
	const top = Math.max(0, Math.min(model.bookmarkCursor - height + 1, bookmarks.length - height));
	const entries = entryById(model.entries);
	return (
		<Box flexDirection="column" height={model.size.rows - 1}>
			<Text bold wrap="truncate">{fitWidth(text.bookmarksHeader(bookmarks.length), columns)}</Text>
			<Box flexDirection="column" flexGrow={1}>
				{bookmarks.length === 0
					? <Text dimColor>{fitWidth(text.noBookmarks, columns)}</Text>
					: bookmarks.slice(top, top + height).map((bookmark, offset) => {
						const selected = top + offset === model.bookmarkCursor;
						const title = entries.get(bookmark.issue)?.title ?? bookmark.issue;
						return (
							<Text key={bookmark.id} inverse={selected} wrap="truncate">
								{/* The note first: a long title would cut it off. */}
								{fitWidth(`${selected ? '›' : ' '} ${bookmark.note === undefined ? '' : `✎ ${bookmark.note} · `}${title} — «${bookmark.excerpt}»`, columns)}
							</Text>
						);
					})}
			</Box>
			{model.bookmarkNote === null
				? <Text dimColor wrap="truncate">{fitWidth(model.status ?? hintFor('bookmarks', ['help', 'back', 'open', 'edit-note', 'delete', 'undo'], model.language), columns)}</Text>
				: <Text wrap="truncate">{promptLine(text.notePrompt, model.bookmarkNote, columns)}</Text>}
		</Box>
	);
}
