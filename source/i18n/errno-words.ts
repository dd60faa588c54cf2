import type {Language} from './locale.js';

/**
 * What a file system error code means, in words a reader understands. The codes a person
 * can cause (a wrong path, a protected or full disk) are spelled out; any other code is
 * named only in parentheses after plain words, and a text that is not a code (a library's
 * own message) is passed through.
 */

type Words = {en: string; ru: string};

const knownCodes: Record<string, Words> = {
	ENOENT: {en: 'no such file or folder', ru: 'нет такого файла или папки'},
	EACCES: {en: 'permission denied', ru: 'нет доступа'},
	EPERM: {en: 'permission denied', ru: 'нет доступа'},
	ENOTDIR: {en: 'not a folder', ru: 'это не папка'},
	EISDIR: {en: 'a folder, not a file', ru: 'это папка, а не файл'},
	EEXIST: {en: 'already exists', ru: 'уже существует'},
	ENOTEMPTY: {en: 'the folder is not empty', ru: 'папка не пуста'},
	ENOSPC: {en: 'no space left on the disk', ru: 'на диске нет места'},
	EDQUOT: {en: 'disk quota exceeded', ru: 'превышена дисковая квота'},
	EFBIG: {en: 'the file is too large', ru: 'файл слишком велик'},
	EROFS: {en: 'read-only file system', ru: 'файловая система только для чтения'},
	ELOOP: {en: 'too many symbolic links', ru: 'слишком много символических ссылок'},
	ENAMETOOLONG: {en: 'the name is too long', ru: 'слишком длинное имя'},
	EMFILE: {en: 'too many open files', ru: 'слишком много открытых файлов'},
	ENFILE: {en: 'too many open files', ru: 'слишком много открытых файлов'},
	EBUSY: {en: 'busy: in use by another program', ru: 'занято другой программой'},
	ETXTBSY: {en: 'busy: in use by another program', ru: 'занято другой программой'},
	EIO: {en: 'input/output error (a failing disk?)', ru: 'ошибка ввода-вывода (сбой диска?)'},
	EXDEV: {en: 'on another disk', ru: 'на другом диске'},
	EAGAIN: {en: 'temporarily unavailable', ru: 'временно недоступно'},
	ENOTREGULAR: {en: 'not a regular file', ru: 'это не обычный файл'},
	EOUTSIDE: {en: 'the name would lead outside the folder', ru: 'имя ведёт за пределы папки'},
};

const otherCode: Words = {en: 'a system error', ru: 'системная ошибка'};

/** `errnoWords('EACCES', 'en')` is "permission denied"; an unknown code reads "a system error (EXYZ)". */
export function errnoWords(code: string, language: Language): string {
	const words = knownCodes[code];
	if (words !== undefined) {
		return words[language];
	}

	return /^E[A-Z\d]+$/u.test(code) ? `${otherCode[language]} (${code})` : code;
}
