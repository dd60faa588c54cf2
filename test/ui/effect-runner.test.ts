import {describe, expect, it} from 'vitest';
import type {Action} from '../../source/state/app-model.js';
import {EffectRunner, type EffectServices} from '../../source/ui/effect-runner.js';
import {emptyState} from '../../source/store/reader-state.js';

function services(fetchSubscriptions: EffectServices['fetchSubscriptions']): EffectServices {
	return {loadIssue: () => undefined, updateState: change => change(emptyState()), now: () => new Date(), quit() {}, fetchSubscriptions};
}

describe('the fetch effect', () => {
	it('tells its progress, then hands over the library; a second press while it runs asks nothing', async () => {
		const actions: Action[] = [];
		let calls = 0;
		let finish: () => void = () => {};
		const runner = new EffectRunner(services(async progress => {
			calls++;
			progress('fetching bell (1/1)…');
			await new Promise<void>(resolve => {
				finish = resolve;
			});
			return {entries: [], fresh: [], status: '0 new issues from 1 source'};
		}), action => actions.push(action));
		expect(runner.run({type: 'fetch-subscriptions'})).toEqual([]);
		runner.run({type: 'fetch-subscriptions'});
		expect(calls).toBe(1);
		finish();
		await expect.poll(() => actions.length).toBe(2);
		expect(actions).toEqual([
			{type: 'fetch-status', status: 'fetching bell (1/1)…'},
			{type: 'fetched', entries: [], fresh: [], status: '0 new issues from 1 source'},
		]);
		runner.run({type: 'fetch-subscriptions'});
		expect(calls).toBe(2);
	});

	it('turns a failure into one status line', async () => {
		const actions: Action[] = [];
		const runner = new EffectRunner(services(async () => {
			throw new Error('/home/you/archive is not a folder');
		}), action => actions.push(action));
		runner.run({type: 'fetch-subscriptions'});
		await expect.poll(() => actions).toEqual([{type: 'fetch-status', status: '/home/you/archive is not a folder'}]);
	});
});
