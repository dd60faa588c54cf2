import type {FileProblem} from '../archive/file-problem.js';
import type {DuplicateReason} from '../import/duplicate-key.js';
import type {ImportProblem} from '../import/issue-draft.js';
import type {QueryProblem} from '../search/query-problem.js';
import type {SyntaxProblem} from '../search/query-syntax.js';
import {errnoWords} from './errno-words.js';
import type {Language} from './locale.js';
import {russianPlural} from './russian-plural.js';

/** Everything the command line says to a person, in English and Russian. */
export type CliMessages = {
	usageLine: string;
	seeHelp: string;
	seeCommandHelp: (command: string) => string;
	unknownCommand: (command: string, guess: string | undefined) => string;
	unknownFlag: (flag: string, guess: string | undefined) => string;
	flagNotForCommand: (flag: string, command: string) => string;
	flagNeedsValue: (flag: string) => string;
	flagTakesNoValue: (flag: string) => string;
	missingArgument: (command: string, what: string) => string;
	unexpectedArgument: (argument: string) => string;
	badChoice: (flag: string, value: string, choices: readonly string[]) => string;
	badWidth: (value: string, min: number, max: number) => string;
	hyphenateNeedsWidth: string;
	noIssues: (dir: string) => string;
	noBookmarks: string;
	bookmarkedIssueGone: (id: string) => string;
	noIssueMatches: (query: string, nearest: readonly string[]) => string;
	severalIssuesMatch: (query: string, ids: readonly string[]) => string;
	cannotReadArchive: (dir: string, code: string) => string;
	skippedFile: (file: string, problem: FileProblem) => string;
	notAnIssueFile: (file: string) => string;
	cannotReadIssueFile: (file: string, problem: FileProblem) => string;
	markedRead: (id: string) => string;
	markedUnread: (id: string) => string;
	wroteFiles: (count: number, dir: string) => string;
	cannotWrite: (file: string, code: string) => string;
	cannotUse: (file: string, code: string) => string;
	newerState: (file: string, schema: number, supported: number) => string;
	lockHeld: (lockPath: string) => string;
	unexpectedError: (message: string) => string;
	needsTerminalInput: string;
	importFailed: (input: string, problem: ImportProblem) => string;
	importProblem: (problem: ImportProblem) => string;
	importDuplicate: (input: string, reason: DuplicateReason, of: string) => string;
	importSummary: (counts: {imported: number; duplicates: number; failed: number}, archive: string, dryRun: boolean) => string;
	badLimit: (value: string, max: number) => string;
	badQuery: (query: string, problem: QueryProblem) => string;
	badDate: (flag: string, value: string) => string;
	noSearchResults: (query: string) => string;
	searchFallback: (reason: string) => string;
	searchEngineForced: string;
	searchIndexRebuilt: (reason: 'corrupt' | 'outdated') => string;
	searchIndexing: string;
	/** Labels the progress bar while the archive's files are first read. */
	readingArchive: string;
	cannotUseSearchIndex: (dir: string, code: string) => string;
	watching: (dir: string) => string;
	watchStopped: (dir: string) => string;
	alreadyWatched: (dir: string, pid: number) => string;
	cannotWatch: (dir: string) => string;
	watchNeedsLinux: string;
	watchNeedsLocalDisk: (dir: string) => string;
	stoppedWatcher: (dir: string) => string;
	noWatcher: (dir: string) => string;
	badTimeout: (value: string, max: number) => string;
	badSubscriptionName: (value: string) => string;
	badBoilerplateAction: (action: string) => string;
	noLearnedBlock: (which: string, count: number) => string;
	learnedBlockChosen: (number: number, role: 'story' | 'notice', text: string) => string;
};

/** A block's first words, for a one-line message. */
function opening(text: string): string {
	return text.length <= 60 ? text : `${text.slice(0, text.lastIndexOf(' ', 60) > 0 ? text.lastIndexOf(' ', 60) : 60)}…`;
}

function englishProblem(problem: FileProblem): string {
	switch (problem.kind) {
		case 'empty': {
			return 'the file is empty';
		}

		case 'too-large': {
			return `larger than ${problem.limitMegabytes} MB`;
		}

		case 'binary': {
			return 'binary data, not text';
		}

		case 'no-text': {
			return 'no text in it';
		}

		case 'no-story': {
			return 'no story, only boilerplate';
		}

		case 'not-an-issue': {
			return {'landing-page': 'not an issue: a subscription landing page', listing: 'not an issue: a listing of several articles', channel: 'not an issue: a channel page (Telegram)'}[problem.shape];
		}

		case 'bad-front-matter': {
			return `bad front matter: ${problem.detail}`;
		}

		case 'unreadable': {
			return `unreadable: ${errnoWords(problem.detail, 'en')}`;
		}

		case 'duplicate-id': {
			return `same id "${problem.id}" as ${problem.other}`;
		}
	}
}

function russianProblem(problem: FileProblem): string {
	switch (problem.kind) {
		case 'empty': {
			return 'файл пуст';
		}

		case 'too-large': {
			return `больше ${problem.limitMegabytes} МБ`;
		}

		case 'binary': {
			return 'двоичные данные, а не текст';
		}

		case 'no-text': {
			return 'в нём нет текста';
		}

		case 'no-story': {
			return 'нет текста выпуска, только служебные строки';
		}

		case 'not-an-issue': {
			return {'landing-page': 'не выпуск: страница с тарифами подписки', listing: 'не выпуск: список из нескольких статей', channel: 'не выпуск: страница канала (Telegram)'}[problem.shape];
		}

		case 'bad-front-matter': {
			return `ошибка в заголовке YAML: ${problem.detail}`;
		}

		case 'unreadable': {
			return `не читается: ${errnoWords(problem.detail, 'ru')}`;
		}

		case 'duplicate-id': {
			return `тот же id «${problem.id}», что у ${problem.other}`;
		}
	}
}

function englishImportProblem(problem: ImportProblem): string {
	switch (problem.kind) {
		case 'empty':
		case 'too-large':
		case 'binary':
		case 'bad-front-matter':
		case 'not-an-issue':
		case 'unreadable': {
			// The same reasons as for a file in the archive.
			return englishProblem(problem);
		}

		case 'missing': {
			return 'no such file or folder';
		}

		case 'unsupported': {
			return `not a format import reads (${problem.extension || 'no extension'}); it reads .txt, .md, .html, .eml, mbox, RSS/Atom feeds and Substack exports`;
		}

		case 'malformed-xml': {
			return `malformed XML at line ${problem.line}: ${problem.detail}`;
		}

		case 'malformed-json': {
			return `malformed JSON: ${problem.detail}`;
		}

		case 'not-a-feed': {
			return 'not an RSS, Atom or JSON feed';
		}

		case 'empty-feed': {
			return 'the feed has no items';
		}

		case 'not-a-mail': {
			return 'not an e-mail: no mail headers';
		}

		case 'truncated-mail': {
			return 'the e-mail is cut short: a MIME part never ends';
		}

		case 'malformed-mail': {
			return `malformed e-mail: ${problem.detail}`;
		}

		case 'no-body': {
			return 'the e-mail has no text or HTML body';
		}

		case 'bad-zip': {
			return `not a readable zip archive: ${problem.detail}`;
		}

		case 'zip-too-large': {
			return `the zip unpacks to more than ${problem.limitMegabytes} MB`;
		}

		case 'not-substack': {
			return 'no posts.csv in it: not a Substack export';
		}

		case 'substack-post-missing': {
			return `the export lists the post but has no ${problem.file}`;
		}

		case 'draft-post': {
			return 'an unpublished draft';
		}

		case 'no-title': {
			return 'not an issue: no title';
		}

		case 'no-story': {
			return 'not an issue: no story, only boilerplate';
		}

		case 'too-short': {
			return `not an issue: only ${problem.characters} characters of text`;
		}

		case 'listing': {
			return 'not an issue: a listing of several articles';
		}

		case 'mostly-links': {
			return 'not an issue: mostly links (a landing page or a table of contents)';
		}

		case 'channel': {
			return 'not an issue: a channel page (Telegram, YouTube …)';
		}

		case 'malformed': {
			return `cannot be read: ${problem.detail}`;
		}

		case 'write-failed': {
			return `cannot be written: ${errnoWords(problem.code, 'en')}`;
		}
	}
}

function russianImportProblem(problem: ImportProblem): string {
	switch (problem.kind) {
		case 'empty':
		case 'too-large':
		case 'binary':
		case 'bad-front-matter':
		case 'not-an-issue':
		case 'unreadable': {
			// The same reasons as for a file in the archive.
			return russianProblem(problem);
		}

		case 'missing': {
			return 'нет такого файла или папки';
		}

		case 'unsupported': {
			return `такой формат не импортируется (${problem.extension || 'без расширения'}); читаются .txt, .md, .html, .eml, mbox, ленты RSS/Atom и выгрузки Substack`;
		}

		case 'malformed-xml': {
			return `испорченный XML в строке ${problem.line}: ${problem.detail}`;
		}

		case 'malformed-json': {
			return `испорченный JSON: ${problem.detail}`;
		}

		case 'not-a-feed': {
			return 'не лента RSS, Atom или JSON Feed';
		}

		case 'empty-feed': {
			return 'в ленте нет записей';
		}

		case 'not-a-mail': {
			return 'не письмо: нет почтовых заголовков';
		}

		case 'truncated-mail': {
			return 'письмо обрезано: часть MIME не закончена';
		}

		case 'malformed-mail': {
			return `испорченное письмо: ${problem.detail}`;
		}

		case 'no-body': {
			return 'в письме нет ни текста, ни HTML';
		}

		case 'bad-zip': {
			return `архив zip не читается: ${problem.detail}`;
		}

		case 'zip-too-large': {
			return `zip распаковывается больше чем в ${problem.limitMegabytes} МБ`;
		}

		case 'not-substack': {
			return 'в нём нет posts.csv: это не выгрузка Substack';
		}

		case 'substack-post-missing': {
			return `пост есть в списке, но нет файла ${problem.file}`;
		}

		case 'draft-post': {
			return 'неопубликованный черновик';
		}

		case 'no-title': {
			return 'не выпуск: нет заголовка';
		}

		case 'no-story': {
			return 'не выпуск: нет текста, только служебные строки';
		}

		case 'too-short': {
			return `не выпуск: всего ${problem.characters} ${russianPlural(problem.characters, 'символ', 'символа', 'символов')} текста`;
		}

		case 'listing': {
			return 'не выпуск: список из нескольких статей';
		}

		case 'mostly-links': {
			return 'не выпуск: почти одни ссылки (посадочная страница или оглавление)';
		}

		case 'channel': {
			return 'не выпуск: страница канала (Telegram, YouTube …)';
		}

		case 'malformed': {
			return `не читается: ${problem.detail}`;
		}

		case 'write-failed': {
			return `не удалось записать: ${errnoWords(problem.code, 'ru')}`;
		}
	}
}

const englishDuplicateReasons: Record<DuplicateReason, string> = {
	'same-url': 'same address',
	'same-title-and-date': 'same title and date',
	'same-text': 'same text',
};

const russianDuplicateReasons: Record<DuplicateReason, string> = {
	'same-url': 'тот же адрес',
	'same-title-and-date': 'тот же заголовок и дата',
	'same-text': 'тот же текст',
};

function englishSyntaxProblem(problem: SyntaxProblem): string {
	switch (problem.kind) {
		case 'unclosed-quote': {
			return 'this quote is never closed';
		}

		case 'unclosed-parenthesis': {
			return 'this "(" is never closed';
		}

		case 'unexpected-parenthesis': {
			return 'a ")" without its "("';
		}

		case 'missing-operand': {
			return problem.operator === '()' ? 'nothing between the parentheses' : `${problem.operator ?? ''} needs a word to apply to`;
		}

		case 'only-excluded': {
			return 'the query only excludes words; add a word to find';
		}
	}
}

function russianSyntaxProblem(problem: SyntaxProblem): string {
	switch (problem.kind) {
		case 'unclosed-quote': {
			return 'кавычка не закрыта';
		}

		case 'unclosed-parenthesis': {
			return 'скобка «(» не закрыта';
		}

		case 'unexpected-parenthesis': {
			return 'лишняя скобка «)»';
		}

		case 'missing-operand': {
			return problem.operator === '()' ? 'между скобками ничего нет' : `после ${problem.operator ?? ''} нужно слово`;
		}

		case 'only-excluded': {
			return 'запрос только исключает слова; добавьте слово, которое нужно найти';
		}
	}
}

const english: CliMessages = {
	usageLine: 'Usage: bell-reader [command] [flags]',
	seeHelp: 'Run `bell-reader --help` for commands, flags and examples.',
	seeCommandHelp: command => `Run \`bell-reader help ${command}\` for its flags and examples.`,
	unknownCommand: (command, guess) => `unknown command "${command}"${guess === undefined ? '' : `; did you mean "${guess}"?`}`,
	unknownFlag: (flag, guess) => `unknown flag ${flag}${guess === undefined ? '' : `; did you mean ${guess}?`}`,
	flagNotForCommand: (flag, command) => `${flag} does not apply to ${command}`,
	flagNeedsValue: flag => `${flag} needs a value`,
	flagTakesNoValue: flag => `${flag} takes no value`,
	missingArgument: (command, what) => `${command} needs ${what}`,
	unexpectedArgument: argument => `unexpected argument "${argument}"`,
	badChoice: (flag, value, choices) => `${flag} must be one of ${choices.join(', ')}, not "${value}"`,
	badWidth: (value, min, max) => `--width must be a whole number from ${min} to ${max}, not "${value}"`,
	hyphenateNeedsWidth: '--hyphenate goes with --width N: without a width nothing is wrapped',
	noIssues: dir => `the archive ${dir} holds no issues yet; add some with \`bell-reader import <path…>\``,
	bookmarkedIssueGone: id => `${id} (no longer in the archive)`,
	noBookmarks: 'no bookmarks yet; in the reader (`bell-reader latest`), m sets one where you are',
	noIssueMatches: (query, nearest) => `no issue matches "${query}"${nearest.length > 0 ? `; nearest: ${nearest.join(', ')}` : '; see `bell-reader list`'}`,
	severalIssuesMatch: (query, ids) => `"${query}" matches ${ids.length} issues: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}; type more of the id`,
	cannotReadArchive: (dir, code) => `cannot read the archive ${dir}: ${errnoWords(code, 'en')}`,
	skippedFile: (file, problem) => `skipped ${file}: ${englishProblem(problem)}`,
	notAnIssueFile: file => `cannot read ${file}: an issue is a .txt, .md or .markdown file; \`bell-reader import ${file}\` reads other formats`,
	cannotReadIssueFile: (file, problem) => `cannot read ${file}: ${problem.kind === 'unreadable' ? errnoWords(problem.detail, 'en') : englishProblem(problem)}`,
	markedRead: id => `${id}: read`,
	markedUnread: id => `${id}: unread`,
	wroteFiles: (count, dir) => `wrote ${count} ${count === 1 ? 'file' : 'files'} to ${dir}`,
	cannotWrite: (file, code) => `cannot write ${file}: ${errnoWords(code, 'en')}`,
	cannotUse: (file, code) => `cannot use ${file}: ${errnoWords(code, 'en')}`,
	newerState: (file, schema, supported) => `${file} was written by a newer bell-reader (state version ${schema}; this one reads up to ${supported}): upgrade bell-reader`,
	lockHeld: lockPath => `${lockPath} is held by another bell-reader; try again, or remove it if none is running`,
	unexpectedError: message => `unexpected error: ${message}`,
	needsTerminalInput: 'the reader needs a terminal on stdin, and stdin is redirected; to print instead, redirect stdout too (bell-reader latest | less)',
	importFailed: (input, problem) => `failed ${input}: ${englishImportProblem(problem)}`,
	importProblem: englishImportProblem,
	importDuplicate: (input, reason, of) => `duplicate ${input}: ${englishDuplicateReasons[reason]} as ${of}`,
	importSummary: ({imported, duplicates, failed}, archive, dryRun) =>
		`${dryRun ? 'would import' : 'imported'} ${imported}, duplicates ${duplicates}, failed ${failed}${dryRun ? ' (dry run, nothing written)' : ''} — ${archive}`,
	badLimit: (value, max) => `--limit must be a whole number from 1 to ${max}, not "${value}"`,
	badDate: (flag, value) => `${flag} must be a date written YYYY-MM-DD, not "${value}"`,
	badQuery(query, problem) {
		switch (problem.kind) {
			case 'empty': {
				return 'the search query is empty';
			}

			case 'no-words': {
				return `nothing to search for in "${query}": a query needs letters or digits`;
			}

			case 'too-many-words': {
				return `the search query is too long: at most ${problem.max} words`;
			}

			case 'syntax': {
				return `bad search query at character ${problem.syntax.at + 1}: ${englishSyntaxProblem(problem.syntax)}`;
			}
		}
	},
	noSearchResults: query => `no issues match "${query}"`,
	searchFallback: reason => `SQLite could not be loaded (${reason}); searching with the slower built-in engine`,
	searchEngineForced: 'searching with the built-in engine (BELL_READER_SEARCH_ENGINE=builtin)',
	searchIndexRebuilt: reason => reason === 'corrupt' ? 'the search index was damaged; rebuilt it' : 'the search index was from an older version; rebuilt it',
	searchIndexing: 'indexing',
	readingArchive: 'reading the archive',
	cannotUseSearchIndex: (dir, code) => `cannot keep the search index in ${dir}: ${errnoWords(code, 'en')}`,
	watching: dir => `watching ${dir}: commands trust their caches while nothing changes; Ctrl+C or \`bell-reader watch --stop\` stops`,
	watchStopped: dir => `stopped watching ${dir}`,
	alreadyWatched: (dir, pid) => `${dir} is already watched (process ${pid})`,
	cannotWatch: dir => `cannot watch ${dir}: the system does not report its changes (too many watches, or the folder went away)`,
	watchNeedsLinux: 'the archive watcher needs Linux (inotify); elsewhere every command checks every file',
	watchNeedsLocalDisk: dir => `cannot watch ${dir}: it is not on a local disk, whose changes the system would report`,
	stoppedWatcher: dir => `told the watcher of ${dir} to stop`,
	noWatcher: dir => `no watcher runs for ${dir}`,
	badTimeout: (value, max) => `--timeout must be a number of seconds above 0 and at most ${max}, not "${value}"`,
	badSubscriptionName: value => `--name must be one word without spaces or slashes, not "${value}"`,
	badBoilerplateAction: action => `boilerplate takes story <n> or notice <n>, not "${action}"`,
	noLearnedBlock: (which, count) => (count === 0 ? 'nothing has been learned from the archive yet' : `no learned block "${which}": blocks are numbered 1 to ${count} (see \`bell-reader boilerplate\`)`),
	learnedBlockChosen: (number, role, text) => (role === 'story' ? `block ${number} stays in the stories: "${opening(text)}"` : `block ${number} leaves the stories again: "${opening(text)}"`),
};

const russian: CliMessages = {
	usageLine: 'Использование: bell-reader [команда] [флаги]',
	seeHelp: 'Команды, флаги и примеры: `bell-reader --help`.',
	seeCommandHelp: command => `Флаги и примеры команды: \`bell-reader help ${command}\`.`,
	unknownCommand: (command, guess) => `неизвестная команда «${command}»${guess === undefined ? '' : `; может быть, «${guess}»?`}`,
	unknownFlag: (flag, guess) => `неизвестный флаг ${flag}${guess === undefined ? '' : `; может быть, ${guess}?`}`,
	flagNotForCommand: (flag, command) => `флаг ${flag} не относится к команде ${command}`,
	flagNeedsValue: flag => `флагу ${flag} нужно значение`,
	flagTakesNoValue: flag => `флаг ${flag} не принимает значения`,
	missingArgument: (command, what) => `команде ${command} нужен аргумент: ${what}`,
	unexpectedArgument: argument => `лишний аргумент «${argument}»`,
	badChoice: (flag, value, choices) => `${flag}: «${value}» — допустимо ${choices.join(', ')}`,
	badWidth: (value, min, max) => `--width: нужно целое число от ${min} до ${max}, а не «${value}»`,
	hyphenateNeedsWidth: '--hyphenate работает вместе с --width N: без ширины строки не переносятся',
	noIssues: dir => `в архиве ${dir} пока нет выпусков; добавьте их: \`bell-reader import <путь…>\``,
	bookmarkedIssueGone: id => `${id} (этого выпуска больше нет в архиве)`,
	noBookmarks: 'закладок пока нет; в читалке (`bell-reader latest`) клавиша m ставит закладку там, где вы читаете',
	noIssueMatches: (query, nearest) => `нет выпуска «${query}»${nearest.length > 0 ? `; похожие: ${nearest.join(', ')}` : '; список: `bell-reader list`'}`,
	severalIssuesMatch: (query, ids) => `«${query}» подходит к ${ids.length} ${russianPlural(ids.length, 'выпуску', 'выпускам', 'выпускам')}: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` и ещё ${ids.length - 5}` : ''}; уточните`,
	cannotReadArchive: (dir, code) => `не удалось прочитать архив ${dir}: ${errnoWords(code, 'ru')}`,
	skippedFile: (file, problem) => `пропущен ${file}: ${russianProblem(problem)}`,
	notAnIssueFile: file => `не удалось прочитать ${file}: выпуск — это файл .txt, .md или .markdown; другие форматы читает \`bell-reader import ${file}\``,
	cannotReadIssueFile: (file, problem) => `не удалось прочитать ${file}: ${problem.kind === 'unreadable' ? errnoWords(problem.detail, 'ru') : russianProblem(problem)}`,
	markedRead: id => `${id}: прочитан`,
	markedUnread: id => `${id}: не прочитан`,
	wroteFiles: (count, dir) => `${count} ${russianPlural(count, 'файл записан', 'файла записано', 'файлов записано')} в ${dir}`,
	cannotWrite: (file, code) => `не удалось записать ${file}: ${errnoWords(code, 'ru')}`,
	cannotUse: (file, code) => `не удалось открыть ${file}: ${errnoWords(code, 'ru')}`,
	newerState: (file, schema, supported) => `${file} записан более новой версией bell-reader (версия состояния ${schema}, эта читает до ${supported}): обновите bell-reader`,
	lockHeld: lockPath => `${lockPath} занят другим bell-reader; попробуйте ещё раз или удалите этот файл, если bell-reader не запущен`,
	unexpectedError: message => `непредвиденная ошибка: ${message}`,
	needsTerminalInput: 'для чтения нужен терминал на stdin, а он перенаправлен; чтобы напечатать текст, перенаправьте и stdout (bell-reader latest | less)',
	importFailed: (input, problem) => `не импортирован ${input}: ${russianImportProblem(problem)}`,
	importProblem: russianImportProblem,
	importDuplicate: (input, reason, of) => `дубликат ${input}: ${russianDuplicateReasons[reason]}, что у ${of}`,
	importSummary: ({imported, duplicates, failed}, archive, dryRun) =>
		`${dryRun ? 'будет импортировано' : 'импортировано'}: ${imported}, дубликатов: ${duplicates}, ошибок: ${failed}${dryRun ? ' (пробный запуск, ничего не записано)' : ''} — ${archive}`,
	badLimit: (value, max) => `--limit: нужно целое число от 1 до ${max}, а не «${value}»`,
	badDate: (flag, value) => `${flag}: нужна дата в виде ГГГГ-ММ-ДД, а не «${value}»`,
	badQuery(query, problem) {
		switch (problem.kind) {
			case 'empty': {
				return 'пустой поисковый запрос';
			}

			case 'no-words': {
				return `в запросе «${query}» нечего искать: нужны буквы или цифры`;
			}

			case 'too-many-words': {
				return `слишком длинный запрос: не больше ${problem.max} ${russianPlural(problem.max, 'слова', 'слов', 'слов')}`;
			}

			case 'syntax': {
				return `ошибка в запросе, символ ${problem.syntax.at + 1}: ${russianSyntaxProblem(problem.syntax)}`;
			}
		}
	},
	noSearchResults: query => `по запросу «${query}» ничего не найдено`,
	searchFallback: reason => `SQLite не загрузился (${reason}); ищет встроенный поиск, он медленнее`,
	searchEngineForced: 'ищет встроенный поиск (BELL_READER_SEARCH_ENGINE=builtin)',
	searchIndexRebuilt: reason => reason === 'corrupt' ? 'поисковый индекс был повреждён и построен заново' : 'поисковый индекс был от старой версии и построен заново',
	searchIndexing: 'индексация',
	readingArchive: 'чтение архива',
	cannotUseSearchIndex: (dir, code) => `не удалось сохранить поисковый индекс в ${dir}: ${errnoWords(code, 'ru')}`,
	watching: dir => `слежу за ${dir}: пока ничего не меняется, команды верят своим кэшам; остановить — Ctrl+C или \`bell-reader watch --stop\``,
	watchStopped: dir => `больше не слежу за ${dir}`,
	alreadyWatched: (dir, pid) => `за ${dir} уже следит процесс ${pid}`,
	cannotWatch: dir => `не могу следить за ${dir}: система не сообщает о его изменениях (слишком много наблюдений или папки больше нет)`,
	watchNeedsLinux: 'слежение за архивом работает только в Linux (inotify); в других системах команды проверяют каждый файл',
	watchNeedsLocalDisk: dir => `не могу следить за ${dir}: он не на локальном диске, об изменениях на котором сообщает система`,
	stoppedWatcher: dir => `слежение за ${dir} остановлено`,
	noWatcher: dir => `за ${dir} никто не следит`,
	badTimeout: (value, max) => `--timeout — число секунд больше 0 и не больше ${max}, а не «${value}»`,
	badSubscriptionName: value => `--name — одно слово без пробелов и косых черт, а не «${value}»`,
	badBoilerplateAction: action => `boilerplate принимает story <n> или notice <n>, а не «${action}»`,
	noLearnedBlock: (which, count) => (count === 0 ? 'из архива пока ничего не выучено' : `нет выученного блока «${which}»: блоки пронумерованы от 1 до ${count} (см. \`bell-reader boilerplate\`)`),
	learnedBlockChosen: (number, role, text) => (role === 'story' ? `блок ${number} остается в тексте выпусков: «${opening(text)}»` : `блок ${number} снова уходит из текста выпусков: «${opening(text)}»`),
};

export function cliMessages(language: Language): CliMessages {
	return language === 'ru' ? russian : english;
}
