import type {FileProblem} from '../archive/file-problem.js';
import type {QueryProblem} from '../search/query-problem.js';
import type {Language} from './locale.js';

/** Everything the command line says to a person, in English and Russian. */
export type CliMessages = {
	usageLine: string;
	seeHelp: string;
	unknownCommand: (command: string) => string;
	unknownFlag: (flag: string) => string;
	flagNotForCommand: (flag: string, command: string) => string;
	flagNeedsValue: (flag: string) => string;
	missingArgument: (command: string, what: string) => string;
	unexpectedArgument: (argument: string) => string;
	badChoice: (flag: string, value: string, choices: readonly string[]) => string;
	badWidth: (value: string) => string;
	noIssues: (dir: string) => string;
	noIssueMatches: (query: string, nearest: readonly string[]) => string;
	severalIssuesMatch: (query: string, ids: readonly string[]) => string;
	cannotReadArchive: (dir: string, code: string) => string;
	skippedFile: (file: string, problem: FileProblem) => string;
	markedRead: (id: string) => string;
	markedUnread: (id: string) => string;
	wroteFiles: (count: number, dir: string) => string;
	cannotWrite: (file: string, code: string) => string;
	unexpectedError: (message: string) => string;
	badLimit: (value: string, max: number) => string;
	badQuery: (query: string, problem: QueryProblem) => string;
	noSearchResults: (query: string) => string;
	searchFallback: (reason: string) => string;
	searchEngineForced: string;
	searchIndexRebuilt: (reason: 'corrupt' | 'outdated') => string;
	searchIndexing: string;
	cannotUseSearchIndex: (dir: string, code: string) => string;
};

const englishErrno: Record<string, string> = {
	ENOENT: 'no such file or folder',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	ENOTDIR: 'not a folder',
	EISDIR: 'a folder, not a file',
	ELOOP: 'too many symbolic links',
	ENOSPC: 'no space left on the disk',
	EROFS: 'read-only file system',
	EMFILE: 'too many open files',
};

const russianErrno: Record<string, string> = {
	ENOENT: 'нет такого файла или папки',
	EACCES: 'нет доступа',
	EPERM: 'нет доступа',
	ENOTDIR: 'это не папка',
	EISDIR: 'это папка, а не файл',
	ELOOP: 'слишком много символических ссылок',
	ENOSPC: 'на диске нет места',
	EROFS: 'файловая система только для чтения',
	EMFILE: 'слишком много открытых файлов',
};

function plural(count: number, one: string, few: string, many: string): string {
	const lastTwo = count % 100;
	const last = count % 10;
	if (lastTwo >= 11 && lastTwo <= 14) {
		return many;
	}

	return last === 1 ? one : last >= 2 && last <= 4 ? few : many;
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

		case 'bad-front-matter': {
			return `bad front matter: ${problem.detail}`;
		}

		case 'unreadable': {
			return `unreadable: ${englishErrno[problem.detail] ?? problem.detail}`;
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

		case 'bad-front-matter': {
			return `ошибка в заголовке YAML: ${problem.detail}`;
		}

		case 'unreadable': {
			return `не читается: ${russianErrno[problem.detail] ?? problem.detail}`;
		}

		case 'duplicate-id': {
			return `тот же id «${problem.id}», что у ${problem.other}`;
		}
	}
}

const english: CliMessages = {
	usageLine: 'Usage: bell-reader [list|latest|read <issue>|export <issue|latest|all>|mark <issue>|bookmarks|search <query>|import <path…>] [flags]',
	seeHelp: 'Run `bell-reader --help` for commands, flags and examples.',
	unknownCommand: command => `unknown command "${command}"`,
	unknownFlag: flag => `unknown flag ${flag}`,
	flagNotForCommand: (flag, command) => `${flag} does not apply to ${command}`,
	flagNeedsValue: flag => `${flag} needs a value`,
	missingArgument: (command, what) => `${command} needs ${what}`,
	unexpectedArgument: argument => `unexpected argument "${argument}"`,
	badChoice: (flag, value, choices) => `${flag} must be one of ${choices.join(', ')}, not "${value}"`,
	badWidth: value => `--width must be a whole number from 10 to 1000, not "${value}"`,
	noIssues: dir => `the archive ${dir} holds no issues`,
	noIssueMatches: (query, nearest) => `no issue matches "${query}"${nearest.length > 0 ? `; nearest: ${nearest.join(', ')}` : '; see `bell-reader list`'}`,
	severalIssuesMatch: (query, ids) => `"${query}" matches ${ids.length} issues: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''}; type more of the id`,
	cannotReadArchive: (dir, code) => `cannot read the archive ${dir}: ${englishErrno[code] ?? code}`,
	skippedFile: (file, problem) => `skipped ${file}: ${englishProblem(problem)}`,
	markedRead: id => `${id}: read`,
	markedUnread: id => `${id}: unread`,
	wroteFiles: (count, dir) => `wrote ${count} ${count === 1 ? 'file' : 'files'} to ${dir}`,
	cannotWrite: (file, code) => `cannot write ${file}: ${englishErrno[code] ?? code}`,
	unexpectedError: message => `unexpected error: ${message}`,
	badLimit: (value, max) => `--limit must be a whole number from 1 to ${max}, not "${value}"`,
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
		}
	},
	noSearchResults: query => `no issues match "${query}"`,
	searchFallback: reason => `SQLite could not be loaded (${reason}); searching with the slower built-in engine`,
	searchEngineForced: 'searching with the built-in engine (BELL_READER_SEARCH_ENGINE=builtin)',
	searchIndexRebuilt: reason => reason === 'corrupt' ? 'the search index was damaged; rebuilt it' : 'the search index was from an older version; rebuilt it',
	searchIndexing: 'indexing',
	cannotUseSearchIndex: (dir, code) => `cannot keep the search index in ${dir}: ${englishErrno[code] ?? code}`,
};

const russian: CliMessages = {
	usageLine: 'Использование: bell-reader [list|latest|read <выпуск>|export <выпуск|latest|all>|mark <выпуск>|bookmarks|search <запрос>|import <путь…>] [флаги]',
	seeHelp: 'Команды, флаги и примеры: `bell-reader --help`.',
	unknownCommand: command => `неизвестная команда «${command}»`,
	unknownFlag: flag => `неизвестный флаг ${flag}`,
	flagNotForCommand: (flag, command) => `флаг ${flag} не относится к команде ${command}`,
	flagNeedsValue: flag => `флагу ${flag} нужно значение`,
	missingArgument: (command, what) => `команде ${command} нужен аргумент: ${what}`,
	unexpectedArgument: argument => `лишний аргумент «${argument}»`,
	badChoice: (flag, value, choices) => `${flag}: «${value}» — допустимо ${choices.join(', ')}`,
	badWidth: value => `--width: нужно целое число от 10 до 1000, а не «${value}»`,
	noIssues: dir => `в архиве ${dir} нет выпусков`,
	noIssueMatches: (query, nearest) => `нет выпуска «${query}»${nearest.length > 0 ? `; похожие: ${nearest.join(', ')}` : '; список: `bell-reader list`'}`,
	severalIssuesMatch: (query, ids) => `«${query}» подходит к ${ids.length} ${plural(ids.length, 'выпуску', 'выпускам', 'выпускам')}: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ` и ещё ${ids.length - 5}` : ''}; уточните`,
	cannotReadArchive: (dir, code) => `не удалось прочитать архив ${dir}: ${russianErrno[code] ?? code}`,
	skippedFile: (file, problem) => `пропущен ${file}: ${russianProblem(problem)}`,
	markedRead: id => `${id}: прочитан`,
	markedUnread: id => `${id}: не прочитан`,
	wroteFiles: (count, dir) => `${count} ${plural(count, 'файл записан', 'файла записано', 'файлов записано')} в ${dir}`,
	cannotWrite: (file, code) => `не удалось записать ${file}: ${russianErrno[code] ?? code}`,
	unexpectedError: message => `непредвиденная ошибка: ${message}`,
	badLimit: (value, max) => `--limit: нужно целое число от 1 до ${max}, а не «${value}»`,
	badQuery(query, problem) {
		switch (problem.kind) {
			case 'empty': {
				return 'пустой поисковый запрос';
			}

			case 'no-words': {
				return `в запросе «${query}» нечего искать: нужны буквы или цифры`;
			}

			case 'too-many-words': {
				return `слишком длинный запрос: не больше ${problem.max} ${plural(problem.max, 'слова', 'слов', 'слов')}`;
			}
		}
	},
	noSearchResults: query => `по запросу «${query}» ничего не найдено`,
	searchFallback: reason => `SQLite не загрузился (${reason}); ищет встроенный поиск, он медленнее`,
	searchEngineForced: 'ищет встроенный поиск (BELL_READER_SEARCH_ENGINE=builtin)',
	searchIndexRebuilt: reason => reason === 'corrupt' ? 'поисковый индекс был повреждён и построен заново' : 'поисковый индекс был от старой версии и построен заново',
	searchIndexing: 'индексация',
	cannotUseSearchIndex: (dir, code) => `не удалось сохранить поисковый индекс в ${dir}: ${russianErrno[code] ?? code}`,
};

export function cliMessages(language: Language): CliMessages {
	return language === 'ru' ? russian : english;
}
