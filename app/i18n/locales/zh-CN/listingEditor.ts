// zh-CN messages of the "listingEditor" namespace (t('listingEditor.…')).
export default {} as const
