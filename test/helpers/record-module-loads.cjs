// Preloaded with `node --require` by tests: appends the path of every module the program
// loads to the file named by BELL_LOAD_LOG — CommonJS ones from require.cache at exit,
// ES modules through a loader hook — to check what a start-up path loads.
const {appendFileSync} = require('node:fs');
const {register} = require('node:module');

const log = process.env.BELL_LOAD_LOG;
const hook = `
import {appendFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
export async function load(url, context, nextLoad) {
	if (url.startsWith('file:') && process.env.BELL_LOAD_LOG) {
		appendFileSync(process.env.BELL_LOAD_LOG, fileURLToPath(url) + '\\n');
	}

	return nextLoad(url, context);
}
`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
process.on('exit', () => {
	if (log) {
		appendFileSync(log, Object.keys(require.cache).filter(file => file !== __filename).join('\n') + '\n');
	}
});
