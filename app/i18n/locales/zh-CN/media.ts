// zh-CN messages of the "media" namespace (listing pictures).
export default {
	title: '产品图片',
	intro: '上传产品照片（JPEG、PNG、WebP 或 GIF，单张不超过 5 MB，最多 8 张）。图片会被重新编码并去除拍摄地点等元数据。',
	upload: '上传图片',
	uploading: '正在上传…',
	file: '图片文件',
	alt: '图片说明（供视障用户使用）',
	remove: '删除',
	empty: '还没有图片。',
	back: '返回编辑供给',
	tooLarge: '图片超过 5 MB 上限',
	notImage: '这不是可识别的图片文件（支持 JPEG、PNG、WebP、GIF）',
	tooMany: '每条供给最多 8 张图片',
	noFile: '请选择一个图片文件',
	uploaded: '图片已上传',
	removed: '图片已删除',
	gallery: '产品图片',
} as const
