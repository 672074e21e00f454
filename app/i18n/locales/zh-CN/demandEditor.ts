// zh-CN messages of the "demandEditor" namespace (t('demandEditor.…')).
export default {} as const
