import { z } from 'zod';

/** Question ids start with a letter, so that a number in a field path is always a position. */
export const QUESTION_ID = /^[a-z][a-z0-9-]*$/;

const markdown = z.string().trim().min(1);
const plainLabel = z.string().trim().min(1).max(120);

/** Feedback per outcome, for every question type except single choice. */
export const OutcomeFeedbackSchema = z.strictObject({
	correct: markdown,
	incorrect: markdown
});

const questionBase = {
	id: z.string().regex(QUESTION_ID),
	prompt: markdown,
	explanation: markdown,
	/** What changed since the video; shown beside the feedback. */
	note: markdown.optional(),
	/** A short verbatim quotation of the transcription paragraph the question comes from. */
	passage: z.string().trim().min(8).max(400).optional()
};

/** Single choice (QCU): one feedback per choice. */
export const SingleChoiceSchema = z.strictObject({
	...questionBase,
	type: z.literal('single'),
	choices: z
		.array(
			z.strictObject({
				text: markdown,
				correct: z.boolean().default(false),
				feedback: markdown
			})
		)
		.min(2)
		.max(10)
});

/** Multiple choice (QCM): the chosen set must equal the correct set. */
export const MultipleChoiceSchema = z.strictObject({
	...questionBase,
	type: z.literal('multiple'),
	choices: z
		.array(z.strictObject({ text: markdown, correct: z.boolean().default(false) }))
		.min(2)
		.max(10),
	feedback: OutcomeFeedbackSchema
});

/** Short text (QROC) with Pix tolerances chosen per question. */
export const TextQuestionSchema = z.strictObject({
	...questionBase,
	type: z.literal('text'),
	label: plainLabel.default('Votre réponse'),
	inputMode: z.enum(['text', 'email', 'url']).default('text'),
	answers: z.array(z.string().trim().min(1)).min(1),
	tolerances: z.array(z.enum(['t1', 't2', 't3'])).default([]),
	feedback: OutcomeFeedbackSchema
});

/** The learner types a password checked against the CNIL rule; only pass/fail is kept. */
export const PasswordQuestionSchema = z.strictObject({
	...questionBase,
	type: z.literal('password'),
	label: plainLabel.default('Mot de passe'),
	feedback: OutcomeFeedbackSchema
});

/** Put steps in order; `steps` lists them in the correct order. */
export const OrderingQuestionSchema = z.strictObject({
	...questionBase,
	type: z.literal('ordering'),
	steps: z.array(markdown).min(2).max(8),
	feedback: OutcomeFeedbackSchema
});

/** The question types, told apart by `type`. */
export const QUESTION_TYPES = ['single', 'multiple', 'text', 'password', 'ordering'] as const;

/** One question of a quiz file. */
export const QuestionSchema = z.discriminatedUnion('type', [
	SingleChoiceSchema,
	MultipleChoiceSchema,
	TextQuestionSchema,
	PasswordQuestionSchema,
	OrderingQuestionSchema
]);

const percent = z.number().int().min(0).max(100);

/** A message shown on the results screen when the score (in percent) is in [from, to]. */
export const ResultMessageSchema = z.strictObject({
	from: percent,
	to: percent,
	message: markdown
});

/** A quiz file, `quizzes/<module-slug>.yaml`. */
export const QuizFileSchema = z.strictObject({
	/** Percentage of questions right at the first try needed to pass. */
	passMark: z.number().int().min(1).max(100).default(80),
	/** Authors' messages per score range, shown with the score. */
	results: z.array(ResultMessageSchema).min(1).optional(),
	questions: z.array(QuestionSchema).min(1)
});

/** A quiz file as authored, after defaults. */
export type QuizFile = z.infer<typeof QuizFileSchema>;
/** One question as authored, after defaults. */
export type QuizFileQuestion = z.infer<typeof QuestionSchema>;
