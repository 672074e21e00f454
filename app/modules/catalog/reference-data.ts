// The app's door to the reference codes (taxonomy, scenarios, regions, certification types, organization kinds, the
// scenario and service words of queries): the code lists live below app in db/reference/ (the seed and the search
// layer read them there); app code, components included, names them through the catalog that owns the vocabulary.
export * from '#db/reference/codes.ts'
export * from '#db/reference/query-words.ts'
