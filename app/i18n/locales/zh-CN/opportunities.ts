// zh-CN messages of the "opportunities" namespace: the 商机 panel on an enterprise's dashboard (/my).
export default {
	title: '商机',
	intro: '本单位在架供给符合其全部硬性要求（技术参数、认证、预算、交货期）的征集中需求条目，按匹配度排序。',
	from: '{{org}} · “{{title}}”',
	quantity: '需求 {{quantity}}',
	neededBy: '需用日期 {{date}}',
	listing: '匹配供给：',
	respond: '响应/报价',
	respondTo: '响应/报价：{{name}}',
	responded: '已响应',
	updateResponse: '修改响应',
	updateResponseTo: '修改响应：{{name}}',
	none: '暂无符合条件的征集中需求。完善供给的技术参数、认证和交货期后，匹配的需求会出现在这里。',
	noListings: '本单位还没有在架供给。发布供给后，平台会在这里列出它能满足的征集中需求。',
	unverified: '机构通过认证后，供给才会公开并参与匹配。',
	allListings: '管理我的供给',
} as const
