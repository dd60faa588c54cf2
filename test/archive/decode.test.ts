import {describe, expect, it} from 'vitest';
import {decodeBytes, detectCyrillicEncoding, looksBinary, normalizeText} from '../../source/archive/decode.js';

const text = 'Центральный банк снизил ключевую ставку. Рубль ослаб, а индекс Мосбиржи вырос на 2,7%.';

function encode(value: string, encoding: 'windows-1251' | 'koi8-r' | 'ibm866'): Uint8Array {
	// TextEncoder only speaks UTF-8: build a reverse table from the decoder.
	const decoder = new TextDecoder(encoding);
	const table = new Map<string, number>();
	for (let byte = 0; byte < 256; byte++) {
		table.set(decoder.decode(new Uint8Array([byte])), byte);
	}

	return Uint8Array.from([...value].map(character => {
		const byte = table.get(character);
		if (byte === undefined) {
			throw new Error(`${character} is not in ${encoding}`);
		}

		return byte;
	}));
}

describe('decodeBytes', () => {
	it('reads UTF-8 with and without a BOM', () => {
		const bytes = new TextEncoder().encode(text);
		expect(decodeBytes(bytes)).toEqual({text, encoding: 'utf-8'});
		expect(decodeBytes(Uint8Array.from([0xEF, 0xBB, 0xBF, ...bytes]))).toEqual({text, encoding: 'utf-8'});
	});

	it.each(['windows-1251', 'koi8-r', 'ibm866'] as const)('detects and decodes %s', encoding => {
		expect(decodeBytes(encode(text, encoding))).toEqual({text, encoding});
	});

	it('tells the code pages apart on capitals-only text too', () => {
		const capitals = 'НАСТОЯЩИЙ МАТЕРИАЛ ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ';
		expect(detectCyrillicEncoding(encode(capitals, 'koi8-r'))).toBe('koi8-r');
		expect(detectCyrillicEncoding(encode(capitals, 'windows-1251'))).toBe('windows-1251');
	});

	it('detects short texts', () => {
		expect(decodeBytes(encode('Привет, мир', 'koi8-r')).text).toBe('Привет, мир');
		expect(decodeBytes(encode('Что случилось?', 'windows-1251')).text).toBe('Что случилось?');
	});

	it('makes CRLF and CR line endings newlines', () => {
		expect(decodeBytes(new TextEncoder().encode('раз\r\nдва\rтри\n')).text).toBe('раз\nдва\nтри\n');
	});

	it('normalises to NFC: a decomposed й becomes one character', () => {
		const decomposed = 'и\u0306';
		expect(decodeBytes(new TextEncoder().encode(`Мой ${decomposed}огурт`)).text).toBe('Мой йогурт');
	});

	it('drops soft hyphens and escape sequences', () => {
		expect(normalizeText('пе\u00ADре\u00ADнос \u001B[2Jтекст')).toBe('перенос текст');
	});
});

describe('looksBinary', () => {
	it('sees NUL bytes and control-heavy data as binary', () => {
		expect(looksBinary(Uint8Array.from([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]))).toBe(true);
		expect(looksBinary(Uint8Array.from({length: 100}, (_, index) => (index % 3 === 0 ? 0x01 : 0x41)))).toBe(true);
	});

	it('sees text in any encoding as text', () => {
		expect(looksBinary(new TextEncoder().encode(`${text}\r\n\t`))).toBe(false);
		expect(looksBinary(encode(text, 'koi8-r'))).toBe(false);
	});
});
