// Addresses of the response pages (shared by server code, pages and notifications).
export const responsesHref = (listRef: string) => `/my/demands/${encodeURIComponent(listRef)}/responses`
export const newResponseHref = (listRef: string, itemRef: string) => `/my/responses/new?list=${encodeURIComponent(listRef)}&item=${encodeURIComponent(itemRef)}`
