// zh-CN messages of the "api" namespace (t('api.…')).
export default {} as const
