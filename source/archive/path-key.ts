/**
 * A short name for an archive folder's path, for the files kept about it in the cache:
 * FNV-1a, 2 × 32 bits. Enough to tell folders apart in a file name, and cheaper than loading
 * node:crypto at every start (files that must be sure hold the folder's path to check).
 */
export function pathKey(text: string): string {
	let low = 0x81_1C_9D_C5;
	let high = 0x05_0C_5D_1F;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		low = Math.imul(low ^ code, 0x01_00_01_93) >>> 0;
		high = Math.imul(high ^ code ^ (low >>> 16), 0x01_00_01_93) >>> 0;
	}

	return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
