import type {Issue} from '../archive/issue.js';
import {Box, Text} from 'ink';
import {readingMinutes} from '../archive/reading-time.js';
import type {UiText} from '../i18n/ui-text.js';
import type {Model} from '../state/app-model.js';
import {hintFor} from '../state/keymap.js';
import {pageNumber, progressOf, readerViewport, visibleRange} from '../state/reader-viewport.js';
import {entryById} from './entry-by-id.js';
import {fitWidth, spread} from './fit-width.js';
import {highlightRow} from './highlight-matches.js';
import {StyledRow} from './styled-row.js';

export function ReaderScreen({model, text}: {model: Model; text: UiText}) {
	const reader = model.reader!;
	const {columns} = model.size;
	const viewport = readerViewport(reader, model.size);
	const {start, end} = visibleRange(viewport);
	const margin = Math.floor((columns - reader.columnWidth) / 2);
	const page = pageNumber(viewport);
	const progress = progressOf(viewport);
	const minutes = Math.ceil(reader.issue.story.length === 0 ? 0 : (1 - progress) * minutesOf(model, reader.issue));
	// While a long story is still being laid out, its page count and progress are not known yet.
	// 100 % only with the end on screen, never rounded up to it.
	const percent = progress >= 1 ? 100 : Math.min(99, Math.round(progress * 100));
	const position = reader.complete ? `${text.page(page.current, page.total)}  ${percent}%  ${text.minutesLeft(minutes)}` : text.pageOfUnknown(page.current);
	const right = reader.search.editing
		? `${text.searchPrompt}${reader.search.input}█`
		: model.status ?? hintFor('reader', ['page-down', 'page-up', 'help', 'back'], model.language);

	const rows = [];
	for (let index = start; index < end; index++) {
		rows.push(<StyledRow key={index} spans={highlightRow(reader.lines, index, reader.issue.story, reader.search)} margin={margin}/>);
	}

	return (
		<Box flexDirection="column" height={model.size.rows - 1}>
			<Text bold wrap="truncate">{spread(reader.issue.title, reader.issue.date ?? '', columns)}</Text>
			<Box flexDirection="column" height={viewport.height}>
				{rows}
			</Box>
			<Text dimColor={!reader.search.editing && model.status === null} wrap="truncate">
				{columns >= 50 ? spread(position, right, columns, 'left') : fitWidth(reader.search.editing || model.status ? right : position, columns)}
			</Text>
		</Box>
	);
}

/** The issue's reading time: from the library, or, for a file opened by its path, counted when it was read. */
function minutesOf(model: Model, issue: Issue & {words?: number}): number {
	return readingMinutes(entryById(model.entries).get(issue.id)?.words ?? issue.words ?? 0);
}
