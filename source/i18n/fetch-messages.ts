import type {FetchProblem} from '../fetch/fetch-problem.js';
import type {ImportProblem} from '../import/issue-draft.js';
import type {FetchRecord, StoredProblem} from '../store/subscriptions.js';
import {cliMessages} from './cli-messages.js';
import type {Language} from './locale.js';
import {russianPlural} from './russian-plural.js';

/** What `subscribe`, `subscriptions`, `unsubscribe` and `fetch` say, in English and Russian. */
export type FetchMessages = {
	subscribed: (name: string, source: string) => string;
	alreadySubscribed: (name: string, source: string) => string;
	notASource: (given: string) => string;
	noSuchSubscription: (name: string, names: readonly string[]) => string;
	unsubscribed: (name: string) => string;
	noSubscriptions: string;
	neverFetched: string;
	lastResult: (record: FetchRecord | undefined) => string;
	problem: (problem: FetchProblem | StoredProblem) => string;
	summary: (counts: {sources: number; imported: number; duplicates: number; failed: number}, failures: ReadonlyArray<{name: string; problem: FetchProblem}>, archive: string) => string;
	interrupted: string;
	fetching: (name: string, position: number, total: number) => string;
	/** The library's status line once a fetch is over. */
	fetchedInLibrary: (imported: number, sources: number, failures: ReadonlyArray<{name: string; problem: FetchProblem}>) => string;
};

const englishNetwork: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ECONNRESET: 'connection reset',
	ENOTFOUND: 'no such host',
	EAI_AGAIN: 'the host name could not be looked up',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	ETIMEDOUT: 'connection timed out',
	EPROTO: 'the server broke the protocol',
	CERT_HAS_EXPIRED: 'the server\'s certificate has expired',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'the server\'s certificate is self-signed',
	ERR_TLS_CERT_ALTNAME_INVALID: 'the server\'s certificate is for another host',
};

const russianNetwork: Record<string, string> = {
	ECONNREFUSED: 'в соединении отказано',
	ECONNRESET: 'соединение сброшено',
	ENOTFOUND: 'нет такого хоста',
	EAI_AGAIN: 'не удалось найти адрес хоста',
	EHOSTUNREACH: 'хост недоступен',
	ENETUNREACH: 'сеть недоступна',
	ETIMEDOUT: 'истекло время соединения',
	EPROTO: 'сервер нарушил протокол',
	CERT_HAS_EXPIRED: 'у сертификата сервера истек срок',
	DEPTH_ZERO_SELF_SIGNED_CERT: 'сертификат сервера самоподписанный',
	ERR_TLS_CERT_ALTNAME_INVALID: 'сертификат сервера выдан другому хосту',
};

/** A time as the user's clock shows it, to the minute. */
/** A size limit in megabytes, or in kilobytes below one megabyte. */
function size(bytes: number, kilobytes: string, megabytes: string): string {
	const mega = 1024 * 1024;
	return bytes >= mega ? `${Math.round(bytes / mega)} ${megabytes}` : `${Math.max(1, Math.round(bytes / 1024))} ${kilobytes}`;
}

export function localTime(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) {
		return iso;
	}

	const pad = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function englishProblem(problem: FetchProblem | StoredProblem): string {
	const known = problem as FetchProblem;
	switch (known.kind) {
		case 'timeout': {
			return `no complete answer within ${known.seconds} s`;
		}

		case 'http-status': {
			return known.status === 404 ? 'not found (HTTP 404)' : known.status === 410 ? 'gone (HTTP 410)' : `the server answered HTTP ${known.status}`;
		}

		case 'rate-limited': {
			return `the server is busy (HTTP ${known.status})${known.retryAfter === undefined ? '' : `; it asks to wait until ${localTime(known.retryAfter)}`}`;
		}

		case 'waiting': {
			return `not asked: the server asked to wait until ${localTime(known.until)}`;
		}

		case 'too-many-redirects': {
			return `more than ${known.limit} redirects`;
		}

		case 'redirect-loop': {
			return 'the redirects go round in a loop';
		}

		case 'bad-redirect': {
			return `a redirect to an address that is not http(s): ${known.location}`;
		}

		case 'too-large': {
			return `the answer is over ${size(known.limitBytes, 'KB', 'MB')}`;
		}

		case 'network': {
			return `network error: ${englishNetwork[known.code] ?? known.code}`;
		}

		case 'bad-body': {
			return `the answer is damaged (${known.detail})`;
		}

		case 'not-a-maildir': {
			return 'not a Maildir any more (no cur/, new/ and tmp/)';
		}

		case 'unreadable': {
			return cliMessages('en').importProblem({kind: 'unreadable', detail: known.code});
		}

		case 'bad-feed': {
			return cliMessages('en').importProblem(known.problem);
		}

		default: {
			return problem.kind;
		}
	}
}

function russianProblem(problem: FetchProblem | StoredProblem): string {
	const known = problem as FetchProblem;
	switch (known.kind) {
		case 'timeout': {
			return `нет полного ответа за ${known.seconds} с`;
		}

		case 'http-status': {
			return known.status === 404 ? 'не найдено (HTTP 404)' : known.status === 410 ? 'удалено (HTTP 410)' : `сервер ответил HTTP ${known.status}`;
		}

		case 'rate-limited': {
			return `сервер занят (HTTP ${known.status})${known.retryAfter === undefined ? '' : `; просит подождать до ${localTime(known.retryAfter)}`}`;
		}

		case 'waiting': {
			return `не запрашивался: сервер просил подождать до ${localTime(known.until)}`;
		}

		case 'too-many-redirects': {
			return `больше ${known.limit} перенаправлений`;
		}

		case 'redirect-loop': {
			return 'перенаправления ходят по кругу';
		}

		case 'bad-redirect': {
			return `перенаправление на адрес не http(s): ${known.location}`;
		}

		case 'too-large': {
			return `ответ больше ${size(known.limitBytes, 'КБ', 'МБ')}`;
		}

		case 'network': {
			return `ошибка сети: ${russianNetwork[known.code] ?? known.code}`;
		}

		case 'bad-body': {
			return `ответ поврежден (${known.detail})`;
		}

		case 'not-a-maildir': {
			return 'больше не Maildir (нет cur/, new/ и tmp/)';
		}

		case 'unreadable': {
			return cliMessages('ru').importProblem({kind: 'unreadable', detail: known.code});
		}

		case 'bad-feed': {
			return cliMessages('ru').importProblem(known.problem as ImportProblem);
		}

		default: {
			return problem.kind;
		}
	}
}

const english: FetchMessages = {
	subscribed: name => name,
	alreadySubscribed: (name, source) => `already subscribed to ${source} as ${name}`,
	notASource: given => `${given} is neither an http(s) feed address nor a Maildir folder (one with cur/, new/ and tmp/)`,
	noSuchSubscription: (name, names) => `no subscription named ${name}${names.length === 0 ? '' : `; there are: ${names.join(', ')}`}`,
	unsubscribed: name => `unsubscribed from ${name}; its issues stay in the archive`,
	noSubscriptions: 'no subscriptions; add one with `bell-reader subscribe <feed-url|maildir>`',
	neverFetched: 'never',
	lastResult(record) {
		if (record === undefined) {
			return 'not fetched yet';
		}

		if (record.problem !== undefined) {
			return `failed: ${englishProblem(record.problem)}`;
		}

		return record.notModified === true ? 'not modified' : `imported ${record.imported}, duplicates ${record.duplicates}, not imported ${record.failed}`;
	},
	problem: englishProblem,
	summary({sources, imported, duplicates, failed}, failures, archive) {
		const reasons = failures.map(({name, problem}) => `${name}: ${englishProblem(problem)}`).join('; ');
		return `fetched ${sources - failures.length} of ${sources} ${sources === 1 ? 'source' : 'sources'}: imported ${imported}, duplicates ${duplicates}, not imported ${failed}${failures.length === 0 ? '' : `; failed ${reasons}`} — ${archive}`;
	},
	interrupted: 'interrupted: what was written stays, the source under way is fetched again next time',
	fetching: (name, position, total) => `fetching ${name} (${position}/${total})…`,
	fetchedInLibrary(imported, sources, failures) {
		const brought = sources === 0
			? 'no subscriptions: bell-reader subscribe <feed-url|maildir>'
			: `${imported} new ${imported === 1 ? 'issue' : 'issues'} from ${sources} ${sources === 1 ? 'source' : 'sources'}`;
		return failures.length === 0 ? brought : `${brought}; failed ${failures.map(({name, problem}) => `${name}: ${englishProblem(problem)}`).join('; ')}`;
	},
};

const russian: FetchMessages = {
	subscribed: name => name,
	alreadySubscribed: (name, source) => `подписка на ${source} уже есть: ${name}`,
	notASource: given => `${given} — не адрес ленты http(s) и не папка Maildir (с cur/, new/ и tmp/)`,
	noSuchSubscription: (name, names) => `нет подписки ${name}${names.length === 0 ? '' : `; есть: ${names.join(', ')}`}`,
	unsubscribed: name => `подписка ${name} удалена; ее выпуски остаются в архиве`,
	noSubscriptions: 'подписок нет; добавьте: `bell-reader subscribe <адрес-ленты|maildir>`',
	neverFetched: 'никогда',
	lastResult(record) {
		if (record === undefined) {
			return 'еще не загружалась';
		}

		if (record.problem !== undefined) {
			return `ошибка: ${russianProblem(record.problem)}`;
		}

		return record.notModified === true ? 'без изменений' : `импортировано: ${record.imported}, дубликатов: ${record.duplicates}, не импортировано: ${record.failed}`;
	},
	problem: russianProblem,
	summary({sources, imported, duplicates, failed}, failures, archive) {
		const reasons = failures.map(({name, problem}) => `${name}: ${russianProblem(problem)}`).join('; ');
		const word = russianPlural(sources, 'источника', 'источников', 'источников');
		return `загружено ${sources - failures.length} из ${sources} ${word}: импортировано ${imported}, дубликатов ${duplicates}, не импортировано ${failed}${failures.length === 0 ? '' : `; ошибки — ${reasons}`} — ${archive}`;
	},
	interrupted: 'прервано: записанное остается, начатый источник будет загружен заново в следующий раз',
	fetching: (name, position, total) => `загрузка ${name} (${position}/${total})…`,
	fetchedInLibrary(imported, sources, failures) {
		const brought = sources === 0
			? 'подписок нет: bell-reader subscribe <адрес-ленты|maildir>'
			: `${imported} ${russianPlural(imported, 'новый выпуск', 'новых выпуска', 'новых выпусков')} из ${sources} ${russianPlural(sources, 'источника', 'источников', 'источников')}`;
		return failures.length === 0 ? brought : `${brought}; ошибки — ${failures.map(({name, problem}) => `${name}: ${russianProblem(problem)}`).join('; ')}`;
	},
};

export function fetchMessages(language: Language): FetchMessages {
	return language === 'ru' ? russian : english;
}
