import type {KeyName} from './keymap.js';

/** The subset of Ink's `Key` that names keys; kept structural so the core does not import Ink. */
export type InkKey = {
	upArrow: boolean;
	downArrow: boolean;
	leftArrow: boolean;
	rightArrow: boolean;
	pageUp: boolean;
	pageDown: boolean;
	home?: boolean;
	end?: boolean;
	return: boolean;
	escape: boolean;
	ctrl: boolean;
	meta: boolean;
	backspace: boolean;
	delete: boolean;
	tab: boolean;
};

/**
 * Turns what Ink reports for one input event into key names. Fast typing can deliver
 * several characters in one event ("jj", STACK.md), so the result is a list.
 */
export function keyNamesOf(input: string, key: InkKey): KeyName[] {
	// Ink reports a Ctrl chord as the letter with `ctrl` set.
	if (key.ctrl && /^[a-z]$/u.test(input)) {
		return [`ctrl-${input}`];
	}

	const named: Array<[boolean | undefined, KeyName]> = [
		[key.upArrow, 'up'], [key.downArrow, 'down'], [key.leftArrow, 'left'], [key.rightArrow, 'right'],
		[key.pageUp, 'pageup'], [key.pageDown, 'pagedown'], [key.home, 'home'], [key.end, 'end'],
		[key.return, 'enter'], [key.tab, 'tab'],
		// Ink 6.8 reports Backspace as `delete` (STACK.md); both erase in a text field.
		[key.backspace || key.delete, 'backspace'],
	];
	for (const [pressed, name] of named) {
		if (pressed) {
			return [name];
		}
	}

	// Escape also sets `meta`; a bare meta+letter is not a key we bind.
	if (key.escape) {
		return ['escape'];
	}

	if (key.ctrl || key.meta) {
		return [];
	}

	return [...input].map(character => (character === ' ' ? 'space' : character === '\r' ? 'enter' : character));
}
