import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createQuizMachine } from '../quiz/machine';
import { quizResult } from '../quiz/result';
import { SAMPLE_STRONG_PASSWORD, sampleAnswers, sampleQuiz } from '../quiz/sample-quiz';
import type { Scorm12Api } from './api';
import { NO_LMS_NOTICE, ScormRuntime, STALE_RESUME_NOTICE } from './runtime';

/** An LMS in memory: keeps values, logs every call, can refuse LMSSetValue like a real one. */
function fakeLms(initial: Record<string, string> = {}, options: { refuseSet?: string } = {}) {
	const values = new Map(Object.entries({ 'cmi.core.lesson_status': 'not attempted', ...initial }));
	const calls: [string, ...string[]][] = [];
	let lastError = '0';
	const api: Scorm12Api = {
		LMSInitialize: () => (calls.push(['LMSInitialize']), 'true'),
		LMSFinish: () => (calls.push(['LMSFinish']), 'true'),
		LMSCommit: () => (calls.push(['LMSCommit']), 'true'),
		LMSGetValue: (element) => {
			calls.push(['LMSGetValue', element]);
			lastError = '0';
			if (element === 'cmi.interactions._count') {
				return String(
					[...values.keys()].filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length
				);
			}
			return values.get(element) ?? '';
		},
		LMSSetValue: (element, value) => {
			calls.push(['LMSSetValue', element, value]);
			if (options.refuseSet) {
				lastError = options.refuseSet;
				return 'false';
			}
			values.set(element, value);
			return 'true';
		},
		LMSGetLastError: () => lastError,
		LMSGetErrorString: (code) => (code === '405' ? 'Incorrect Data Type' : 'Unknown'),
		LMSGetDiagnostic: () => ''
	};
	return { api, values, calls };
}

/** The quiz machine wired to a run-time as the module page wires them. */
function play(runtime: ScormRuntime, options: { snapshot?: unknown } = {}) {
	const actor = createActor(
		createQuizMachine(sampleQuiz),
		options.snapshot ? { snapshot: options.snapshot as never } : {}
	);
	let wasResults = false;
	actor.subscribe((snapshot) => {
		runtime.onSnapshot(actor.getPersistedSnapshot());
		if (snapshot.matches('results') && !wasResults)
			runtime.onFinish(quizResult(sampleQuiz, snapshot.context));
		wasResults = snapshot.matches('results');
	});
	actor.start();
	return {
		actor,
		answer(kind: 'right' | 'wrong') {
			const question = sampleQuiz.questions[actor.getSnapshot().context.index]!;
			actor.send({ type: 'SUBMIT', answer: sampleAnswers[question.id]![kind] });
			actor.send({ type: 'NEXT' });
		}
	};
}

let clock = 0;
const now = () => (clock += 1500);

describe('ScormRuntime', () => {
	it('without an LMS, works and says that progress is not sent', () => {
		const notices: unknown[] = [];
		const runtime = new ScormRuntime(null, sampleQuiz, { onNotice: (n) => notices.push(n) });
		expect(runtime.connected).toBe(false);
		expect(runtime.notice).toEqual({ kind: 'status', text: NO_LMS_NOTICE });
		expect(notices).toHaveLength(1);
		const { actor, answer } = play(runtime);
		actor.send({ type: 'START', seed: 1 });
		answer('right');
		runtime.finish();
		expect(runtime.notice.kind).toBe('status');
	});

	it('marks the lesson incomplete at the start, without touching a status already reached', () => {
		const fresh = fakeLms();
		new ScormRuntime(fresh.api, sampleQuiz, { now });
		expect(fresh.values.get('cmi.core.lesson_status')).toBe('incomplete');
		expect(fresh.calls.at(-1)).toEqual(['LMSCommit']);
		const done = fakeLms({ 'cmi.core.lesson_status': 'passed' });
		new ScormRuntime(done.api, sampleQuiz, { now });
		expect(done.values.get('cmi.core.lesson_status')).toBe('passed');
	});

	it('writes one interaction per answered question and commits after each answer', () => {
		const lms = fakeLms();
		const runtime = new ScormRuntime(lms.api, sampleQuiz, { now });
		const { actor, answer } = play(runtime);
		actor.send({ type: 'START', seed: 7 });
		answer('right'); // canal
		const afterFirst = lms.calls.length;
		expect(lms.calls.at(-1)).toEqual(['LMSCommit']);
		// A wrong answer, then a retry: one interaction only, for the first answer.
		actor.send({ type: 'SUBMIT', answer: sampleAnswers.contenu!.wrong });
		actor.send({ type: 'RETRY' });
		actor.send({ type: 'SUBMIT', answer: sampleAnswers.contenu!.right });
		actor.send({ type: 'NEXT' });
		expect(lms.calls.slice(afterFirst).some(([name]) => name === 'LMSCommit')).toBe(true);
		answer('wrong'); // adresse
		answer('right'); // mot de passe
		expect(
			Object.fromEntries([...lms.values].filter(([k]) => k.startsWith('cmi.interactions.')))
		).toMatchObject({
			'cmi.interactions.0.id': 'canal',
			'cmi.interactions.0.type': 'choice',
			'cmi.interactions.0.student_response': 'a',
			'cmi.interactions.0.correct_responses.0.pattern': 'a',
			'cmi.interactions.0.result': 'correct',
			'cmi.interactions.1.id': 'contenu',
			'cmi.interactions.1.student_response': 'a',
			'cmi.interactions.1.correct_responses.0.pattern': 'a,b',
			'cmi.interactions.1.result': 'wrong',
			'cmi.interactions.2.type': 'fill-in',
			'cmi.interactions.2.student_response': 'michel.dupont@ac-lille.fr',
			'cmi.interactions.3.id': 'mot-de-passe',
			'cmi.interactions.3.type': 'fill-in',
			'cmi.interactions.3.result': 'correct'
		});
		expect(lms.values.has('cmi.interactions.3.student_response')).toBe(false);
		expect(lms.values.has('cmi.interactions.4.id')).toBe(false);
		expect(lms.values.get('cmi.interactions.0.latency')).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);
		expect(lms.values.get('cmi.core.exit')).toBe('suspend');
		expect(lms.values.get('cmi.suspend_data')).toMatch(/^c1/);
		const everything = JSON.stringify(lms.calls);
		expect(everything).not.toContain(SAMPLE_STRONG_PASSWORD);
	});

	it('reports passed with the score, then never turns passed into failed', () => {
		const lms = fakeLms();
		const runtime = new ScormRuntime(lms.api, sampleQuiz, { now });
		const { actor, answer } = play(runtime);
		actor.send({ type: 'START', seed: 7 });
		for (let i = 0; i < 5; i++) answer(i === 0 ? 'wrong' : 'right');
		expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
		expect(lms.values.get('cmi.core.score.raw')).toBe('80');
		// SCORM 1.2's word for an ordering question (RTE 3.4.4), as Moodle checks it.
		expect(lms.values.get('cmi.interactions.4.type')).toBe('sequencing');
		expect(lms.values.get('cmi.interactions.4.student_response')).toBe('a,b,c');
		expect(lms.values.get('cmi.core.score.min')).toBe('0');
		expect(lms.values.get('cmi.core.score.max')).toBe('100');
		expect(lms.values.get('cmi.core.exit')).toBe('');
		expect(lms.values.get('cmi.suspend_data')).toBe('');
		actor.send({ type: 'RETAKE', seed: 8 });
		for (let i = 0; i < 5; i++) answer('wrong');
		expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
		expect(lms.values.get('cmi.core.score.raw')).toBe('80');
		expect(lms.values.get('cmi.interactions.9.id')).toBe('etapes');
	});

	it('reports failed, and a later better attempt turns it into passed', () => {
		const lms = fakeLms();
		const runtime = new ScormRuntime(lms.api, sampleQuiz, { now });
		const { actor, answer } = play(runtime);
		actor.send({ type: 'START', seed: 7 });
		for (let i = 0; i < 5; i++) answer(i < 2 ? 'right' : 'wrong');
		expect(lms.values.get('cmi.core.lesson_status')).toBe('failed');
		expect(lms.values.get('cmi.core.score.raw')).toBe('40');
		actor.send({ type: 'RETAKE', seed: 8 });
		for (let i = 0; i < 5; i++) answer('right');
		expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
		expect(lms.values.get('cmi.core.score.raw')).toBe('100');
	});

	it('resumes from the suspend data when the LMS says entry=resume', () => {
		const first = fakeLms();
		const runtime = new ScormRuntime(first.api, sampleQuiz, { now });
		const { actor, answer } = play(runtime);
		actor.send({ type: 'START', seed: 7 });
		answer('right');
		answer('right');
		answer('wrong');
		runtime.finish();
		const saved = Object.fromEntries(first.values);
		const second = fakeLms({ ...saved, 'cmi.core.entry': 'resume' });
		const resumed = new ScormRuntime(second.api, sampleQuiz, { now });
		expect(resumed.resume?.context.index).toBe(3);
		expect(resumed.resume?.context.seed).toBe(7);
		// Its next answer is interaction 3, after the three already recorded.
		const { answer: answerAgain } = play(resumed, { snapshot: resumed.resume });
		answerAgain('right');
		expect(second.values.get('cmi.interactions.3.id')).toBe('mot-de-passe');
		// Without entry=resume, the same data is not used: a new attempt.
		const fresh = fakeLms({ ...saved, 'cmi.core.entry': '' });
		expect(new ScormRuntime(fresh.api, sampleQuiz, { now }).resume).toBeUndefined();
		expect(fresh.values.get('cmi.core.exit')).toBe('');
	});

	it('starts afresh, saying so, from the suspend data of another version of the quiz', () => {
		const lms = fakeLms({
			'cmi.core.entry': 'resume',
			'cmi.suspend_data': 'c1deadbeef00000070100'
		});
		const runtime = new ScormRuntime(lms.api, sampleQuiz, { now });
		expect(runtime.resume).toBeUndefined();
		expect(runtime.notice).toEqual({ kind: 'status', text: STALE_RESUME_NOTICE });
	});

	it('sends the session time and LMSFinish once, however often the page says it is left', () => {
		const lms = fakeLms();
		const runtime = new ScormRuntime(lms.api, sampleQuiz, { now });
		runtime.finish();
		runtime.finish();
		runtime.onFinish({ score: 5, total: 5, passed: true, answers: [] });
		expect(lms.calls.filter(([name]) => name === 'LMSFinish')).toHaveLength(1);
		expect(lms.values.get('cmi.core.session_time')).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);
		expect(lms.values.get('cmi.core.lesson_status')).toBe('incomplete');
	});

	it('shows the LMS’s error in French when it refuses a value', () => {
		const lms = fakeLms({}, { refuseSet: '405' });
		const runtime = new ScormRuntime(lms.api, sampleQuiz, { now });
		expect(runtime.notice.kind).toBe('alert');
		expect(runtime.notice).toMatchObject({
			text: expect.stringContaining('erreur 405\u00a0: Incorrect Data Type')
		});
	});

	it('shows an alert when LMSInitialize fails, and then calls nothing else', () => {
		const lms = fakeLms();
		lms.api.LMSInitialize = () => 'false';
		lms.api.LMSGetLastError = () => '101';
		const runtime = new ScormRuntime(lms.api, sampleQuiz, { now });
		expect(runtime.connected).toBe(false);
		expect(runtime.notice.kind).toBe('alert');
		runtime.finish();
		expect(lms.calls.filter(([name]) => name !== 'LMSInitialize')).toEqual([]);
	});
});
