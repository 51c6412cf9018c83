// A Vite plugin that gives French typography to the text of Capsules' Svelte components when they
// are compiled: developers write plain spaces (« Catalogue : »), pages get no-break spaces.
// Static text and text attributes are typeset here, once; a value a template shows (`{label}`,
// `title={label}`) goes through `frenchTypographyValue` when it renders, so strings built in
// TypeScript are typeset too. `{@html}` is left alone: quiz and note HTML is typeset at build time by
// src/lib/server/, and transcriptions ship as published.
import type { Plugin } from 'vite';
import { parse } from 'svelte/compiler';
import { frenchTypography } from '../src/lib/french/typography.ts';

/** The name the typeset value function gets in a component. */
export const RUNTIME_NAME = '__capsulesTypography';
const RUNTIME_IMPORT = `import { frenchTypographyValue as ${RUNTIME_NAME} } from '$lib/french';`;

// Elements whose content is code or raw text, and attributes whose value people read.
const RAW_ELEMENTS = new Set(['code', 'pre', 'kbd', 'samp', 'textarea']);
const TEXT_ATTRIBUTES = new Set(['title', 'aria-label', 'alt', 'placeholder', 'label', 'content']);

interface Edit {
	start: number;
	end: number;
	text: string;
}

interface AstNode {
	type: string;
	start: number;
	end: number;
	name?: string;
	raw?: string;
	expression?: { start: number; end: number };
	attributes?: { type: string; name: string; value: unknown }[];
	[key: string]: unknown;
}

/** `translate="no"` marks text shown as someone typed it (a learner's answer): left alone too. */
function asTyped(node: AstNode): boolean {
	return (node.attributes ?? []).some(
		(a) =>
			a.type === 'Attribute' &&
			a.name === 'translate' &&
			Array.isArray(a.value) &&
			(a.value as AstNode[]).every((part) => part.type === 'Text' && part.raw === 'no')
	);
}

function isFragment(value: unknown): value is { type: 'Fragment'; nodes: AstNode[] } {
	return typeof value === 'object' && value !== null && (value as AstNode).type === 'Fragment';
}

/** The component's source with French typography on its text; the same string when nothing changes. */
export function typesetSvelte(source: string): string {
	const ast = parse(source, { modern: true });
	const edits: Edit[] = [];
	let wrapped = false;

	const textEdit = (node: AstNode) => {
		const text = frenchTypography(node.raw ?? '');
		if (text !== node.raw) edits.push({ start: node.start, end: node.end, text });
	};
	const wrap = (node: AstNode) => {
		if (!node.expression) return;
		const { start, end } = node.expression;
		edits.push({ start, end, text: `${RUNTIME_NAME}((${source.slice(start, end)}))` });
		wrapped = true;
	};
	const visit = (node: AstNode, raw: boolean) => {
		if (node.type === 'Text') {
			if (!raw) textEdit(node);
			return;
		}
		if (node.type === 'ExpressionTag') {
			if (!raw) wrap(node);
			return;
		}
		const inner =
			raw ||
			(node.type === 'RegularElement' && (RAW_ELEMENTS.has(node.name ?? '') || asTyped(node)));
		for (const attribute of node.attributes ?? []) {
			if (attribute.type !== 'Attribute' || !TEXT_ATTRIBUTES.has(attribute.name)) continue;
			const { start, end } = attribute as unknown as AstNode;
			if (source[start] === '{') {
				// Shorthand `{title}`: written out, since a call cannot stand for an attribute's name.
				const text = `${attribute.name}={${RUNTIME_NAME}((${attribute.name}))}`;
				edits.push({ start, end, text });
				wrapped = true;
				continue;
			}
			const parts = (
				Array.isArray(attribute.value) ? attribute.value : [attribute.value]
			) as AstNode[];
			for (const part of parts) {
				if (part?.type === 'Text') textEdit(part);
				else if (part?.type === 'ExpressionTag') wrap(part);
			}
		}
		for (const value of Object.values(node)) {
			if (isFragment(value)) for (const child of value.nodes) visit(child, inner);
		}
	};
	for (const node of ast.fragment.nodes as unknown as AstNode[]) visit(node, false);
	if (edits.length === 0) return source;

	if (wrapped) {
		// On the script's first line, so that line numbers (and stack traces) stay the same.
		const at = ast.instance ? (ast.instance.content as unknown as AstNode).start : 0;
		edits.push({
			start: at,
			end: at,
			text: ast.instance ? RUNTIME_IMPORT : `<script>${RUNTIME_IMPORT}</script>`
		});
	}
	let result = source;
	for (const edit of edits.sort((a, b) => b.start - a.start)) {
		result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
	}
	return result;
}

/** The plugin: Capsules' own components (under src/), before Svelte preprocesses them. */
export function frenchTypographyPlugin(): Plugin {
	return {
		name: 'capsules-french-typography',
		enforce: 'pre',
		transform(code, id) {
			if (!id.endsWith('.svelte') || !id.includes('/src/') || id.includes('/node_modules/')) {
				return undefined;
			}
			const typeset = typesetSvelte(code);
			return typeset === code ? undefined : { code: typeset, map: null };
		}
	};
}
