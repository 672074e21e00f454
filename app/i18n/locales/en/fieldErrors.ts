// English messages of the "fieldErrors" namespace. Same keys as zh-CN/fieldErrors.ts.
import type { Widen } from '../widen.ts'
import type zh from '../zh-CN/fieldErrors.ts'

const en: Widen<typeof zh> = {
	number: 'Enter a number',
	integer: 'Enter a whole number',
	fields: {
		leadTimeDays: 'Enter the lead time as a whole number of days',
		deliveryDays: 'Enter the lead time as a whole number of days',
		monthlyCapacity: 'Enter the monthly capacity as a whole number',
		stock: 'Enter the stock as a whole number',
		headcount: 'Enter the headcount as a whole number',
		quantity: 'Enter the quantity as a number',
		delivered: 'Enter the quantity delivered as a number',
		budgetPerUnit: 'Enter the budget per unit as a number (yuan)',
		unitPrice: 'Enter the unit price as a number (yuan)',
		price: 'Enter the price as a number (yuan)',
		acquiredYear: 'Enter the year acquired as four digits, e.g. 2024',
		serviceLifeYears: 'Enter the service life as a whole number of years',
		fixed: 'Enter the fixed quantity as a number',
		perPerson: 'Enter the quantity per person as a number',
		min: 'Enter the minimum quantity as a number',
		value2: 'Enter the upper limit as a number',
	},
}

export default en
