import {Box, Text} from 'ink';
import type {UiText} from '../i18n/ui-text.js';
import {bodyHeight, type Model} from '../state/app-model.js';
import {helpRows} from '../state/keymap.js';
import {fitWidth, padWidth} from './fit-width.js';

/** Generated from the key map of the screen help was opened from. */
export function HelpScreen({model, text}: {model: Model; text: UiText}) {
	const {columns} = model.size;
	const screen = model.returnTo.help;
	const rows = helpRows(screen, model.language).slice(0, bodyHeight(model.size));
	const keyWidth = Math.min(14, Math.max(...rows.map(row => row.keys.length)) + 2);
	return (
		<Box flexDirection="column" height={model.size.rows - 1}>
			<Text bold wrap="truncate">{fitWidth(text.helpHeader(text.screenNames[screen]), columns)}</Text>
			<Box flexDirection="column" flexGrow={1}>
				{rows.map(row => (
					<Text key={row.keys} wrap="truncate">
						<Text bold>{padWidth(row.keys, keyWidth)}</Text>
						{fitWidth(row.action, columns - keyWidth)}
					</Text>
				))}
			</Box>
			<Text dimColor wrap="truncate">{fitWidth(text.helpFooter, columns)}</Text>
		</Box>
	);
}
