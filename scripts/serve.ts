// Serves the built static site (`build/`) on loopback, like any static web server would.
import { parseArgs } from 'node:util';
import { startStaticServer } from './lib/static-server';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		dir: { type: 'string', default: 'build' }
	}
});
const basePath = process.env.BASE_PATH ?? '';
const server = await startStaticServer({ dir: values.dir, basePath, port: Number(values.port) });
console.log(`Capsules est servi sur ${server.url}/ (Ctrl+C pour arrêter)`);
