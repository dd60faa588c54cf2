import {useCallback, useRef, useState} from 'react';
import type {Action, Model} from '../state/app-model.js';
import {update} from '../state/update.js';
import type {EffectRunner} from './effect-runner.js';

/**
 * The reducer with effects (model / update / view): each action updates the model, its
 * effects run, and the actions they lead to are applied in turn before one render.
 */
export function useModel(initial: Model, runner: () => EffectRunner): [Model, (action: Action) => void] {
	const modelRef = useRef(initial);
	const [model, setModel] = useState(initial);
	const dispatch = useCallback((action: Action) => {
		const queue: Action[] = [action];
		while (queue.length > 0) {
			const result = update(modelRef.current, queue.shift()!);
			modelRef.current = result.model;
			for (const effect of result.effects) {
				queue.push(...runner().run(effect));
			}
		}

		setModel(modelRef.current);
	}, [runner]);
	return [model, dispatch];
}
