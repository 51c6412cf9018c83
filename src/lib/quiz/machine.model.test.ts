import { createActor, type AnyTransitionDefinition } from 'xstate';
import { getShortestPaths, getSimplePaths, type StatePath } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { createQuizMachine, type QuizContext, type QuizEvent } from './machine';
import { quizResult } from './result';
import { sampleAnswers, sampleEmptyAnswers, sampleQuiz } from './sample-quiz';
import { restorableQuizSnapshot } from './snapshot';
import type { PageQuiz } from './types';

// Two questions are enough to reach every state and transition (first/last question, correct,
// incorrect, retry, missing); the password question checks nothing typed leaks into snapshots.
const quiz: PageQuiz = {
	...sampleQuiz,
	questions: [sampleQuiz.questions[0]!, sampleQuiz.questions[3]!]
};
const machine = createQuizMachine(quiz);
type Snapshot = ReturnType<typeof machine.transition>;

function eventsFor(snapshot: Snapshot): QuizEvent[] {
	const question = quiz.questions[snapshot.context.index]!;
	const { right, wrong } = sampleAnswers[question.id]!;
	return [
		{ type: 'START', seed: 7 },
		{ type: 'SUBMIT', answer: sampleEmptyAnswers[question.id]! },
		{ type: 'SUBMIT', answer: right },
		{ type: 'SUBMIT', answer: wrong },
		{ type: 'SUBMIT', answer: ['not', 'an', 'answer'] },
		{ type: 'RETRY' },
		{ type: 'NEXT' },
		{ type: 'RETAKE', seed: 8 },
		{ type: 'UNKNOWN' } as unknown as QuizEvent
	];
}

// States differ by where we are, the attempt's seed (a retake has its own) and what was scored,
// not by how many retries were made (which would make the graph infinite).
function serializeState(snapshot: Snapshot): string {
	const { index, records, seed } = snapshot.context;
	return JSON.stringify({
		value: snapshot.value,
		seed,
		index,
		records: records.map((r) => (r ? [r.firstCorrect, r.lastCorrect] : null))
	});
}

const traversal = {
	events: eventsFor,
	serializeState,
	serializeEvent: (e: QuizEvent) => JSON.stringify(e)
};

function leafStateIds(): string[] {
	const ids: string[] = [];
	const visit = (node: { id: string; states: Record<string, unknown> }) => {
		const children = Object.values(node.states) as (typeof node)[];
		if (children.length === 0) ids.push(node.id);
		children.forEach(visit);
	};
	visit(machine.root as unknown as { id: string; states: Record<string, unknown> });
	return ids.sort();
}

function allTransitions(): Set<AnyTransitionDefinition> {
	const all = new Set<AnyTransitionDefinition>();
	const visit = (node: typeof machine.root) => {
		for (const list of node.transitions.values()) list.forEach((t) => all.add(t));
		Object.values(node.states).forEach(visit);
	};
	visit(machine.root);
	return all;
}

/** Replays a path on a real actor; returns the transitions taken and checks invariants at each step. */
function replay(path: StatePath<Snapshot, QuizEvent>): Set<AnyTransitionDefinition> {
	const taken = new Set<AnyTransitionDefinition>();
	const actor = createActor(machine, {
		inspect: (event) => {
			if (event.type === '@xstate.microstep') event._transitions.forEach((t) => taken.add(t));
		}
	}).start();
	for (const step of path.steps) {
		actor.send(step.event);
		const snapshot = actor.getSnapshot();
		expect(serializeState(snapshot)).toBe(serializeState(step.state));
		checkInvariants(snapshot.context, actor.getPersistedSnapshot());
	}
	return taken;
}

function checkInvariants(context: QuizContext, persisted: unknown): void {
	expect(JSON.stringify(persisted)).not.toContain(sampleAnswers['mot-de-passe']!.right as string);
	expect(JSON.stringify(persisted)).not.toContain(sampleAnswers['mot-de-passe']!.wrong as string);
	// Every reachable snapshot survives a save and restore.
	expect(restorableQuizSnapshot(quiz, JSON.parse(JSON.stringify(persisted)))).toBeDefined();
	const result = quizResult(quiz, context);
	expect(result.score).toBe(context.records.filter((r) => r?.firstCorrect).length);
}

function leafOf(snapshot: Snapshot): string {
	const value = snapshot.value;
	return typeof value === 'string'
		? `quiz.${value}`
		: Object.entries(value).map(([k, v]) => `quiz.${k}.${v}`)[0]!;
}

describe('quiz machine, model-based (xstate/graph)', () => {
	const shortest = getShortestPaths(machine, traversal);
	// All simple paths are too many to run; those that end on the results screen cover every
	// flow once, and the bound keeps the suite fast.
	const simple = getSimplePaths(machine, {
		...traversal,
		toState: (s) => s.matches('results')
	}).slice(0, 200);

	it('shortest paths reach every state', () => {
		const reached = new Set(shortest.map((path) => leafOf(path.state)));
		expect([...reached].sort()).toEqual(leafStateIds());
	});

	it('shortest paths plus simple paths take every transition', () => {
		const taken = new Set<AnyTransitionDefinition>();
		for (const path of [...shortest, ...simple]) replay(path).forEach((t) => taken.add(t));
		const missing = [...allTransitions()].filter((t) => !taken.has(t));
		expect(
			missing.map((t) => `${t.source.id} --${t.eventType}--> ${t.target?.map((n) => n.id).join()}`)
		).toEqual([]);
	});

	it('simple paths to the results are bounded and non-empty', () => {
		expect(simple.length).toBeGreaterThan(0);
		expect(simple.every((p) => p.state.matches('results'))).toBe(true);
	});

	it('every state ignores the events it does not expect', () => {
		for (const path of shortest) {
			const actor = createActor(machine, { snapshot: path.state }).start();
			const before = actor.getSnapshot();
			const expected = new Set(before._nodes.flatMap((node) => [...node.transitions.keys()]));
			for (const event of eventsFor(before)) {
				if (expected.has(event.type)) continue;
				actor.send(event);
				expect(actor.getSnapshot()).toBe(before);
			}
		}
	});
});
