/**
 * The dashboard's stylesheet, served as a file (the CSP allows no inline
 * style or script). Plain CSS: one column on a phone, wider tables scroll
 * on their own, visible focus for keyboard users, dark and light themes
 * from the system's choice.
 */
export const stylesheet = `
:root { color-scheme: light dark; --bg: #f6f7fb; --card: #fff; --text: #1d2130; --muted: #5b6275;
  --line: #d9dce6; --accent: #4752c4; --ok: #1f8a4c; --bad: #b3261e; --warn: #9a6700; }
@media (prefers-color-scheme: dark) { :root { --bg: #16181f; --card: #1f222c; --text: #e7e9f0;
  --muted: #a3a9ba; --line: #343846; --accent: #8c95ff; --ok: #4cc38a; --bad: #ff7b72; --warn: #e3b341; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--text); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
header.top { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between;
  padding: .75rem 1rem; background: var(--card); border-bottom: 1px solid var(--line); }
header.top .brand { font-weight: 700; text-decoration: none; color: var(--text); }
header.top form { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
nav ul.guild { display: flex; flex-wrap: wrap; gap: .25rem; margin: 0 0 1rem; padding: 0; list-style: none; }
nav ul.guild a { display: inline-block; padding: .4rem .75rem; border-radius: .4rem; text-decoration: none; border: 1px solid var(--line); background: var(--card); }
nav ul.guild a[aria-current="page"] { background: var(--accent); color: #fff; border-color: var(--accent); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: 1rem; margin: 0 0 1rem; }
h1 { font-size: 1.5rem; margin: .25rem 0 1rem; } h2 { font-size: 1.15rem; margin: 0 0 .75rem; }
ul.checklist { list-style: none; padding: 0; margin: 0; } ul.checklist li { padding: .3rem 0 .3rem 1.4rem; text-indent: -1.4rem; }
.done::before { content: "✓ "; color: var(--ok); font-weight: 700; } .todo::before { content: "○ "; color: var(--warn); font-weight: 700; }
.notice { padding: .75rem 1rem; border-radius: .5rem; margin: 0 0 1rem; border: 1px solid var(--line); }
.notice.ok { border-color: var(--ok); } .notice.bad { border-color: var(--bad); } .notice.warn { border-color: var(--warn); }
.muted { color: var(--muted); }
.mention { background: color-mix(in srgb, var(--accent) 15%, transparent); border-radius: .25rem; padding: 0 .2rem; }
code, .secret { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .92em; word-break: break-all; }
.secret { display: block; padding: .5rem; border: 1px dashed var(--warn); border-radius: .4rem; }
label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
.hint { display: block; font-weight: 400; color: var(--muted); font-size: .9rem; }
input[type=text], input[type=number], input[type=password], input[type=url], select, textarea { width: 100%; padding: .5rem; font: inherit; color: inherit;
  background: var(--bg); border: 1px solid var(--line); border-radius: .4rem; }
textarea { min-height: 5rem; }
.row { display: grid; gap: 0 1rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
.check { display: flex; gap: .5rem; align-items: center; font-weight: 600; margin: .75rem 0; }
button, .button { display: inline-block; padding: .55rem 1rem; font: inherit; font-weight: 600; border-radius: .4rem;
  border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; margin: .75rem .5rem 0 0; }
button.secondary, .button.secondary { background: transparent; color: var(--accent); }
.table { overflow-x: auto; } table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
ul.guilds { list-style: none; padding: 0; display: grid; gap: .5rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
ul.guilds li { background: var(--card); border: 1px solid var(--line); border-radius: .6rem; padding: .75rem 1rem; }
.status-done { color: var(--ok); } .status-failed { color: var(--bad); } .status-open { color: var(--warn); }
img.chart { display: block; width: 100%; height: auto; }
dl.facts { display: grid; gap: .5rem 1rem; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); margin: 1rem 0 0; }
dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
h3 { font-size: 1rem; margin: 0 0 .5rem; } * + h3 { margin-top: 1.25rem; }
blockquote { margin: .5rem 0; padding: .5rem .75rem; border-left: 4px solid var(--accent); background: var(--bg); white-space: pre-wrap; }
`;
