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
	return isDisclaimer(line) || isPromo(line) || isAgeMark(line) || isSignUpPromo(line);
}

/**
 * A sign-up promo of a newsletter in English, German or French, as a Ghost or Substack page
 * prints it under the story: `Sign up for Grid Notes`, `Melden Sie sich für … an`.
 */
function isSignUpPromo(line: string): boolean {
	return line.length <= 120 && /^(?:sign up for|subscribe to|get .{1,40} in your inbox|melden sie sich (?:für|bei)|abonnieren sie|inscrivez-vous|abonnez-vous)\s/iu.test(line);
}

/**
 * The first line of a paywall: from it on, a page offers a subscription instead of the rest
 * of the story (`This post is for paying subscribers only`, `Dieser Beitrag ist nur für
 * zahlende Abonnenten`, `Cet article est réservé aux abonnés`, `Этот материал доступен только
 * подписчикам`).
 */
export function isPaywallStart(line: string): boolean {
	return line.length <= 160 && (
		/^this (?:post|article|story|newsletter|content) is (?:only )?(?:for|available to) (?:paying |paid )?(?:subscribers|members)/iu.test(line)
		|| /^keep reading with a \d+-day free trial|^subscribe to .{1,60} to keep reading/iu.test(line)
		|| /^(?:dieser|der) (?:beitrag|artikel) ist nur für (?:zahlende )?(?:abonnenten|mitglieder)/iu.test(line)
		|| /^cet (?:article|contenu) est réservé aux (?:abonnés|membres)/iu.test(line)
		|| /^(?:этот|данный) (?:материал|текст|выпуск) доступен только (?:платным )?подписчикам/iu.test(line)
	);
}

/** A membership badge above a Ghost post's title: `Paid Members Public`, `Members only`. */
export function isBadgeLine(line: string): boolean {
	return /^(?:paid )?members? (?:public|only)$|^(?:public|premium)$/iu.test(line);
}

/** An e-mail preheader line: a short name and a kind joined by a middle dot, as `The Bell · рассылка`. */
export function isPreheaderLine(line: string): boolean {
	return line.length <= 80 && /^[^.!?·]{1,40}\s·\s[^.!?·]{1,40}$/u.test(line);
}

/**
 * The foreign-agent disclaimer with its age mark inside a line of other text, as AMP pages
 * print it: `The Bell НАСТОЯЩИЙ МАТЕРИАЛ … THE BELL. 18+ Главное за неделю`. The text
 * before and after it comes back trimmed (possibly empty).
 */
export function disclaimerInLine(line: string): {before: string; notice: string; after: string} | undefined {
	const start = line.indexOf('НАСТОЯЩИЙ МАТЕРИАЛ');
	if (start === -1) {
		return undefined;
	}

	const mark = /\s\d{1,2}\s?\+(?=\s|$)/u.exec(line.slice(start));
	if (mark === null) {
		return undefined;
	}

	const end = start + mark.index + mark[0].length;
	const notice = line.slice(start, end).trim();
	if (!isDisclaimer(notice)) {
		return undefined;
	}

	return {before: line.slice(0, start).trim(), notice, after: line.slice(end).trim()};
}

/** A live blog's entry stamp at the start of a line: `18:40 Биржевая цена…`. */
const timeStamped = /^(?:[01]?\d|2[0-3]):[0-5]\d\s/u;

/**
 * A live blog's ticker: the newest entry repeated at the top of the page and cut short
 * (`16:05 Минэнерго сообщило, что поставки … к…`). The entry itself follows in full.
 */
export function isTickerFragment(line: string): boolean {
	return timeStamped.test(line) && /(?:…|\.{3})$/u.test(line);
}
