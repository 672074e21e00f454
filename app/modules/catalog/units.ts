// The app's door to units of measure: the tables and conversions live below app in db/reference/units.ts (the search
// layer reads quantities in queries with them); app code, components included, names them through the catalog.
export * from '#db/reference/units.ts'
