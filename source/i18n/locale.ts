/** The UI speaks Russian when the locale is Russian and English otherwise. */
export type Language = 'ru' | 'en';

/** POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG. LANGUAGE lists preferences. */
export function languageOf(env: NodeJS.ProcessEnv): Language {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
	const preferred = env.LANGUAGE?.split(':')[0];
	const chosen = locale === 'C' || locale === 'POSIX' || locale === '' ? locale : (preferred || locale);
	return /^ru(?:[_.@-]|$)/iu.test(chosen) ? 'ru' : 'en';
}
