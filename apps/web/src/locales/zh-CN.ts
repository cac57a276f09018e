// The Chinese tree (the source of truth). The app loads zh-CN.json with the shell and the features'
// messages (zh-CN-features.ts) with the first lazy page; see lib/i18n.ts and index.ts.
import zhCore from './zh-CN.json';
import { zhFeatures } from './zh-CN-features';

export const zhCN = {
  ...zhCore,
  ...zhFeatures,
};
