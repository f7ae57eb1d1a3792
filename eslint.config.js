import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'dist/',
			'.svelte-kit/',
			'node_modules/',
			'data/',
			'test-results/',
			'playwright-report/',
			'tests/.reports/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// The app is always served at the root (no kit.paths.base), so plain hrefs are correct.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The engine is pure: it runs in the browser, on the server, in the CLI and in tests.
		// It must not reach for the SvelteKit runtime, the environment, the database or Svelte.
		files: [
			'src/lib/engine/**/*.ts',
			'src/lib/geo/**/*.ts',
			'src/lib/experiments/**/*.ts',
			'src/lib/audience/**/*.ts',
			'src/lib/estimate/**/*.ts',
			'src/lib/rider/**/*.ts',
			'src/lib/corouting/**/*.ts',
			'src/lib/training/**/*.ts',
			// disclosure control and network aggregation: pure, like the engine (issue 11)
			'src/lib/disclosure/**/*.ts',
			'src/lib/networks/**/*.ts',
			// open observatory aggregation and release files: pure too (issue 13)
			'src/lib/observatory/**/*.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['$app/*', '$env/*'], message: 'The engine is pure: no SvelteKit runtime.' },
						{ group: ['drizzle-orm', 'drizzle-orm/*', '@libsql/*'], message: 'The engine does no I/O.' },
						{ group: ['svelte', 'svelte/*'], message: 'The engine is UI-free.' },
						{
							group: ['$lib/server', '$lib/server/*', '**/server/**'],
							message: 'The engine never imports server code.'
						}
					]
				}
			]
		}
	}
);
