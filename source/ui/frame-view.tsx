import {Box, Text} from 'ink';
import type {FrameRow} from './frame-row.js';

/** A frame of rows as Ink draws it, the same rows that paint before Ink has loaded. */
export function FrameView({rows}: {rows: readonly FrameRow[]}) {
	return (
		<Box flexDirection="column">
			{/* An empty Text takes no row in Ink: blank rows print a space. */}
			{rows.map((row, index) => (
				// Rows are positions on the screen: the index is their identity.
				<Text key={index} bold={row.bold} dimColor={row.dim} inverse={row.inverse} wrap="truncate">{row.text === '' ? ' ' : row.text}</Text>
			))}
		</Box>
	);
}
