import type {Flags} from '../cli/parse-arguments.js';
import type {WrapText} from '../export/text-export.js';

/** The line breaker `--width` asks for, or undefined without it: a part of its own, loaded only then. */
export async function requestedLineWrapper({width, hyphenate}: Flags): Promise<WrapText | undefined> {
	if (width === undefined) {
		return undefined;
	}

	const {loadLineWrapper} = await import('../export/line-wrapper.js');
	return loadLineWrapper(hyphenate);
}
