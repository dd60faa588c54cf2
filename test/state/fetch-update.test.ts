import {describe, expect, it} from 'vitest';
import {play, sampleModel} from './model-fixture.js';

describe('fetching from the library', () => {
	it('F asks the shell to fetch every subscription, and changes nothing else', () => {
		const model = sampleModel();
		const {model: after, effects} = play(model, 'F');
		expect(effects).toEqual([{type: 'fetch-subscriptions'}]);
		expect(after).toEqual(model);
	});

	it('progress and failures are one status line', () => {
		const {model} = play(sampleModel(), {type: 'fetch-status', status: 'fetching bell (1/2)…'});
		expect(model.status).toBe('fetching bell (1/2)…');
	});

	it('the issues a fetch brought come first, newest first, with the cursor on them', () => {
		const model = play(sampleModel(), 'j', 'j').model;
		const older = model.entries.slice(0, 3);
		const fresh = [
			{id: '2025-06-12-smartfony', title: 'Смартфоны уходят на сборку в Китай', date: '2025-06-12', words: 30},
			{id: '2025-06-11-neftyaniki', title: 'Нефтяники получили рекордный демпфер', date: '2025-06-11', words: 40},
		];
		// The catalog sorts by date: here the new issues are older than the sample's first.
		const entries = [older[0]!, fresh[0]!, older[1]!, fresh[1]!, older[2]!];
		const {model: after} = play(model, {type: 'fetched', entries, fresh: fresh.map(entry => entry.id), status: '2 new issues from 1 source'});
		expect(after.entries.map(entry => entry.id)).toEqual([fresh[0]!.id, fresh[1]!.id, older[0]!.id, older[1]!.id, older[2]!.id]);
		expect(after.library).toMatchObject({cursor: 0, top: 0});
		expect(after.status).toBe('2 new issues from 1 source');
		expect(after.stored.issues).toEqual({});
	});

	it('a fetch that brought nothing leaves the cursor where it was', () => {
		const model = play(sampleModel(), 'j', 'j').model;
		const {model: after} = play(model, {type: 'fetched', entries: model.entries, fresh: [], status: '0 new issues from 1 source'});
		expect(after.library.cursor).toBe(2);
		expect(after.entries).toEqual(model.entries);
	});
});
