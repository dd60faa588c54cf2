/**
 * A reader of the word graph in pymorphy2's dictionary (a dawgdic DAWG, as the `az` package
 * ships it): every word form of OpenCorpora's dictionary, in windows-1251 bytes, followed by
 * a separator and the (paradigm, form) pairs it belongs to. Pure: it reads a buffer given to it.
 */

const isLeafBit = 1 << 31;
const hasLeafBit = 1 << 8;
const extensionBit = 1 << 9;
const missing = -1;
const root = 0;
/** Between a word's bytes and its payloads. */
const separator = 1;
/** ё in windows-1251. */
const yoByte = 0xB8;

/** A form of a dictionary word: its paradigm and which form of it this is. */
export type FormOf = {paradigm: number; form: number};

/** Cyrillic lowercase (and ё) to windows-1251; everything else is not in the dictionary. */
function cp1251(code: number): number {
	if (code >= 0x4_30 && code <= 0x4_4F) {
		return code - 0x4_30 + 0xE0;
	}

	if (code === 0x4_51) {
		return yoByte;
	}

	return code === 0x2D ? code : missing;
}

export class WordDawg {
	private readonly units: Uint32Array;
	private readonly guide: Uint8Array;

	constructor(data: Uint8Array) {
		const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
		const unitCount = view.getUint32(0, true);
		const guideCount = view.getUint32(4 + (unitCount * 4), true);
		// Read in place when aligned (a file read whole is); copied otherwise.
		const unitsOffset = data.byteOffset + 4;
		this.units = unitsOffset % 4 === 0
			? new Uint32Array(data.buffer, unitsOffset, unitCount)
			: new Uint32Array(Uint8Array.prototype.slice.call(data, 4, 4 + (unitCount * 4)).buffer);
		this.guide = data.subarray(8 + (unitCount * 4), 8 + (unitCount * 4) + (guideCount * 2));
	}

	/**
	 * The forms `word` is, each with the spelling the dictionary has: `е` in the word also
	 * finds `ё` (the index folds ё to е, the dictionary keeps it).
	 */
	lookup(word: string): Array<{spelling: string; forms: FormOf[]}> {
		const found: Array<{spelling: string; forms: FormOf[]}> = [];
		// Walks the word's bytes, branching only where an е may be the dictionary's ё; `yo`
		// says where it was, so the spelling is built only for the words found with one.
		const walk = (start: number, from: number, yo: readonly number[]) => {
			let index = from;
			for (let position = start; position < word.length; position++) {
				const character = word[position]!;
				if (character === 'е') {
					const withYo = this.followByte(yoByte, index);
					if (withYo !== missing) {
						walk(position + 1, withYo, [...yo, position]);
					}
				}

				index = this.followCharacter(character, index);
				if (index === missing) {
					return;
				}
			}

			const payload = this.followByte(separator, index);
			if (payload !== missing) {
				const spelling = yo.length === 0 ? word : [...word].map((character, position) => yo.includes(position) ? 'ё' : character).join('');
				found.push({spelling, forms: this.payloads(payload)});
			}
		};

		walk(0, root, []);
		return found;
	}

	private followCharacter(character: string, index: number): number {
		const byte = cp1251(character.charCodeAt(0));
		return byte === missing ? missing : this.followByte(byte, index);
	}

	private followByte(byte: number, index: number): number {
		const next = (index ^ offsetOf(this.units[index]!) ^ byte) >>> 0;
		return labelOf(this.units[next]!) === byte ? next : missing;
	}

	private hasValue(index: number): boolean {
		return (this.units[index]! & hasLeafBit) !== 0;
	}

	/** Every key below `start`, decoded as a (paradigm, form) pair: a depth-first walk by the guide. */
	private payloads(start: number): FormOf[] {
		const results: FormOf[] = [];
		const stack = [start];
		const key: number[] = [];
		let first = true;
		for (;;) {
			let index = stack.at(-1)!;
			if (!first) {
				const child = this.guide[index << 1]!;
				if (child === 0) {
					// No child: back up to the nearest sibling.
					let sibling = 0;
					do {
						sibling = this.guide[(index << 1) + 1]!;
						key.pop();
						stack.pop();
						if (stack.length === 0) {
							return results;
						}

						index = stack.at(-1)!;
					} while (sibling === 0);
					index = this.followByte(sibling, index);
					if (index === missing) {
						return results;
					}

					key.push(sibling);
					stack.push(index);
				} else {
					index = this.followByte(child, index);
					if (index === missing) {
						return results;
					}

					key.push(child);
					stack.push(index);
				}
			}

			first = false;
			while (!this.hasValue(index)) {
				const child = this.guide[index << 1]!;
				index = this.followByte(child, index);
				if (index === missing) {
					return results;
				}

				key.push(child);
				stack.push(index);
			}

			// Two 16-bit numbers, each in two bytes of pymorphy2's base64-like encoding.
			results.push({
				paradigm: ((key[0]! ^ 1) << 6) + (key[1]! >> 1),
				form: ((key[2]! ^ 1) << 6) + (key[3]! >> 1),
			});
		}
	}
}

function offsetOf(base: number): number {
	return ((base >>> 10) << ((base & extensionBit) >>> 6)) >>> 0;
}

function labelOf(base: number): number {
	return (base & (isLeafBit | 0xFF)) >>> 0;
}
