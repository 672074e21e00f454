// The spreadsheet import template: Chinese headers on one sheet per record type, plus an instructions sheet.
import { writeTemplate } from '#app/modules/imports/xlsx.server.ts'

export async function loader() {
	const body = await writeTemplate()
	return new Response(new Uint8Array(body), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'Content-Disposition': `attachment; filename="import-template.xlsx"; filename*=UTF-8''${encodeURIComponent('应急装备平台导入模板.xlsx')}`,
			'Cache-Control': 'public, max-age=3600',
		},
	})
}
