#include "core/render/html_style.hpp"

namespace nianbao::html {

const char* stylesheet() {
  // Severity is shown by colour AND by shape (icon, underline style, outline), so it survives
  // grey-scale printing and colour-blind readers. print-color-adjust keeps the tints on paper.
  // Sizes are relative to the rendering itself (em, never rem): a host page's html{font-size} must not
  // scale the tables of an embedded checker.
  return R"css(
.nianbao-report{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1b1b1b;background:#fff;line-height:1.6;max-width:72em;margin:0 auto;padding:1em;box-sizing:border-box}
.nianbao-report *{box-sizing:border-box}
.nianbao-report h1{font-size:1.4em;text-align:center;margin:.5em 0 1em}
.nianbao-report h2{font-size:1.15em;margin:1.5em 0 .5em;break-after:avoid;page-break-after:avoid}
.nianbao-report .nb-meta{display:flex;flex-wrap:wrap;gap:.25em 1.5em;margin:0 0 1em;padding:0;list-style:none;color:#444;font-size:.9em}
.nianbao-report .nb-meta dt{font-weight:600;display:inline}
.nianbao-report .nb-meta dd{display:inline;margin:0 0 0 .3em}
.nianbao-report .nb-legend{font-size:.85em;color:#444;border-left:3px solid #999;padding:.25em .75em;margin:0 0 1em}
.nianbao-report .nb-section p{margin:.4em 0;text-indent:2em;white-space:pre-wrap}
.nianbao-report .nb-section-missing h2{color:#666;font-style:italic}
.nianbao-report .nb-missing-note{font-weight:normal;font-size:.9em;color:#8a1c1c}
.nianbao-report .nb-table-wrap{overflow-x:auto;margin:.75em 0 1.25em}
.nianbao-report table.nb-table{border-collapse:collapse;width:100%;font-size:.85em;background:#fff}
.nianbao-report table.nb-table caption{font-weight:600;text-align:center;padding:.3em;caption-side:top}
.nianbao-report .nb-table th,.nianbao-report .nb-table td{border:1px solid #333;padding:.25em .35em;vertical-align:middle}
.nianbao-report .nb-table thead th,.nianbao-report .nb-table .nb-block-caption{background:#f1f1f1;text-align:center;font-weight:600}
.nianbao-report .nb-table .nb-note{font-size:.88em;color:#333;background:#fafafa}
.nianbao-report .nb-table th.nb-label,.nianbao-report .nb-table th.nb-group{text-align:left;font-weight:normal}
.nianbao-report .nb-table th.nb-group{text-align:center;background:#fafafa}
.nianbao-report .nb-table thead th.nb-label{text-align:center;font-weight:600}
.nianbao-report .nb-t3 td.nb-v{width:7%}
.nianbao-report .nb-t4 td.nb-v{width:6.6%}
.nianbao-report .nb-table th.nb-label-official{color:#555}
.nianbao-report .nb-table td.nb-v{text-align:center;min-width:2.5em;font-variant-numeric:tabular-nums}
.nianbao-report .nb-table td.nb-void{background:#eee}
.nianbao-report .nb-table td.nb-missing{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#ddd 4px,#ddd 6px)}
.nianbao-report .nb-table-missing{opacity:.85}
.nianbao-report tr.nb-extra-row>*{border-style:dashed;background:#fffbe6}
.nianbao-report .nb-extra-note{font-size:.88em;color:#7a5a00}
.nianbao-report .nb-marked{position:relative}
.nianbao-report .nb-sev-error{background:#fde2e1;outline:2px solid #b3261e;outline-offset:-2px}
.nianbao-report .nb-sev-warning{background:#fff1c2;outline:2px dashed #8a5a00;outline-offset:-2px}
.nianbao-report .nb-sev-info{background:#e3efff;outline:1px dotted #1f4e9c;outline-offset:-2px}
.nianbao-report .nb-related{outline-width:1px}
.nianbao-report .nb-primary .nb-raw{text-decoration:underline wavy;text-decoration-thickness:1px;text-underline-offset:3px}
.nianbao-report .nb-related .nb-raw{text-decoration:underline dotted;text-underline-offset:3px}
.nianbao-report .nb-icon{font-size:.75em;margin-left:.2em}
.nianbao-report .nb-sev-error .nb-icon{color:#b3261e}
.nianbao-report .nb-sev-warning .nb-icon{color:#8a5a00}
.nianbao-report .nb-sev-info .nb-icon{color:#1f4e9c}
.nianbao-report .nb-fix{display:block;font-size:.75em;color:#0b6b2f;font-weight:600;white-space:nowrap}
.nianbao-report .nb-refs{font-size:.65em;margin-left:.1em}
.nianbao-report .nb-refs a{color:inherit}
.nianbao-report .nb-sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.nianbao-report table.nb-extras{width:auto;margin-top:.5em}
.nianbao-report .nb-problems{padding-left:2.5em}
.nianbao-report .nb-problems li{margin:.35em 0;padding:.2em .4em;border-left:4px solid #999}
.nianbao-report .nb-problems li[data-severity=error]{border-left:4px solid #b3261e}
.nianbao-report .nb-problems li[data-severity=warning]{border-left:4px dashed #8a5a00}
.nianbao-report .nb-problems li[data-severity=info]{border-left:4px dotted #1f4e9c}
.nianbao-report .nb-problems li:target{background:#fff8d6}
.nianbao-report .nb-badge{display:inline-block;font-size:.75em;font-weight:600;padding:0 .4em;border:1px solid currentColor;border-radius:.25em;margin-right:.4em}
.nianbao-report .nb-problems [data-severity=error] .nb-badge{color:#b3261e}
.nianbao-report .nb-problems [data-severity=warning] .nb-badge{color:#8a5a00}
.nianbao-report .nb-problems [data-severity=info] .nb-badge{color:#1f4e9c}
.nianbao-report .nb-problems code{font-size:.85em;background:#f3f3f3;padding:0 .25em}
.nianbao-report .nb-detail{display:block;font-size:.85em;color:#444}
.nianbao-report .nb-summary{font-weight:600}
@media print{
.nianbao-report{max-width:none;padding:0;font-size:10.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.nianbao-report .nb-table-wrap{overflow:visible}
.nianbao-report table.nb-table{font-size:8.5pt}
.nianbao-report thead{display:table-header-group}
.nianbao-report tr,.nianbao-report th,.nianbao-report td,.nianbao-report .nb-problems li{break-inside:avoid;page-break-inside:avoid}
.nianbao-report table.nb-t4,.nianbao-report tbody.nb-block,.nianbao-report caption{break-inside:avoid;page-break-inside:avoid}
.nianbao-report a{color:inherit;text-decoration:none}
}
)css";
}

}  // namespace nianbao::html
