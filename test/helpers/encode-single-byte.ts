/**
 * Encodes text into a single-byte code page (windows-1251, koi8-r, ibm866), which Node's
 * TextEncoder cannot do: the table is the decoder's, turned around.
 */
export function encodeSingleByte(text: string, encoding: 'windows-1251' | 'koi8-r' | 'ibm866'): Uint8Array {
	const decoded = new TextDecoder(encoding).decode(Uint8Array.from({length: 256}, (_, index) => index));
	const byteOf = new Map([...decoded].map((character, index) => [character, index]));
	return Uint8Array.from([...text].map(character => {
		const byte = byteOf.get(character);
		if (byte === undefined) {
			throw new Error(`${encoding} has no ${JSON.stringify(character)}`);
		}

		return byte;
	}));
}

/** Quoted-printable (RFC 2045) of bytes, lines soft-broken before 76 characters. */
export function quotedPrintable(bytes: Uint8Array): string {
	let output = '';
	let line = '';
	for (const byte of bytes) {
		if (byte === 0x0a) {
			output += `${line}\n`;
			line = '';
			continue;
		}

		const piece = (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32 ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
		if (line.length + piece.length > 75) {
			output += `${line}=\n`;
			line = '';
		}

		line += piece;
	}

	return output + line;
}

export function base64Lines(bytes: Uint8Array): string {
	return (Buffer.from(bytes).toString('base64').match(/.{1,76}/gu) ?? []).join('\n');
}
