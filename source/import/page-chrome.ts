/**
 * Lines of a saved page or a newsletter e-mail that belong to its frame, not its story:
 * share and "view in browser" links, and the mail footer. Each takes one trimmed line.
 * The notices and the copy-link line are recognised in archive/boilerplate.ts.
 */

const chromeLine = new RegExp(
	'^(?:'
	+ [
		'поделиться', 'share', 'tweet', 'твитнуть', 'подписаться', 'subscribe(?: now)?', 'leave a comment', 'комментировать',
		'открыть в браузере', 'смотреть в браузере', 'читать в браузере', 'веб-версия', 'view (?:this (?:e-?mail|post) )?in (?:your )?browser',
		'если письмо (?:не )?отображается.*', 'реклама', 'advertisement', 'читать далее', 'read more', 'читать полностью',
	].join('|')
	+ ')[\\s.!…→»]*$',
	'iu',
);

/** A footer line: from it on, a newsletter e-mail is unsubscribe links, addresses and legal small print. */
const footerStart = /^(?:вы получил[аи]? это письмо|вы получаете это письмо|это письмо отправлено|you (?:are )?receiv(?:ed|ing) this (?:e-?mail|newsletter|message)|отписаться|unsubscribe|чтобы отписаться)/iu;

export function isChromeLine(line: string): boolean {
	return line.length <= 120 && chromeLine.test(line);
}

export function isFooterStart(line: string): boolean {
	return line.length <= 400 && footerStart.test(line);
}
