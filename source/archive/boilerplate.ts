/**
 * Recognisers for the lines of a stored page that are not the story: the notices
 * (promo, foreign-agent disclaimer, age mark) and the UI leftovers of the web page.
 * Each takes one trimmed line.
 */

/** The web page's "copy link" button: in a page dump it marks the end of the story. */
export function isCopyLinkLine(line: string): boolean {
	return /^скопировать ссылку$/iu.test(line);
}

/** The page's loading placeholder, which some dumps start with. */
export function isLoadingLine(line: string): boolean {
	return /^(?:loading|загрузка)(?:\.{3}|…)?$/iu.test(line);
}

/** A lone author line under the title. */
export function isAuthorLine(line: string): boolean {
	return /^the bell$/iu.test(line);
}

export function isAgeMark(line: string): boolean {
	return /^\d{1,2}\s?\+$/u.test(line);
}

/**
 * The capitals legal notice a foreign-agent outlet must print, e.g.
 * «НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ …».
 * Story paragraphs may mention foreign agents, but never in capitals.
 */
export function isDisclaimer(line: string): boolean {
	// A plain substring test first: every line of every issue is asked, and the first use of
	// a Unicode-property expression costs more than a start-up can spare.
	if (!line.includes('АГЕНТ') && !line.startsWith('НАСТОЯЩИЙ МАТЕРИАЛ')) {
		return false;
	}

	if (!/ИНОСТРАНН[А-ЯЁ]*\s+АГЕНТ/u.test(line) && !line.startsWith('НАСТОЯЩИЙ МАТЕРИАЛ')) {
		return false;
	}

	let letters = 0;
	let capitals = 0;
	for (const character of line) {
		const lower = character.toLowerCase();
		const upper = character.toUpperCase();
		if (lower !== upper) {
			letters++;
			capitals += character === upper ? 1 : 0;
		}
	}

	return letters > 0 && capitals / letters > 0.8;
}

/** The newsletter's own subscription promo, e.g. «Рассылки The Bell стали платными. Подписывайтесь!». */
export function isPromo(line: string): boolean {
	return (
		line.length <= 200
		&& /(?:рассылк|the bell)/iu.test(line)
		&& /(?:подписывайтесь|подпишитесь|оформите подписку)[\s!.…]*$/iu.test(line)
	);
}

export function isNotice(line: string): boolean {
	return isDisclaimer(line) || isPromo(line) || isAgeMark(line);
}
