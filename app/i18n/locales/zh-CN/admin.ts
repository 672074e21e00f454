// zh-CN messages of the "admin" namespace (t('admin.…')).
export default {} as const
