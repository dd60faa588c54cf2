/**
 * File-name slugs from Russian titles. The letters follow the scheme thebell.io uses in
 * its own addresses (й → y, х → kh, ц → ts, щ → shch, ь and ъ dropped), so an imported
 * issue's name reads like the page it came from.
 */

const latinByCyrillic: Record<string, string> = {
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
	к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
	х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
	// Ukrainian and Belarusian letters turn up in quoted names.
	і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'u',
};

export const maxSlugLength = 60;

export function transliterate(text: string): string {
	let latin = '';
	for (const character of text.normalize('NFC').toLowerCase()) {
		latin += latinByCyrillic[character] ?? character;
	}

	return latin;
}

/** Lowercase Latin letters, digits and single hyphens; cut at a word end; never empty. */
export function transliterateSlug(title: string, fallback = 'issue'): string {
	const words = transliterate(title)
		// Accented Latin letters lose their accents rather than the letter.
		.normalize('NFKD')
		.replace(/[\u0300-\u036F]/gu, '')
		.replace(/[’'`]/gu, '')
		.split(/[^a-z\d]+/u)
		.filter(word => word !== '');
	let slug = '';
	for (const word of words) {
		const next = slug === '' ? word : `${slug}-${word}`;
		if (next.length > maxSlugLength) {
			// A single overlong word is cut; otherwise the slug stops before the word.
			slug = slug === '' ? word.slice(0, maxSlugLength) : slug;
			break;
		}

		slug = next;
	}

	return slug === '' ? fallback : slug;
}
