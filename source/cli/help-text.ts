import type {Language} from '../i18n/locale.js';
import {commandSpecs, flagTypes, globalFlags, type FlagName, type NamedCommand} from './parse-arguments.js';

/**
 * `bell-reader --help` (every command and flag, with examples) and `bell-reader help
 * <command>` (one command's usage, flags and examples), in English and Russian. Every line
 * fits 80 columns: prose is wrapped here, and usage lines and examples are kept short.
 */

const lineWidth = 80;
/** Where a flag's description starts: two spaces of indent and the longest label fit before it. */
const descriptionColumn = 20;

type Words = {
	title: string;
	usage: string;
	commands: string;
	/** `[command]` and `[flags]` in usage lines. */
	command: string;
	flags: string;
	flagsPlaceholder: string;
	/** The library's row in the list of commands. */
	noCommand: string;
	everyCommand: string;
	examples: string;
	/** Placeholders in flag labels: DIR, N, F, NAME, SECONDS. */
	folder: string;
	name: string;
	seconds: string;
	flagText: Record<FlagName, string>;
	/** The library: `bell-reader` with no command. */
	libraryLine: string;
	commandLines: Record<NamedCommand | 'help', {arguments?: string; summary: string}>;
	/** Each command's own help: what it does, in a paragraph or two. */
	about: Record<NamedCommand, string[]>;
	issueNames: string;
	overviewNotes: string[];
};

const english: Words = {
	title: 'bell-reader — a terminal reader for newsletter archives',
	usage: 'Usage',
	commands: 'Commands',
	command: '[command]',
	flags: 'Flags',
	flagsPlaceholder: '[flags]',
	noCommand: '(no command)',
	everyCommand: 'Flags of every command',
	examples: 'Examples',
	folder: 'DIR',
	name: 'NAME',
	seconds: 'S',
	flagText: {
		archive: 'the archive to use (also BELL_READER_ARCHIVE); by default your archive in $XDG_DATA_HOME/bell-reader/archive once it holds issues, else the bundled sample',
		json: 'output as JSON, for scripts',
		format: 'text (the default), markdown (or md) or json',
		width: 'wrap the text at N columns, 10–1000, as the reader does',
		hyphenate: 'hyphenate long Russian words where a line would be ragged (goes with --width)',
		full: 'add the teasers of other issues and the notices after the story',
		out: 'write one file per issue into DIR, named after its id',
		unread: 'mark as unread instead, forgetting the reading position',
		limit: 'at most N results, 1–1000 (10 by default)',
		since: 'only issues dated D (YYYY-MM-DD) or later',
		until: 'only issues dated D (YYYY-MM-DD) or earlier',
		sort: 'relevance (the default) or date (newest first)',
		'dry-run': 'say what would be imported and write nothing',
		stop: 'stop the archive\'s watcher',
		name: 'the subscription\'s name (by default the host or the folder\'s name)',
		'full-text': 'complete feed items that carry only a summary from their pages',
		timeout: 'seconds a whole request may take (30 by default)',
		help: 'help; `bell-reader help <command>` for one command',
		version: 'the version',
	},
	libraryLine: 'the library; the list when the output is not a terminal',
	commandLines: {
		latest: {summary: 'read the newest issue'},
		read: {arguments: '<issue>', summary: 'read one issue'},
		list: {summary: 'the issues, newest first: id, date, state, title'},
		export: {arguments: '<issue|latest|all>', summary: 'print or save issues as text, Markdown or JSON'},
		mark: {arguments: '<issue>', summary: 'mark an issue read (or unread)'},
		bookmarks: {summary: 'the bookmarks across the archive'},
		boilerplate: {arguments: '[story|notice <n>]', summary: 'the boilerplate learned from the archive'},
		search: {arguments: '<query>', summary: 'find issues by the words in them'},
		import: {arguments: '<path…>', summary: 'add newsletters to your archive'},
		watch: {summary: 'watch the archive, so commands need not check every file'},
		subscribe: {arguments: '<feed-url|maildir>', summary: 'follow a feed or a mail folder'},
		subscriptions: {summary: 'the subscriptions and how their last fetch went'},
		unsubscribe: {arguments: '<name>', summary: 'stop following one; its issues stay'},
		fetch: {arguments: '[name…]', summary: 'import what is new from the subscriptions'},
		help: {arguments: '[command]', summary: 'this help, or one command\'s'},
	},
	about: {
		latest: [
			'Reads the newest issue full-screen in a terminal, where the reader left it; press ? there for the keys. When the output is not a terminal, prints the story as text: the title, then the story\'s blocks separated by blank lines.',
		],
		read: [
			'Reads one issue full-screen in a terminal; when the output is not a terminal, prints its story as text, like latest. A file named by its path is read as it is, not imported.',
		],
		list: [
			'The issues, newest first, one per line: id, date, state (unread, reading or read) and title, separated by tabs. Says so on stderr when the archive holds none.',
		],
		export: [
			'Prints an issue, the newest one (latest) or every issue (all): text by default, without teasers and notices unless --full (JSON always has them). With --out DIR, writes one file per issue and prints their paths.',
		],
		mark: [
			'Marks an issue read, or unread with --unread, as the reader would. <issue> is latest, an id, or a word of an id or the start of one, in any case.',
		],
		bookmarks: [
			'The bookmarks of every issue, newest first. In a terminal: the title, where in the story (in per cent), the excerpt and the note. When piped: issue, place (block:offset), created, title and excerpt, separated by tabs.',
		],
		boilerplate: [
			'Lists what was learned from the archive: paragraphs that recur at the edges of the stories of 3 or more issues of one newsletter (a promo, a sign-up line), which are moved to the notices, and short lines that recur as sub-headings. Each with its number, in how many issues, its role, its source and its text. story <n> keeps block n in the stories; notice <n> undoes that.',
		],
		search: [
			'Issues ranked by relevance, with the matches in context. Every form of a Russian word matches, by its dictionary form (лёд finds льда, люди finds человек); case and ё do not matter. All words are required; "…" finds a phrase, word* a prefix, OR either word, NOT word or -word excludes it, parentheses group, title:word looks in titles only. No match: exit code 1 and nothing on stdout, as grep does.',
		],
		import: [
			'Adds newsletters to your archive (or --archive DIR), never to the bundled sample: page dumps (.txt), Markdown, saved pages (.html), e-mails (.eml), mailboxes (mbox), RSS and Atom feeds and Substack exports (a folder or .zip). Folders are searched. Duplicates are skipped; exit code 1 when some input could not be imported.',
		],
		watch: [
			'Runs until Ctrl+C, SIGTERM or `watch --stop`, and only when you start it: while it runs, commands on this archive ask it whether anything changed instead of checking every file, which on an archive of thousands of issues is most of what list and search cost. Linux only, local disks only.',
		],
		subscribe: [
			'Follows an http(s) feed (RSS, Atom or JSON Feed) or a Maildir folder (one with cur/, new/ and tmp/) and prints the subscription\'s name. Only the form is checked: nothing is fetched until `fetch`. A source that is neither: exit code 2. The same source twice changes nothing.',
		],
		subscriptions: [
			'One line per subscription, separated by tabs: name, source, when it was last fetched and how that went.',
		],
		unsubscribe: [
			'Removes the subscription; the issues it brought stay in the archive.',
		],
		fetch: [
			'Fetches every subscription (or the named ones) and imports what is new into your archive (or --archive DIR), as import does: same names, duplicates skipped. Feeds are asked with the validators of their last answer; Maildir messages are only read, never moved. One summary line on stderr; exit code 1 when a source failed (the others are still fetched).',
		],
	},
	issueNames: '<issue> is latest, an id, a word of an id or the start of one in any case (gold, 2026-03), or the path of a file, read without importing it (./saved.txt).',
	overviewNotes: [
		'In a terminal, the library and the reader are full-screen; press ? there for the keys. State (read marks, positions, bookmarks) lives in $XDG_CONFIG_HOME/bell-reader/config.json, the search index in $XDG_CACHE_HOME/bell-reader. NO_COLOR and FORCE_COLOR are honoured.',
		'Exit codes: 0 done, 1 a runtime error (an unknown issue, an unreadable archive, a search with no match), 2 a usage error.',
	],
};

const russian: Words = {
	title: 'bell-reader — читалка архивов рассылок в терминале',
	usage: 'Использование',
	commands: 'Команды',
	command: '[команда]',
	flags: 'Флаги',
	flagsPlaceholder: '[флаги]',
	noCommand: '(без команды)',
	everyCommand: 'Флаги всех команд',
	examples: 'Примеры',
	folder: 'ПАПКА',
	name: 'ИМЯ',
	seconds: 'С',
	flagText: {
		archive: 'какой архив читать (или BELL_READER_ARCHIVE); по умолчанию ваш архив в $XDG_DATA_HOME/bell-reader/archive, если в нём есть выпуски, иначе встроенный пример',
		json: 'вывод в JSON, для программ',
		format: 'text (по умолчанию), markdown (или md) или json',
		width: 'переносить текст по ширине N колонок, 10–1000, как в читалке',
		hyphenate: 'переносить длинные слова по слогам там, где строка вышла бы рваной (вместе с --width)',
		full: 'добавить после текста анонсы других выпусков и служебные пометки',
		out: 'записать по файлу на выпуск в ПАПКУ, с именем по id',
		unread: 'отметить как непрочитанный; позиция чтения забывается',
		limit: 'не больше N результатов, 1–1000 (по умолчанию 10)',
		since: 'только выпуски с даты Д (ГГГГ-ММ-ДД)',
		until: 'только выпуски по дату Д (ГГГГ-ММ-ДД)',
		sort: 'relevance (по умолчанию) или date (сначала новые)',
		'dry-run': 'показать, что будет импортировано, ничего не записывая',
		stop: 'остановить слежение за архивом',
		name: 'имя подписки (по умолчанию хост или имя папки)',
		'full-text': 'дополнять анонсы из ленты полным текстом их страниц',
		timeout: 'сколько секунд может длиться весь запрос (по умолчанию 30)',
		help: 'справка; `bell-reader help <команда>` — по одной команде',
		version: 'версия',
	},
	libraryLine: 'библиотека; вне терминала — список выпусков',
	commandLines: {
		latest: {summary: 'читать самый свежий выпуск'},
		read: {arguments: '<выпуск>', summary: 'читать один выпуск'},
		list: {summary: 'выпуски от новых к старым: id, дата, состояние, заголовок'},
		export: {arguments: '<выпуск|latest|all>', summary: 'напечатать или сохранить выпуски: текст, Markdown, JSON'},
		mark: {arguments: '<выпуск>', summary: 'отметить выпуск прочитанным (или нет)'},
		bookmarks: {summary: 'закладки по всему архиву'},
		boilerplate: {arguments: '[story|notice <n>]', summary: 'служебные блоки, выученные по архиву'},
		search: {arguments: '<запрос>', summary: 'найти выпуски по словам'},
		import: {arguments: '<путь…>', summary: 'добавить рассылки в ваш архив'},
		watch: {summary: 'следить за архивом, чтобы команды не проверяли каждый файл'},
		subscribe: {arguments: '<адрес-ленты|maildir>', summary: 'подписаться на ленту или почтовую папку'},
		subscriptions: {summary: 'подписки и итог их последней загрузки'},
		unsubscribe: {arguments: '<имя>', summary: 'отписаться; выпуски остаются'},
		fetch: {arguments: '[имя…]', summary: 'импортировать новое из подписок'},
		help: {arguments: '[команда]', summary: 'эта справка или справка по команде'},
	},
	about: {
		latest: [
			'Открывает самый свежий выпуск на весь экран терминала там, где вы остановились; клавиши — по ?. Если вывод не в терминал, печатает текст: заголовок, затем блоки текста через пустую строку.',
		],
		read: [
			'Открывает выпуск на весь экран терминала; если вывод не в терминал, печатает его текст, как latest. Файл, названный путём, читается как есть и не импортируется.',
		],
		list: [
			'Выпуски от новых к старым, по одному в строке: id, дата, состояние (unread, reading или read) и заголовок через табуляцию. Если выпусков нет, сообщает об этом в stderr.',
		],
		export: [
			'Печатает выпуск, самый свежий (latest) или все (all): по умолчанию текстом, без анонсов и пометок, если не указан --full (в JSON они есть всегда). С --out ПАПКА записывает по файлу на выпуск и печатает их пути.',
		],
		mark: [
			'Отмечает выпуск прочитанным, а с --unread — непрочитанным, как это делает читалка. <выпуск> — это latest, id, слово из id или его начало в любом регистре.',
		],
		bookmarks: [
			'Закладки всех выпусков, от новых к старым. В терминале: заголовок, место в тексте (в процентах), отрывок и заметка. Вне терминала: выпуск, место (блок:символ), дата, заголовок и отрывок через табуляцию.',
		],
		boilerplate: [
			'Показывает, что выучено по архиву: абзацы, которые повторяются в начале или конце текста трех и более выпусков одной рассылки (реклама, призыв подписаться) и уходят в служебные пометки, и короткие строки, которые повторяются как подзаголовки. У каждого — номер, в скольких выпусках, роль, источник и текст. story <n> оставляет блок n в тексте выпусков, notice <n> отменяет это.',
		],
		search: [
			'Выпуски по убыванию релевантности, с найденным в контексте. Слово находится в любой форме, по словарю (лёд найдет льда, люди — человек); регистр и ё не важны. Нужны все слова; "…" ищет фразу, слово* — начало слова, OR — любое из слов, NOT слово или -слово исключает его, скобки группируют, title:слово ищет только в заголовках. Если ничего не найдено — код выхода 1 и пустой stdout, как у grep.',
		],
		import: [
			'Добавляет рассылки в ваш архив (или --archive ПАПКА), никогда — во встроенный пример: текстовые копии страниц (.txt), Markdown, сохранённые страницы (.html), письма (.eml), почтовые ящики (mbox), ленты RSS и Atom и выгрузки Substack (папка или .zip). Папки просматриваются. Дубликаты пропускаются; код выхода 1, если что-то не удалось импортировать.',
		],
		watch: [
			'Работает, пока его не остановят (Ctrl+C, SIGTERM или `watch --stop`), и только если вы его запустили: пока он работает, команды спрашивают у него, изменилось ли что-то в архиве, и не проверяют каждый файл — на архиве из тысяч выпусков это большая часть работы list и search. Только Linux и локальные диски.',
		],
		subscribe: [
			'Подписывается на ленту http(s) (RSS, Atom или JSON Feed) или папку Maildir (с cur/, new/ и tmp/) и печатает имя подписки. Проверяется только вид источника: ничего не загружается до `fetch`. Если это ни то ни другое — код выхода 2. Повторная подписка ничего не меняет.',
		],
		subscriptions: [
			'По строке на подписку, через табуляцию: имя, источник, когда она загружалась в последний раз и с каким итогом.',
		],
		unsubscribe: [
			'Удаляет подписку; выпуски, которые она принесла, остаются в архиве.',
		],
		fetch: [
			'Загружает все подписки (или названные) и импортирует новое в ваш архив (или --archive ПАПКА), как import: те же имена, дубликаты пропускаются. Ленты запрашиваются с валидаторами прошлого ответа; письма Maildir только читаются и никуда не перемещаются. Итог — одна строка в stderr; код выхода 1, если какой-то источник не загрузился (остальные всё равно загружаются).',
		],
	},
	issueNames: '<выпуск> — это latest, id, слово из id или его начало в любом регистре (gold, 2026-03) или путь к файлу: он читается, но не импортируется (./saved.txt).',
	overviewNotes: [
		'В терминале библиотека и читалка открываются на весь экран; клавиши — по ?. Состояние (прочитанное, позиции, закладки) хранится в $XDG_CONFIG_HOME/bell-reader/config.json, поисковый индекс — в $XDG_CACHE_HOME/bell-reader. Учитываются NO_COLOR и FORCE_COLOR.',
		'Коды выхода: 0 — готово, 1 — ошибка выполнения (нет такого выпуска, архив не читается, поиск ничего не нашёл), 2 — ошибка в аргументах.',
	],
};

// Commands read the same in both languages.
const commandExamples: Record<NamedCommand, string[]> = {
	latest: ['bell-reader latest', 'bell-reader latest | head -3', 'bell-reader latest --width 60 --full | less'],
	read: ['bell-reader read gold', 'bell-reader read 2026-03 --width 72 --hyphenate', 'bell-reader read ./saved.txt'],
	list: ['bell-reader list', 'bell-reader list | grep unread', 'bell-reader list --json'],
	export: [
		'bell-reader export latest --format md > issue.md',
		'bell-reader export gold --format json',
		'bell-reader export all --format json --out ~/bell-json',
		'bell-reader export ./saved.txt --width 72',
	],
	mark: ['bell-reader mark gold', 'bell-reader mark 2026-11-20 --unread'],
	bookmarks: ['bell-reader bookmarks', 'bell-reader bookmarks | cut -f1,5', 'bell-reader bookmarks --json'],
	boilerplate: ['bell-reader boilerplate', 'bell-reader boilerplate story 2', 'bell-reader boilerplate --json'],
	search: ['bell-reader search льда', 'bell-reader search \'"ключевая ставка" OR ЦБ\' --since 2026-01-01', 'bell-reader search банк -ипотека --sort date', 'bell-reader search \'title:золото\' --json'],
	import: [
		'bell-reader import ~/Mail/thebell.mbox ~/Downloads/thebell-feed.xml',
		'bell-reader import ~/saved-pages --dry-run',
	],
	watch: ['bell-reader watch &', 'bell-reader watch --stop'],
	subscribe: ['bell-reader subscribe https://example.com/feed.xml --name bell', 'bell-reader subscribe ~/Mail/TheBell'],
	subscriptions: ['bell-reader subscriptions', 'bell-reader subscriptions --json'],
	unsubscribe: ['bell-reader unsubscribe bell'],
	fetch: ['bell-reader fetch', 'bell-reader fetch bell --timeout 10', 'bell-reader fetch --json'],
};

const overviewExamples = [
	'bell-reader latest | head -3',
	'bell-reader read gold --width 72',
	'bell-reader export latest --format md > issue.md',
	'bell-reader search \'"ключевая ставка"\' --json --limit 5',
	'bell-reader import ~/Mail/thebell.mbox',
	'bell-reader help export',
];

/** The order flags are listed in, and the placeholder each takes. */
const flagOrder: readonly FlagName[] = ['json', 'format', 'width', 'hyphenate', 'full', 'out', 'unread', 'limit', 'since', 'until', 'sort', 'dry-run', 'stop', 'name', 'full-text', 'timeout', 'archive', 'help', 'version'];

function flagLabel(flag: FlagName, words: Words): string {
	switch (flag) {
		case 'help': {
			return '-h, --help';
		}

		case 'version': {
			return '-v, --version';
		}

		case 'archive':
		case 'out': {
			return `--${flag} ${words.folder}`;
		}

		case 'format': {
			return '--format F';
		}

		case 'name': {
			return `--name ${words.name}`;
		}

		case 'timeout': {
			return `--timeout ${words.seconds}`;
		}

		case 'since':
		case 'until': {
			return `--${flag} D`;
		}

		case 'sort': {
			return '--sort S';
		}

		default: {
			return flagTypes[flag] === 'string' ? `--${flag} N` : `--${flag}`;
		}
	}
}

/** Greedy word wrap of a paragraph: the first line after `firstPrefix`, the rest after `indent`. */
function wrap(text: string, firstPrefix: string, indent: string): string[] {
	const lines: string[] = [];
	let line = firstPrefix;
	let empty = true;
	for (const word of text.split(' ')) {
		const candidate = empty ? line + word : `${line} ${word}`;
		if (!empty && [...candidate].length > lineWidth) {
			lines.push(line);
			line = indent + word;
		} else {
			line = candidate;
		}

		empty = false;
	}

	lines.push(line);
	return lines;
}

/** A label, then its description in the description column (on the next line when the label is long). */
function labelled(label: string, text: string): string[] {
	const head = `  ${label}`;
	const indent = ' '.repeat(descriptionColumn);
	if ([...head].length >= descriptionColumn - 1) {
		return [head, ...wrap(text, indent, indent)];
	}

	return wrap(text, head.padEnd(descriptionColumn), indent);
}

/** Which commands take a flag, for the overview: "list, bookmarks, search: ". */
function commandsTaking(flag: FlagName): string {
	if (globalFlags.includes(flag)) {
		return '';
	}

	const names = (Object.keys(commandSpecs) as Array<keyof typeof commandSpecs>)
		.filter(name => name !== 'library' && (commandSpecs[name].flags as readonly FlagName[]).includes(flag));
	return `${names.join(', ')}: `;
}

function section(heading: string, lines: readonly string[]): string {
	return `${heading}\n${lines.join('\n')}\n`;
}

function commandUsage(command: NamedCommand, words: Words): string {
	const {arguments: commandArguments} = words.commandLines[command];
	const flags = commandSpecs[command].flags.length > 0 ? ` ${words.flagsPlaceholder}` : '';
	return `  bell-reader ${command}${commandArguments === undefined ? '' : ` ${commandArguments}`}${flags}`;
}

function overview(words: Words): string {
	const commandRows = [
		...labelled(words.noCommand, words.libraryLine),
		...(Object.keys(words.commandLines) as Array<NamedCommand | 'help'>).flatMap(command => {
			const {arguments: commandArguments, summary} = words.commandLines[command];
			return labelled(commandArguments === undefined ? command : `${command} ${commandArguments}`, summary);
		}),
	];
	const flagRows = flagOrder.flatMap(flag => labelled(flagLabel(flag, words), commandsTaking(flag) + words.flagText[flag]));
	return [
		`${words.title}\n`,
		section(words.usage, [`  bell-reader ${words.command} ${words.flagsPlaceholder}`]),
		section(words.commands, commandRows),
		`${wrap(words.issueNames, '', '').join('\n')}\n`,
		section(words.flags, flagRows),
		section(words.examples, overviewExamples.map(example => `  $ ${example}`)),
		...words.overviewNotes.map(note => `${wrap(note, '', '').join('\n')}\n`),
	].join('\n');
}

function commandHelp(command: NamedCommand, words: Words): string {
	const own = flagOrder.filter(flag => (commandSpecs[command].flags as readonly FlagName[]).includes(flag));
	const about = words.about[command].map(paragraph => wrap(paragraph, '', '').join('\n'));
	// A file outside the archive can be read and exported, not marked.
	const takesIssue = command === 'read' || command === 'export';
	return [
		section(words.usage, [commandUsage(command, words)]),
		...about.map(paragraph => `${paragraph}\n`),
		...(takesIssue ? [`${wrap(words.issueNames, '', '').join('\n')}\n`] : []),
		...(own.length > 0 ? [section(words.flags, own.flatMap(flag => labelled(flagLabel(flag, words), words.flagText[flag])))] : []),
		section(words.everyCommand, globalFlags.flatMap(flag => labelled(flagLabel(flag, words), words.flagText[flag]))),
		section(words.examples, commandExamples[command].map(example => `  $ ${example}`)),
	].join('\n');
}

/** The whole help, or one command's. */
export function helpText(language: Language, command?: NamedCommand): string {
	const words = language === 'ru' ? russian : english;
	return command === undefined ? overview(words) : commandHelp(command, words);
}

/** One command's usage line, for the lines that follow a usage error. */
export function usageLine(language: Language, command: NamedCommand): string {
	const words = language === 'ru' ? russian : english;
	return `${words.usage}:${commandUsage(command, words).slice(1)}`;
}
