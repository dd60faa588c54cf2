import {Box, Text} from 'ink';
import type {UiText} from '../i18n/ui-text.js';
import {wrapPlainText} from '../layout/plain-text.js';
import {bodyHeight, type Model} from '../state/app-model.js';
import {hintFor, notStoredMark} from '../state/keymap.js';
import {fitWidth} from './fit-width.js';

export function TeasersScreen({model, text}: {model: Model; text: UiText}) {
	const {columns} = model.size;
	const teasers = model.reader?.issue.teasers ?? [];
	const height = bodyHeight(model.size);
	const selected = teasers[model.teaserCursor];
	const listHeight = Math.min(teasers.length, Math.max(1, height - 3));
	const top = Math.max(0, Math.min(model.teaserCursor - listHeight + 1, teasers.length - listHeight));
	const summary = selected?.summary ? wrapPlainText(selected.summary, Math.max(10, columns - 4)).slice(0, height - listHeight - 1) : [];
	return (
		<Box flexDirection="column" height={model.size.rows - 1}>
			<Text bold wrap="truncate">{fitWidth(text.teasersHeader(teasers.length), columns)}</Text>
			<Box flexDirection="column" flexGrow={1}>
				{teasers.slice(top, top + listHeight).map((teaser, offset) => {
					const isSelected = top + offset === model.teaserCursor;
					return (
						<Text key={`${top + offset}`} inverse={isSelected} dimColor={teaser.id === null && !isSelected} wrap="truncate">
							{fitWidth(`${isSelected ? '›' : ' '} ${teaser.id === null ? notStoredMark : ' '} ${teaser.title}`, columns)}
						</Text>
					);
				})}
				{summary.length > 0 && <Text> </Text>}
				{summary.map((row, index) => <Text key={`s${index}`} dimColor wrap="truncate">{`  ${row}`}</Text>)}
			</Box>
			<Text dimColor wrap="truncate">{fitWidth(model.status ?? hintFor('teasers', ['open', 'back'], model.language), columns)}</Text>
		</Box>
	);
}
