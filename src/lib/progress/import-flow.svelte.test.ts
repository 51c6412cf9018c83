// The import panel's state class on a real store over memory: refusals change nothing, a preview
// comes before any change, and applying it says what changed.
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureText, KNOWN_SLUGS } from '../../../tests/fixtures/progress/fixtures';
import { componentTestStore, type ComponentTestStore } from './component-test-store';
import { ImportFlow, type ChosenFile } from './import-flow.svelte';

let current: ComponentTestStore | undefined;
afterEach(() => current?.store.close());

async function flow() {
	current = await componentTestStore();
	const store = current.store;
	return {
		store,
		flow: new ImportFlow(
			() => store,
			() => KNOWN_SLUGS
		)
	};
}

const file = (text: string, name = 'progression.json', size = text.length): ChosenFile => ({
	name,
	size,
	text: async () => text
});

describe('ImportFlow', () => {
	it('previews a valid file, then merges it', async () => {
		const { store, flow: panel } = await flow();
		expect(await panel.choose(file(fixtureText('valid-export.json')))).toBe(true);
		expect(panel).toMatchObject({ fileName: 'progression.json', error: '', busy: false });
		expect(panel.preview?.changes).toHaveLength(2);
		expect(await store.getAllModules()).toEqual([]);

		await panel.apply('merge');
		expect(panel.preview).toBeNull();
		expect(panel.success).toMatch(/^Progression fusionnée : 2 modules mis à jour/);
		expect((await store.getAllModules()).map((module) => module.slug)).toEqual([
			'messagerie-academique',
			'mot-de-passe'
		]);
	});

	it('refuses an oversized file before reading it', async () => {
		const { flow: panel } = await flow();
		let read = false;
		const huge: ChosenFile = {
			name: 'enorme.json',
			size: 6 * 1024 * 1024,
			text: async () => {
				read = true;
				return '';
			}
		};
		expect(await panel.choose(huge)).toBe(false);
		expect(read).toBe(false);
		expect(panel.error).toMatch(/^Ce fichier est trop volumineux \(6 Mo\)/);
	});

	it('refuses a malformed file and a file that cannot be read, changing nothing', async () => {
		const { store, flow: panel } = await flow();
		expect(await panel.choose(file(fixtureText('malformed/not-json.json')))).toBe(false);
		expect(panel.error).toMatch(/pas au format JSON/);
		const unreadable: ChosenFile = {
			name: 'x.json',
			size: 10,
			text: () => Promise.reject(new DOMException('lost', 'NotReadableError'))
		};
		expect(await panel.choose(unreadable)).toBe(false);
		expect(panel.error).toBe(
			'Ce fichier n’a pas pu être lu. Votre progression n’a pas été modifiée.'
		);
		expect(panel.busy).toBe(false);
		expect(await store.getAllModules()).toEqual([]);
	});

	it('clears the last messages when another file is chosen, or none', async () => {
		const { flow: panel } = await flow();
		await panel.choose(file('{'));
		expect(panel.error).not.toBe('');
		expect(await panel.choose(undefined)).toBe(false);
		expect(panel).toMatchObject({ error: '', success: '', preview: null });
	});

	it('says when applying failed, and closes the preview', async () => {
		const { flow: panel } = await flow();
		await panel.choose(file(fixtureText('valid-export.json')));
		current!.quotaFull = true;
		await panel.apply('replace');
		expect(panel.preview).toBeNull();
		expect(panel.error).toMatch(/^L’import a échoué : rien n’a été modifié\. L’espace de stockage/);
		expect(panel.success).toBe('');
	});

	it('cancels without changing anything', async () => {
		const { store, flow: panel } = await flow();
		await panel.choose(file(fixtureText('valid-export.json')));
		panel.cancel();
		expect(panel.preview).toBeNull();
		await panel.apply('merge');
		expect(await store.getAllModules()).toEqual([]);
	});
});
