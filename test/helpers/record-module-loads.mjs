// Preloaded with `node --import` by tests: appends the URL of every module the program
// loads to the file named by BELL_LOAD_LOG, to check what a start-up path loads.
import {register} from 'node:module';

const hook = `
import {appendFileSync} from 'node:fs';
export async function load(url, context, nextLoad) {
	if (url.startsWith('file:') && process.env.BELL_LOAD_LOG) {
		appendFileSync(process.env.BELL_LOAD_LOG, url + '\\n');
	}

	return nextLoad(url, context);
}
`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
