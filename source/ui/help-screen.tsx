import {Box, Text} from 'ink';
import type {UiText} from '../i18n/ui-text.js';
import {bodyHeight, type Model} from '../state/app-model.js';
import {helpLines} from '../state/help-lines.js';
import {hintFor} from '../state/keymap.js';
import {fitWidth, padWidth, spread} from './fit-width.js';

/** Generated from the key map of the screen help was opened from; scrolls when it does not fit. */
export function HelpScreen({model, text}: {model: Model; text: UiText}) {
	const {columns} = model.size;
	const screen = model.returnTo.help;
	const height = bodyHeight(model.size);
	const {lines, keyWidth} = helpLines(screen, model.language, columns);
	// A resize can leave fewer rows below the top than fit: show the last screenful.
	const top = Math.min(model.helpTop, Math.max(0, lines.length - height));
	const shown = lines.slice(top, top + height);
	const scrolls = lines.length > height;
	const hint = scrolls ? hintFor('help', ['line-down', 'page-down', 'back'], model.language) : text.helpFooter;
	const position = scrolls ? `${top + 1}–${top + shown.length}/${lines.length}` : '';
	return (
		<Box flexDirection="column" height={model.size.rows - 1}>
			<Text bold wrap="truncate">{fitWidth(text.helpHeader(text.screenNames[screen]), columns)}</Text>
			<Box flexDirection="column" flexGrow={1}>
				{shown.map((line, index) => (
					// Rows are positions on the screen: the index is their identity.
					<Text key={index} wrap="truncate">
						{line.action === ''
							? <Text bold>{fitWidth(line.keys, columns)}</Text>
							: <><Text bold>{padWidth(line.keys, keyWidth)}</Text>{fitWidth(line.action, columns - keyWidth)}</>}
					</Text>
				))}
			</Box>
			<Text dimColor wrap="truncate">{spread(hint, position, columns)}</Text>
		</Box>
	);
}
