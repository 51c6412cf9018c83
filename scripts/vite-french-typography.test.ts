import { describe, expect, it } from 'vitest';
import { RUNTIME_NAME, typesetSvelte } from './vite-french-typography.ts';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('typesetSvelte', () => {
	it('typesets static text and text attributes, not code, classes or links', () => {
		const source = `<p class="a : b" title="Note : x">Catalogue : l'outil ! <code>a ; b</code></p>
<a href="/x?y=1 ;z" aria-label="Aller : ici">Oui ?</a>`;
		expect(typesetSvelte(source))
			.toBe(`<p class="a : b" title="Note${NBSP}: x">Catalogue${NBSP}: l’outil${NNBSP}! <code>a ; b</code></p>
<a href="/x?y=1 ;z" aria-label="Aller${NBSP}: ici">Oui${NNBSP}?</a>`);
	});

	it('wraps the values a template shows (text and text attributes), keeps {@html} and code, and imports the function on the script’s first line', () => {
		const source = `<script lang="ts">
	let { label, html, title }: { label: string; html: string; title: string } = $props();
</script>

<h2 title={label}>{label} :</h2>
<a href={label} class={label} {title}>x</a>
{@html html}
<code>{label}</code>
<q translate="no">{label} ?</q>`;
		const typeset = typesetSvelte(source);
		expect(typeset).toContain(
			`<h2 title={${RUNTIME_NAME}((label))}>{${RUNTIME_NAME}((label))}${NBSP}:</h2>`
		);
		expect(typeset).toContain('{@html html}');
		expect(typeset).toContain(
			`<a href={label} class={label} title={${RUNTIME_NAME}((title))}>x</a>`
		);
		expect(typeset).toContain('<code>{label}</code>');
		expect(typeset).toContain('<q translate="no">{label} ?</q>');
		expect(typeset.split('\n')[0]).toBe(
			`<script lang="ts">import { frenchTypographyValue as ${RUNTIME_NAME} } from '$lib/french';`
		);
		expect(typeset.split('\n')).toHaveLength(source.split('\n').length);
	});

	it('adds a script when the component has none, and leaves a component without text unchanged', () => {
		expect(typesetSvelte('<p>{1 + 1} !</p>')).toBe(
			`<script>import { frenchTypographyValue as ${RUNTIME_NAME} } from '$lib/french';</script><p>{${RUNTIME_NAME}((1 + 1))}${NNBSP}!</p>`
		);
		expect(typesetSvelte('<div class="x"></div>')).toBe('<div class="x"></div>');
	});

	it('reaches text inside blocks, snippets, components and the head', () => {
		const source = `<svelte:head><title>Page : x</title></svelte:head>
{#if a}<Comp label="Libellé : x">Oui !</Comp>{:else}Non ?{/if}
{#snippet s()}<em>Ah !</em>{/snippet}
{#each list as item (item)}<li>{item} ;</li>{/each}`;
		const typeset = typesetSvelte(source);
		for (const expected of [
			`Page${NBSP}: x`,
			`Libellé${NBSP}: x`,
			`Oui${NNBSP}!`,
			`Non${NNBSP}?`,
			`Ah${NNBSP}!`,
			`{${RUNTIME_NAME}((item))}${NNBSP};`
		]) {
			expect(typeset).toContain(expected);
		}
	});
});
