// 表单中数字字段填错时的提示：说清是哪个字段、该填什么（app/utils/forms.ts formIssueMessage），不说“类型错误”。
export default {
	number: '请填写数字',
	integer: '请填写整数',
	fields: {
		leadTimeDays: '交货期请填写整数天数',
		deliveryDays: '交货期请填写整数天数',
		monthlyCapacity: '月产能请填写整数',
		stock: '现货库存请填写整数',
		headcount: '人数请填写整数',
		quantity: '数量请填写数字',
		delivered: '到货数量请填写数字',
		budgetPerUnit: '预算单价请填写数字（元）',
		unitPrice: '单价请填写数字（元）',
		price: '价格请填写数字（元）',
		acquiredYear: '购置年份请填写四位数年份，如 2024',
		serviceLifeYears: '使用年限请填写整数年数',
		fixed: '固定数量请填写数字',
		perPerson: '人均数量请填写数字',
		min: '最低数量请填写数字',
		value2: '上限请填写数字',
	},
} as const
