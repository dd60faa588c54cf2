import {describe, expect, it} from 'vitest';
import {sanitizeText} from '../../source/archive/sanitize.js';

describe('sanitizeText', () => {
	it('removes a screen-clearing CSI sequence whole', () => {
		expect(sanitizeText('До\u001B[2JПосле')).toBe('ДоПосле');
		expect(sanitizeText('\u001B[1;31mкрасный\u001B[0m')).toBe('красный');
	});

	it('removes OSC 52 clipboard writes, terminated by BEL or ST', () => {
		expect(sanitizeText('a\u001B]52;c;ZWNobyBwd25lZA==\u0007b')).toBe('ab');
		expect(sanitizeText('a\u001B]52;c;ZWNobyBwd25lZA==\u001B\\b')).toBe('ab');
		expect(sanitizeText('a\u001B]8;;https://evil.example\u001B\\ссылка\u001B]8;;\u001B\\b')).toBe('aссылкаb');
	});

	it('removes an unterminated OSC to the end, as a terminal would swallow it', () => {
		expect(sanitizeText('текст\u001B]0;title')).toBe('текст');
	});

	it('removes DCS, APC, PM and SOS strings', () => {
		expect(sanitizeText('a\u001BP1$r0m\u001B\\b')).toBe('ab');
		expect(sanitizeText('a\u001B_payload\u001B\\b')).toBe('ab');
		expect(sanitizeText('a\u001B^pm\u001B\\b\u001BXsos\u001B\\c')).toBe('abc');
	});

	it('removes C1 controls, including 8-bit CSI and OSC introducers', () => {
		expect(sanitizeText('a\u009B2Jb')).toBe('ab');
		expect(sanitizeText('a\u009D52;c;eA==\u009Cb')).toBe('ab');
		expect(sanitizeText('a\u0085b\u0080c\u0084d')).toBe('abcd');
		// 8-bit APC opens a string that runs to ST, as ESC _ does.
		expect(sanitizeText('a\u009Fpayload\u009Cb')).toBe('ab');
	});

	it('removes a lone ESC and short escapes', () => {
		expect(sanitizeText('a\u001Bb')).toBe('a');
		expect(sanitizeText('конец\u001B')).toBe('конец');
		expect(sanitizeText('a\u001Bcb')).toBe('ab');
		expect(sanitizeText('a\u001B(Bb')).toBe('ab');
	});

	it('removes C0 controls and DEL but keeps newline and tab', () => {
		expect(sanitizeText('a\u0000b\u0007c\u0008d\u007Fe\r')).toBe('abcde');
		expect(sanitizeText('строка\n\tвторая')).toBe('строка\n\tвторая');
	});

	it('removes bidi overrides that would reorder the text on screen', () => {
		expect(sanitizeText('abc\u202Edef\u202C')).toBe('abcdef');
	});

	it('leaves ordinary Russian typography alone', () => {
		const text = '«Ёлки-палки», — сказал он. 20\u00A0% и 1500\u00A0₽… №\u00A05';
		expect(sanitizeText(text)).toBe(text);
	});
});
