/**
 * Styles of the on-page card, adopted into its shadow root as a constructed stylesheet (CSSOM
 * is not subject to the page's CSP, a `<style>` element is). `all: initial` on the host keeps
 * the page's styles out.
 */
export const CARD_CSS = `
:host { all: initial !important; }
.frame { position: fixed; z-index: 2147483647; width: 320px; max-width: calc(100vw - 16px); }
.card { box-sizing: border-box; font: 13px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1a1a1a; background: #fff; border: 1px solid #c8c8c8; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; }
header { display: flex; align-items: center; justify-content: space-between; margin-bottom: 6px; }
.kind { font-weight: 600; padding: 1px 8px; border-radius: 10px; background: #eee; }
.kind-target .kind { background: #ffe08a; }
.kind-deadline .kind { background: #b9e4ff; }
.kind-achievement .kind { background: #c8f0c0; }
blockquote { margin: 0 0 8px; padding: 4px 8px; border-left: 3px solid #999; background: #fafafa;
  max-height: 6em; overflow: auto; white-space: pre-wrap; }
dl { margin: 0; display: grid; gap: 2px; }
.row { display: grid; grid-template-columns: 5.5em 1fr; gap: 6px; }
dt { color: #555; }
dd { margin: 0; word-break: break-word; }
footer { display: flex; gap: 8px; margin-top: 10px; }
button { font: inherit; cursor: pointer; border: 1px solid #888; border-radius: 4px; background: #f4f4f4;
  color: #1a1a1a; padding: 2px 10px; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
button[disabled] { opacity: .6; cursor: default; }
.close { border: none; background: none; font-size: 18px; line-height: 1; padding: 0 4px; }
label { display: block; margin-top: 6px; color: #555; }
textarea, input { box-sizing: border-box; width: 100%; font: inherit; margin-top: 2px; padding: 3px 6px;
  border: 1px solid #aaa; border-radius: 4px; color: #1a1a1a; background: #fff; }
.error { color: #b3261e; margin: 6px 0 0; }
`;
