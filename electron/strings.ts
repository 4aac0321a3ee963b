/**
 * The few texts the main process shows itself (menu, dialogs). The renderer has its own i18n; this table
 * stays tiny so that the main process does not load it. Chinese for zh-* locales, English otherwise.
 */
export interface MainStrings {
  appName: string;
  menuFile: string;
  menuEdit: string;
  menuView: string;
  menuWindow: string;
  quit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  reload: string;
  toggleDevTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  toggleFullScreen: string;
  minimize: string;
  close: string;
  fileKindDocx: string;
  fileKindTxt: string;
  fileKindPdf: string;
  fileKindMd: string;
  hostFailedTitle: string;
  hostDidNotStart: string;
  hostStopped: string;
  unsyncedTitle: string;
  /** `{count}` stands for the number of changes. */
  unsyncedMessage: string;
  unsyncedDetail: string;
  quitAnyway: string;
  cancel: string;
  portMovedTitle: string;
  /** `{from}` and `{to}` stand for the old and the new port. */
  portMovedMessage: string;
  portMovedDetail: string;
}

const zhCN: MainStrings = {
  appName: '讲稿台',
  menuFile: '文件',
  menuEdit: '编辑',
  menuView: '视图',
  menuWindow: '窗口',
  quit: '退出',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  reload: '重新加载',
  toggleDevTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  toggleFullScreen: '全屏',
  minimize: '最小化',
  close: '关闭',
  fileKindDocx: 'Word 文档',
  fileKindTxt: '纯文本',
  fileKindPdf: 'PDF 文件',
  fileKindMd: 'Markdown 文件',
  hostFailedTitle: '讲稿台无法启动',
  hostDidNotStart: '本地服务未能启动，请重新打开讲稿台。若问题仍然存在，请把下面的信息发给管理员。',
  hostStopped: '本地服务意外停止，讲稿台将退出。已保存的内容不会丢失。',
  unsyncedTitle: '有修改未同步',
  unsyncedMessage: '还有 {count} 处修改没有同步到主机。',
  unsyncedDetail: '这些修改保存在本机，下次打开这篇讲话稿并连上主机时会自动同步。现在退出，其他人在那之前看不到它们。',
  quitAnyway: '仍要退出',
  cancel: '取消',
  portMovedTitle: '本机地址已更换',
  portMovedMessage: '讲稿台以前使用的本机端口 {from} 已被其他程序占用，现改用端口 {to}。',
  portMovedDetail: '讲话稿保存在本机数据库中，不受影响。原地址下保存的姓名和颜色、语言、语速以及尚未同步的本机修改无法带过来，稍后会请您重新填写姓名和颜色。以后讲稿台将一直使用新端口。',
};

const en: MainStrings = {
  appName: 'Speechdesk',
  menuFile: 'File',
  menuEdit: 'Edit',
  menuView: 'View',
  menuWindow: 'Window',
  quit: 'Quit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  reload: 'Reload',
  toggleDevTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Full Screen',
  minimize: 'Minimize',
  close: 'Close',
  fileKindDocx: 'Word Document',
  fileKindTxt: 'Plain Text',
  fileKindPdf: 'PDF File',
  fileKindMd: 'Markdown File',
  hostFailedTitle: 'Speechdesk cannot start',
  hostDidNotStart: 'The local service did not start. Please open Speechdesk again. If this keeps happening, send the details below to your administrator.',
  hostStopped: 'The local service stopped unexpectedly and Speechdesk will quit. Saved work is not lost.',
  unsyncedTitle: 'Changes not synced',
  unsyncedMessage: '{count} changes have not reached the host yet.',
  unsyncedDetail: 'They are kept on this computer and sync the next time this speech is open while the host is reachable. If you quit now, nobody else sees them until then.',
  quitAnyway: 'Quit Anyway',
  cancel: 'Cancel',
  portMovedTitle: 'Speechdesk moved to a new local address',
  portMovedMessage: 'Port {from}, which Speechdesk used before, is taken by another program; Speechdesk now uses port {to}.',
  portMovedDetail: 'Your speeches are kept in the local database and are not affected. What was kept for the old address cannot be carried over: your name and colour (you will be asked again), language, speaking rate and local changes not yet synced. Speechdesk keeps the new port from now on.',
};

/** `locale` as app.getLocale() returns it, e.g. "zh-CN", "zh-TW", "en-US". */
export function stringsFor(locale: string): MainStrings {
  // Traditional-Chinese locales also get the Simplified table: the app's users write mainland documents.
  return /^zh(-|$)/i.test(locale) ? zhCN : en;
}
