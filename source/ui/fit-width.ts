import {displayWidth, graphemeEnds} from '../layout/display-width.js';

/** Cuts text to a display width between graphemes, ending in "…" when something was cut. */
export function fitWidth(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (displayWidth(text) <= width) {
		return text;
	}

	let used = 0;
	let cut = 0;
	for (const grapheme of graphemeEnds(text, 0, text.length)) {
		if (used + grapheme.width > width - 1) {
			break;
		}

		used += grapheme.width;
		cut = grapheme.end;
	}

	return `${text.slice(0, cut)}…`;
}

/** Pads (or cuts) text to exactly this display width. */
export function padWidth(text: string, width: number): string {
	const fitted = fitWidth(text, width);
	return fitted + ' '.repeat(Math.max(0, width - displayWidth(fitted)));
}

/**
 * Left text and right text on one row of this width, the right one flush right. The
 * `keep` side is cut last: a title gives way to its date, key hints to the page number.
 */
export function spread(left: string, right: string, width: number, keep: 'left' | 'right' = 'right'): string {
	if (keep === 'left') {
		const leftFitted = fitWidth(left, width);
		const room = width - displayWidth(leftFitted) - 2;
		return room < 3 ? leftFitted : `${leftFitted}  ${padStart(fitWidth(right, room), room)}`;
	}

	const rightFitted = fitWidth(right, width);
	const room = width - displayWidth(rightFitted);
	if (room < 2) {
		return fitWidth(left, width);
	}

	return padWidth(left, room - 1) + ' ' + rightFitted;
}

function padStart(text: string, width: number): string {
	return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * A prompt as typed, in this width: when the text is too long its end shows (where the
 * typing is), led by "…", the cursor block last.
 */
export function promptLine(prompt: string, value: string, width: number): string {
	const whole = `${prompt}${value}█`;
	if (displayWidth(whole) <= width) {
		return whole;
	}

	const room = width - displayWidth(prompt) - 2;
	if (room < 1) {
		return fitWidth(whole, width);
	}

	let start = value.length;
	let used = 0;
	for (const character of [...value].reverse()) {
		const characterWidth = displayWidth(character);
		if (used + characterWidth > room) {
			break;
		}

		used += characterWidth;
		start -= character.length;
	}

	return `${prompt}…${value.slice(start)}█`;
}
