// zh-CN messages of the "orgs" namespace (t('orgs.…')).
export default {} as const
