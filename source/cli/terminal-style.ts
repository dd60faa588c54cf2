/**
 * Minimal ANSI styling for printed output, on only when colour is wanted
 * (see {@link wantsColor}); printing paths do not load a colour library.
 */
export type Style = (text: string) => string;

const sgr = (open: number, close: number): Style => text => `\u001B[${open}m${text}\u001B[${close}m`;

export type Palette = {bold: Style; dim: Style; green: Style; yellow: Style; cyan: Style; inverse: Style};

const identity: Style = text => text;

export function palette(color: boolean): Palette {
	return color
		? {bold: sgr(1, 22), dim: sgr(2, 22), green: sgr(32, 39), yellow: sgr(33, 39), cyan: sgr(36, 39), inverse: sgr(7, 27)}
		: {bold: identity, dim: identity, green: identity, yellow: identity, cyan: identity, inverse: identity};
}

/** NO_COLOR (https://no-color.org) and FORCE_COLOR win over the terminal check. */
export function wantsColor(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
	if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') {
		return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
	}

	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') {
		return false;
	}

	return isTerminal && env.TERM !== 'dumb';
}
