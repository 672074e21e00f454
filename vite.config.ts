import { vitePlugin as remix } from '@remix-run/dev'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig } from 'vite'
import remixConfig from './remix.config.js'

declare module '@remix-run/node' {
	interface Future {
		v3_singleFetch: true
	}
}

export default defineConfig({
	plugins: [tailwindcss(), remix(remixConfig)],
	optimizeDeps: { exclude: ['@node-rs/jieba', 'better-sqlite3'] },
	ssr: { external: ['better-sqlite3', '@node-rs/jieba', 'exceljs'] },
	server: { port: Number(process.env.PORT ?? 3000) },
})
