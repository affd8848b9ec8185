/** The report's look: plain, readable printed or on screen, light only (it is a document). */
export const REPORT_CSS = `
body{margin:24px auto;max-width:1280px;padding:0 24px;color:#1d2330;background:#fff;font-size:14px;line-height:1.45}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:17px;margin:28px 0 8px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:12px}
strong[data-status=completed]{color:#15803d}
strong[data-status=failed]{color:#b42318}
.picture{margin:0;overflow-x:auto;border:1px solid #e6e9ee;border-radius:8px;padding:8px;background:#fafbfc}
.picture svg{display:block;max-width:100%;height:auto}
figcaption{color:#5b6577;font-size:12.5px;margin-top:6px}
.path{display:flex;flex-wrap:wrap;gap:4px 0;padding:0;margin:10px 0 0;list-style:none;counter-reset:step}
.path li{counter-increment:step}
.path li::before{content:counter(step);display:inline-block;min-width:18px;margin-right:5px;border-radius:9px;background:#7c3aed;color:#fff;font-size:11px;font-weight:600;text-align:center}
.path li:not(:last-child)::after{content:"→";margin:0 8px;color:#5b6577}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #e6e9ee;padding:5px 8px;text-align:left;vertical-align:top}
th{color:#5b6577;font-weight:600;font-size:12.5px}
td.time{white-space:nowrap;color:#5b6577;font-variant-numeric:tabular-nums}
tr[data-ok=false] td{color:#b42318}
.kind{display:inline-block;min-width:40px;font-size:11px;font-weight:600;color:#16a34a}
tr[data-kind=api] .kind{color:#2563eb}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0 10px;margin:3px 0 0 44px;font-size:12px;color:#5b6577}
dt{font-weight:600}
dd{margin:0;word-break:break-all}
details{margin:2px 0 0 44px;font-size:12px}
summary{cursor:pointer;color:#5b6577}
pre{white-space:pre-wrap;word-break:break-all;background:#f5f6f8;padding:6px 8px;border-radius:6px;font-size:11.5px}
`;
