import type {Language} from '../i18n/locale.js';
import {displayWidth} from '../layout/display-width.js';
import {wrapWords} from '../layout/wrap-words.js';
import {helpRows, type Screen} from './keymap.js';

/** One row of the help screen: keys (on a binding's first row only) and what they do. */
type HelpLine = {keys: string; action: string};

/** Below this width the keys get a row of their own, the action indented under them. */
const narrowHelp = 40;

/**
 * The help screen's rows for a screen at a width: every binding, its action wrapped so
 * nothing is cut (the screen scrolls instead).
 */
export function helpLines(screen: Screen, language: Language, columns: number): {lines: HelpLine[]; keyWidth: number} {
	const rows = helpRows(screen, language);
	if (columns < narrowHelp) {
		const indent = 2;
		return {
			keyWidth: indent,
			lines: rows.flatMap(row => [{keys: row.keys, action: ''}, ...wrapWords(row.action, columns - indent).map(action => ({keys: '', action}))]),
		};
	}

	const keyWidth = Math.min(14, Math.max(...rows.map(row => displayWidth(row.keys))) + 2);
	return {
		keyWidth,
		lines: rows.flatMap(row => wrapWords(row.action, columns - keyWidth).map((action, index) => ({keys: index === 0 ? row.keys : '', action}))),
	};
}
