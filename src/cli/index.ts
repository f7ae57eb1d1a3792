/**
 * `npx empreinte <command> …` — the command line, on the same engine, factor tables and gazetteer
 * as the web app. Exit codes: 0 ok, 1 runtime failure, 2 invalid input or usage.
 */
import { UsageError } from './args';

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, () => Promise<{ run: Command; usage: string }>> = {
	factors: () => import('./commands/factors'),
	geo: () => import('./commands/geo'),
	compute: () => import('./commands/compute'),
	observatory: () => import('./commands/observatory')
};

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		const usages = await Promise.all(Object.values(commands).map(async (load) => (await load()).usage));
		console.log(['Usage: npx empreinte <command> [options]', '', ...usages].join('\n'));
		return name ? 0 : 2;
	}
	const load = commands[name];
	if (!load) {
		console.error(`Unknown command "${name}". Try: npx empreinte --help`);
		return 2;
	}
	const mod = await load();
	try {
		return await mod.run(rest);
	} catch (e) {
		if (e instanceof UsageError) {
			console.error(`${e.message}\n\n${mod.usage}`);
			return 2;
		}
		throw e;
	}
}

/**
 * Exit once what was written is out: writes to a pipe are asynchronous, and exiting at once cut a
 * long `--format json` piped into another program at 64 KiB.
 */
function exit(code: number): void {
	process.exitCode = code;
	process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(exit, (e) => {
	console.error(e instanceof Error ? e.message : String(e));
	exit(1);
});
