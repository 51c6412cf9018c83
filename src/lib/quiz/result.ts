import type { QuizContext } from './machine';
import type { PageQuiz, QuizResult } from './types';

/** Percentage of first-try right answers, the quiz's pass mark and whether it is met. */
export function quizResult(quiz: PageQuiz, context: QuizContext): QuizResult {
	const answers = quiz.questions.map((question, i) => {
		const record = context.records[i];
		return {
			questionId: question.id,
			answer: record ? record.first : null,
			correct: record ? record.firstCorrect : false
		};
	});
	const score = answers.filter((a) => a.correct).length;
	const total = quiz.questions.length;
	return { score, total, passed: total > 0 && (score / total) * 100 >= quiz.passMark, answers };
}

/** The author's message for a score (percent), when one of their ranges holds it. */
export function messageFor<T extends { from: number; to: number }>(
	messages: readonly T[] | undefined,
	percent: number
): T | undefined {
	return messages?.find((range) => range.from <= percent && percent <= range.to);
}
