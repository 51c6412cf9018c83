// Finds a Chromium to drive, installing Debian's package when it is missing and the machine allows.
// Used by the test command before the browser suite, and by scripts/lib/browser.ts.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

function isExecutable(path) {
	try {
		accessSync(path, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** Returns the path of a usable Chromium, or undefined. CHROME_PATH wins when set. */
export function findBrowser() {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (isExecutable(fromEnv)) return fromEnv;
		throw new Error(`CHROME_PATH=${fromEnv} n'est pas un exécutable.`);
	}
	return CANDIDATES.find(isExecutable);
}

function canInstallWithApt() {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	const hasSudo = spawnSync('sh', ['-c', 'sudo -n true'], { stdio: 'ignore' }).status === 0;
	return hasApt && (isRoot || hasSudo) ? (isRoot ? [] : ['sudo', '-n']) : undefined;
}

/** Finds the browser or installs Debian's chromium; exits with instructions when neither works. */
export function ensureBrowser() {
	const found = findBrowser();
	if (found) return found;
	const prefix = canInstallWithApt();
	if (!prefix) {
		console.error(
			'Aucun Chromium trouvé. Installez-en un puis relancez :\n' +
				'  Debian/Ubuntu : sudo apt-get install -y chromium\n' +
				'  ou indiquez son chemin : CHROME_PATH=/chemin/vers/chrome npm test'
		);
		process.exit(1);
	}
	console.log('Chromium absent : installation du paquet Debian « chromium »…');
	const run = (args) => {
		const [cmd, ...rest] = [...prefix, ...args];
		execFileSync(cmd, rest, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	};
	run(['apt-get', 'update', '-qq']);
	run(['apt-get', 'install', '-y', '-qq', 'chromium', 'fonts-dejavu-core']);
	const installed = findBrowser();
	if (!installed) {
		console.error(
			'L’installation de chromium a échoué : installez-le à la main (apt-get install chromium).'
		);
		process.exit(1);
	}
	return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(ensureBrowser());
}
