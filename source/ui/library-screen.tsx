import {Box, Text} from 'ink';
import type {UiText} from '../i18n/ui-text.js';
import type {Model} from '../state/app-model.js';
import {libraryFrame} from './library-frame.js';

export function LibraryScreen({model, text}: {model: Model; text: UiText}) {
	return (
		<Box flexDirection="column" height={model.size.rows - 1}>
			{/* An empty Text takes no row in Ink: blank rows print a space. */}
			{libraryFrame(model, text).map((row, index) => (
				// Rows are positions on the screen: the index is their identity.
				<Text key={index} bold={row.bold} dimColor={row.dim} inverse={row.inverse} wrap="truncate">{row.text === '' ? ' ' : row.text}</Text>
			))}
		</Box>
	);
}
