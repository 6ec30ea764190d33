import type { UiLanguage } from '../../shared/ipc/schemas';

/**
 * The native menu's words in each UI language. They live on the Node side because the main process
 * builds the menu and may not import the renderer's catalogues; main rebuilds the menu in the
 * language the renderer reports (`app:setLanguage`). Electron's own role labels are English only,
 * so every item, roles included, gets its label here. `&` marks the Alt mnemonic (Windows, Linux);
 * Chinese menus write it after the word, `文件(&F)`, as Chinese Windows applications do.
 */
export interface MenuLabels {
  file: string;
  newEngagement: string;
  importReports: string;
  importEvidence: string;
  importArchive: string;
  exportTrail: string;
  exportSummary: string;
  exportArchive: string;
  close: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  undoDecision: string;
  selectAllFigures: string;
  view: string;
  find: string;
  overview: string;
  trail: string;
  reload: string;
  devTools: string;
  resetZoom: string;
  zoomIn: string;
  zoomOut: string;
  fullScreen: string;
  window: string;
  minimize: string;
  zoom: string;
  help: string;
  shortcuts: string;
  /** `{app}` is the application's name. */
  about: string;
}

export const MENU_LABELS: Record<UiLanguage, MenuLabels> = {
  en: {
    file: '&File',
    newEngagement: '&New Engagement…',
    importReports: '&Import Reports…',
    importEvidence: 'Import E&vidence…',
    importArchive: 'Import Engagement &Archive…',
    exportTrail: '&Export Audit Trail…',
    exportSummary: 'Export &Figures Summary…',
    exportArchive: 'Export Engagement Ar&chive…',
    close: '&Close Window',
    quit: '&Quit',
    edit: '&Edit',
    undo: '&Undo',
    redo: '&Redo',
    cut: 'Cu&t',
    copy: '&Copy',
    paste: '&Paste',
    selectAll: 'Select &All',
    undoDecision: 'Undo Last &Decision',
    selectAllFigures: 'Select All &Figures',
    view: '&View',
    find: '&Find…',
    overview: 'Engagement &Overview',
    trail: 'Show Audit &Trail',
    reload: '&Reload',
    devTools: 'Toggle &Developer Tools',
    resetZoom: 'Actual &Size',
    zoomIn: 'Zoom &In',
    zoomOut: 'Zoom &Out',
    fullScreen: 'Toggle F&ull Screen',
    window: '&Window',
    minimize: 'Minimi&ze',
    zoom: 'Zoom',
    help: '&Help',
    shortcuts: '&Keyboard Shortcuts',
    about: '&About {app}',
  },
  'zh-CN': {
    file: '文件(&F)',
    newEngagement: '新建审计项目(&N)…',
    importReports: '导入报告(&I)…',
    importEvidence: '导入证据(&V)…',
    importArchive: '导入审计项目归档(&A)…',
    exportTrail: '导出审计轨迹(&E)…',
    exportSummary: '导出数据汇总(&F)…',
    exportArchive: '导出审计项目归档(&C)…',
    close: '关闭窗口(&C)',
    quit: '退出(&Q)',
    edit: '编辑(&E)',
    undo: '撤销(&U)',
    redo: '重做(&R)',
    cut: '剪切(&T)',
    copy: '复制(&C)',
    paste: '粘贴(&P)',
    selectAll: '全选(&A)',
    undoDecision: '撤销上一个决定(&D)',
    selectAllFigures: '选择全部数据(&F)',
    view: '视图(&V)',
    find: '查找(&F)…',
    overview: '审计项目概览(&O)',
    trail: '显示审计轨迹(&T)',
    reload: '重新加载(&R)',
    devTools: '开发者工具(&D)',
    resetZoom: '实际大小(&S)',
    zoomIn: '放大(&I)',
    zoomOut: '缩小(&O)',
    fullScreen: '全屏(&U)',
    window: '窗口(&W)',
    minimize: '最小化(&Z)',
    zoom: '缩放',
    help: '帮助(&H)',
    shortcuts: '键盘快捷键(&K)',
    about: '关于 {app}(&A)',
  },
};
