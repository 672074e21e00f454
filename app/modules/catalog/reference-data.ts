// The app's door to the reference codes (taxonomy, scenarios, regions, certification types, organization kinds): the
// code lists live below app in db/reference/ (the seed and the search layer read them there); app code, components
// included, names them through the catalog capability that owns the vocabulary.
export * from '#db/reference/codes.ts'
