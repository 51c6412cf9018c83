import { describe, expect, it } from 'vitest';
import { reportedAnswer, reportMailto } from './report';
import { sampleQuiz, SAMPLE_STRONG_PASSWORD } from './sample-quiz';

const quiz = sampleQuiz;
const byType = (type: string) => quiz.questions.find((q) => q.type === type)!;

function decoded(href: string): { to: string; subject: string; body: string } {
	const url = new URL(href);
	return {
		to: url.pathname,
		subject: url.searchParams.get('subject') ?? '',
		body: url.searchParams.get('body') ?? ''
	};
}

describe('reportMailto', () => {
	it('carries the module, the question id and the learner’s answer', () => {
		const question = byType('text');
		const mail = decoded(
			reportMailto({
				contact: 'auteur@example.org',
				moduleTitle: 'Se connecter',
				slug: 'messagerie-academique',
				question,
				number: 3,
				answer: 'michel.dupont@ac-lille.fr',
				correct: false,
				pageUrl: 'https://capsules.example/modules/messagerie-academique'
			})
		);
		expect(mail.to).toBe('auteur@example.org');
		expect(mail.subject).toBe(`Capsules, signalement\u00a0: Se connecter, question ${question.id}`);
		expect(mail.body).toContain('Module\u00a0: Se connecter (messagerie-academique)');
		expect(mail.body).toContain(`Question n° 3 (identifiant ${question.id})`);
		expect(mail.body).toContain('Ma réponse\u00a0: michel.dupont@ac-lille.fr');
		expect(mail.body).toContain(
			'Page\u00a0: https://capsules.example/modules/messagerie-academique'
		);
	});

	it('never writes a password answer, even when one is handed over', () => {
		const question = byType('password');
		const href = reportMailto({
			contact: 'a@b.fr',
			moduleTitle: 'M',
			slug: 'm',
			question,
			number: 4,
			answer: SAMPLE_STRONG_PASSWORD,
			correct: true
		});
		expect(decoded(href).body).toContain('(mot de passe non transmis)');
		expect(href).not.toContain(encodeURIComponent(SAMPLE_STRONG_PASSWORD));
		expect(decodeURIComponent(href)).not.toContain(SAMPLE_STRONG_PASSWORD);
	});

	it('writes chosen choices and ordered steps as text', () => {
		const single = byType('single');
		if (single.type !== 'single') throw new Error('single');
		expect(reportedAnswer(single, single.choices[0]!.id, true)).toBe(
			single.choices[0]!.html.replace(/<[^>]*>/g, '')
		);
		const ordering = byType('ordering');
		if (ordering.type !== 'ordering') throw new Error('ordering');
		expect(reportedAnswer(ordering, ['s2', 's1', 's3'], false)).toMatch(/^1\. .+ ; 2\. .+ ; 3\. /);
	});
});
