// Options of the Remix Vite plugin. vite.config.ts imports this file, so it is the real configuration.
/** @type {import('@remix-run/dev').VitePluginConfig} */
export default {
	// A separate build folder lets several builds (parallel e2e runs) coexist; the default is ./build.
	buildDirectory: process.env.REMIX_BUILD_DIR ?? 'build',
	ignoredRouteFiles: ['**/*.test.*', '**/.*'],
	future: {
		v3_fetcherPersist: true,
		v3_relativeSplatPath: true,
		v3_throwAbortReason: true,
		v3_lazyRouteDiscovery: true,
		v3_singleFetch: true,
	},
}
