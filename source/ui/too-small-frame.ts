import type {UiText} from '../i18n/ui-text.js';
import {wrapLimitedRows} from '../layout/wrap-words.js';
import {minColumns, minRows, type Size} from '../state/app-model.js';
import type {FrameRow} from './frame-row.js';

/** Whether a screen of this size is too small for any of the screens. */
export function isTooSmall(size: Size): boolean {
	return size.columns < minColumns || size.rows < minRows;
}

/**
 * The whole frame when the terminal is too small: only the message, wrapped to the width,
 * naming the smallest size that works. Nothing of the screen under it is drawn, so nothing
 * of it can show around the message.
 */
export function tooSmallFrame(size: Size, text: UiText): FrameRow[] {
	const message = text.tooSmall(size, {columns: minColumns, rows: minRows});
	return wrapLimitedRows(message, size.columns, Math.max(1, size.rows - 1)).map(row => ({text: row, bold: true}));
}
