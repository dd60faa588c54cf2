import os from 'node:os';
import path from 'node:path';

/**
 * Where bell-reader keeps things, after the XDG base directory spec on every platform,
 * so that the paths the README promises (`~/.config/bell-reader/config.json`) hold on
 * macOS too and tests can move everything by setting three variables.
 */
export type AppPaths = {
	/** Holds config.json: read state, positions, bookmarks, settings, subscriptions, learned blocks kept as story. */
	configDir: string;
	/** The user's archive, where `import` and `fetch` write. */
	archiveDir: string;
	/** Rebuildable data: the catalog, the story cache, the learned boilerplate, the search index. */
	cacheDir: string;
};

function baseDir(value: string | undefined, fallback: string): string {
	// The spec says relative paths in these variables are invalid and must be ignored.
	return value !== undefined && path.isAbsolute(value) ? value : fallback;
}

export function appPaths(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): AppPaths {
	return {
		configDir: path.join(baseDir(env.XDG_CONFIG_HOME, path.join(home, '.config')), 'bell-reader'),
		archiveDir: path.join(baseDir(env.XDG_DATA_HOME, path.join(home, '.local', 'share')), 'bell-reader', 'archive'),
		cacheDir: path.join(baseDir(env.XDG_CACHE_HOME, path.join(home, '.cache')), 'bell-reader'),
	};
}
