import { defineMessages } from './index';

/** Strings used by more than one page. */
export const commonMessages = defineMessages({
  'zh-CN': {
    appName: '规划目标阅读器',
    popupTitle: '本页目标',
    optionsTitle: '设置',
    backgroundUnreachable: '后台服务未响应:{error}',
    reportsSeen: '本次浏览已分析 {count} 个页面',
  },
  en: {
    appName: 'Plan Goal Reader',
    popupTitle: 'Goals on this page',
    optionsTitle: 'Settings',
    backgroundUnreachable: 'The background service did not answer: {error}',
    reportsSeen: '{count} pages analysed in this session',
  },
});
