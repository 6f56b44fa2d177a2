// UI strings of the PDF view (kept apart from i18n.js so the PDF part stays in its own files).
export const PDF_STRINGS = {
  zh: {
    heading: 'PDF 原件',
    page: (n, of) => `第 ${n} 页，共 ${of} 页`,
    pagesCapped: (shown, of) => `只显示前 ${shown} 页（共 ${of} 页）；检查覆盖全部页面。`,
    note: (name) => `已读取 PDF“${name}”：下面是从 PDF 中读出的文字（只读）；问题框画在 PDF 页面图像上，点击问题即可定位。`,
    ofdNote: (name) => `已读取 OFD“${name}”：下面是从 OFD 中读出的文字（只读）；点击问题即可定位。`,
    mainThread: '本页的安全策略不允许后台线程，PDF 改在页面主线程读取，速度较慢，读取期间页面可能短暂无响应。',
    toText: '转为可编辑文字',
    loading: '正在显示 PDF 页面…',
    renderFailed: (why) => `PDF 页面图像无法显示（${why}）；检查结果不受影响。`,
    boxLabel: (n, msg) => `问题 ${n}：${msg}`,
  },
  en: {
    heading: 'The PDF',
    page: (n, of) => `Page ${n} of ${of}`,
    pagesCapped: (shown, of) => `Only the first ${shown} of ${of} pages are shown; the check covers every page.`,
    note: (name) => `PDF "${name}" read: the text read from it is shown (read-only); the problems are boxed on the page images.`,
    ofdNote: (name) => `OFD "${name}" read: the text read from it is shown (read-only); click a problem to find it.`,
    mainThread: "This page's security policy allows no background thread: the PDF is read on the page's main thread, more slowly, and the page may pause while it reads.",
    toText: 'Edit as text',
    loading: 'Showing the PDF pages…',
    renderFailed: (why) => `The PDF pages cannot be shown (${why}); the check is not affected.`,
    boxLabel: (n, msg) => `Problem ${n}: ${msg}`,
  },
};
export const pdfStrings = (lang) => PDF_STRINGS[lang === 'en' ? 'en' : 'zh'];
