import { gradeAnswer } from '../../src/lib/quiz/grade';
import { sampleAnswers, sampleQuiz } from '../../src/lib/quiz/sample-quiz';
import type { Answer, Question } from '../../src/lib/quiz/types';
import { percentile, type BenchRow, type BenchSection } from './types';

/** Budget from issue 3: grading one answer, median under 0.05 ms. */
const MEDIAN_BUDGET_MS = 0.05;

// A t3 question with several long accepted answers: the costliest text grading an author can write.
const fuzzyText: Question = {
	id: 'fuzzy',
	type: 'text',
	promptHtml: 'Où retrouver son NUMEN ?',
	explanationHtml: '',
	label: 'Réponse',
	inputMode: 'text',
	accepted: [
		'le secrétariat de votre établissement',
		'la direction des services départementaux de l’éducation nationale',
		'la DSDEN'
	],
	tolerances: ['t1', 't2', 't3'],
	feedback: { correctHtml: '', incorrectHtml: '' }
};

const cases: { label: string; question: Question; answers: Answer[] }[] = [
	...sampleQuiz.questions.map((question) => ({
		label: question.type,
		question,
		answers: [sampleAnswers[question.id]!.right, sampleAnswers[question.id]!.wrong]
	})),
	{
		label: 'text t1+t2+t3',
		question: fuzzyText,
		answers: ['Le Secretariat de l’etablissement !', 'la direction des services departementaux']
	}
];

// One call takes about a microsecond, below a clock tick: time batches and divide.
function sampleGrading(
	question: Question,
	answers: Answer[],
	batches: number,
	batchSize: number
): number[] {
	const samples: number[] = [];
	let sink = 0;
	for (let b = 0; b < batches; b++) {
		const start = performance.now();
		for (let i = 0; i < batchSize; i++) {
			if (gradeAnswer(question, answers[i % answers.length]!)) sink++;
		}
		samples.push((performance.now() - start) / batchSize);
	}
	if (sink < 0) console.log(sink);
	return samples;
}

/** Grading one answer, per question type: median and p99 (ms). */
const quizBench: BenchSection = async ({ quick }) => {
	const batches = quick ? 200 : 2000;
	const batchSize = 50;
	const rows: BenchRow[] = [];
	for (const { label, question, answers } of cases) {
		sampleGrading(question, answers, 50, batchSize); // warm-up (JIT)
		const samples = sampleGrading(question, answers, batches, batchSize);
		rows.push({
			figure: `Quiz : corriger une réponse (${label}), médiane`,
			value: percentile(samples, 50),
			unit: 'ms',
			budget: { max: MEDIAN_BUDGET_MS }
		});
		rows.push({
			figure: `Quiz : corriger une réponse (${label}), p99`,
			value: percentile(samples, 99),
			unit: 'ms'
		});
	}
	return rows;
};

export default quizBench;
