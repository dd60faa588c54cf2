/**
 * Removes everything from archived text that could drive the user's terminal.
 *
 * Archive files come from the web, mail and other people's disks; printed raw,
 * an ESC[2J would clear the screen and an OSC 52 would write the clipboard.
 * So before anything else sees the text we drop every escape sequence whole
 * (not just its ESC byte, which would leave "[2J" litter in the story) and
 * every C0/C1 control character except newline and tab.
 */

// The order of the alternatives matters: whole sequences first, lone bytes last.
const terminalSequence = new RegExp(
	[
		// OSC, DCS, SOS, PM, APC: ESC ] / P / X / ^ / _ … terminated by BEL or ST (ESC \ or U+009C),
		// or running to the end of the text when unterminated (a terminal would swallow it too).
		String.raw`(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C|(?=\u001B)|$)`,
		// CSI: ESC [ or U+009B, parameter bytes, intermediate bytes, one final byte.
		String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?`,
		// Other two- and three-byte escapes (ESC ( B, ESC 7, ESC c …).
		String.raw`\u001B[\u0020-\u002F]*[\u0030-\u007E]?`,
		// Remaining C0 (but tab and newline), DEL and C1 controls.
		String.raw`[\u0000-\u0008\u000B-\u001F\u007F-\u009F]`,
	].join('|'),
	'g',
);

// Bidi overrides and isolates can reorder what the terminal shows; they have no place in prose.
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

export function sanitizeText(text: string): string {
	return text.replace(terminalSequence, '').replace(bidiControls, '');
}
