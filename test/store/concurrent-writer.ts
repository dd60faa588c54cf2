// Run as a child process by state-store-concurrency.test.ts: hammers one config with changes.
import {addBookmark, savePosition} from '../../source/store/reader-state.js';
import {StateStore} from '../../source/store/state-store.js';

const [configDir, name, countText] = process.argv.slice(2);
const count = Number(countText);
const store = new StateStore(configDir!, message => {
	process.stderr.write(`${message}\n`);
});

for (let index = 0; index < count; index++) {
	const created = new Date().toISOString();
	store.update(state => addBookmark(
		savePosition(state, `${name}-${index}`, {block: index, offset: 1}, 0.5, created),
		{id: `${name}-${index}`, issue: `${name}-issue`, anchor: {block: index, offset: 0}, excerpt: `закладка ${index}`, created},
	));
}
