// The chip's one stylesheet, shared by every chip through adoptedStyleSheets.
export const CHIP_CSS = `
/* The pill is taller than a line of small text: negative block margins keep it from making its line taller,
   and layout containment keeps a new label from laying out anything outside it. Either would move every
   comment below it, which on a long page costs the browser hundreds of milliseconds a frame. */
:host { all: initial; display: inline-block; vertical-align: middle; margin: -4px 6px; line-height: 1; }
button {
  all: unset; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center; gap: 4px;
  font: 600 11px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: .02em;
  padding: 3px 7px; border-radius: 999px; border: 1px solid transparent; white-space: nowrap;
  color: #1f2328; background: #eef0f3; border-color: #c9ced6;
}
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
button::before { content: ""; width: 7px; height: 7px; border-radius: 50%; background: color-mix(in srgb, currentColor 80%, transparent); }
button.l-threat { background: #b3261e; border-color: #8c1d18; color: #fff; }
button.l-troll { background: #fde7e4; border-color: #e8a49b; color: #8c1d18; }
button.l-spam { background: #f1e8fb; border-color: #c6a8ea; color: #5b2a86; }
button.l-genuine { background: #e3efff; border-color: #9cc0f5; color: #0b4fa6; }
button.l-supporter { background: #e2f4e6; border-color: #97d1a4; color: #1b6b34; }
button.l-unclear { background: #f3f1e6; border-color: #d6cf9f; color: #5e5412; }
button.l-own { background: #fff; border-color: #9aa4b1; color: #3d4753; }
button.l-pending { color: #57606a; font-weight: 500; }
.panel {
  position: fixed; margin: 0; inset: auto; box-sizing: border-box; width: min(320px, 90vw);
  padding: 10px 12px; border-radius: 8px; border: 1px solid #c9ced6; background: #fff; color: #1f2328;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: start; direction: ltr; overflow-wrap: anywhere;
}
.panel h2 { all: unset; display: block; font-weight: 700; font-size: 13px; margin-bottom: 4px; }
.panel p { margin: 0 0 6px; color: #444c56; }
.panel ul { margin: 0; padding-inline-start: 18px; }
.panel li { margin: 2px 0; }
.pick { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; margin-top: 8px; padding-top: 8px; border-top: 1px solid #d8dee4; }
.pick span { color: #444c56; margin-inline-end: 2px; }
.pick button { font-weight: 600; padding: 3px 8px; }
.pick button::before { display: none; }
.panel small { display: block; margin-top: 6px; color: #57606a; }
/* Dark: every colour is the chip's own (opaque), so it reads on light and dark pages alike. :host raises
   these above the panel sections' sheets (history, evidence, replies), which come after this one. */
@media (prefers-color-scheme: dark) {
  :host button { color: #e6edf3; background: #21262d; border-color: #57606a; }
  :host button:focus-visible, :host .hist summary:focus-visible, :host .hist-all:focus-visible { outline-color: #8ab4f8; }
  :host button.l-threat { background: #8c1d18; border-color: #ff8a80; color: #fff; }
  :host button.l-troll { background: #3d1714; border-color: #a0453b; color: #ffb4a9; }
  :host button.l-spam { background: #2a1a3d; border-color: #7a55a8; color: #dcc3fa; }
  :host button.l-genuine { background: #0f2540; border-color: #3d6fb0; color: #a8c8ff; }
  :host button.l-supporter { background: #12301a; border-color: #2f6b3d; color: #8fd19e; }
  :host button.l-unclear { background: #2e2a12; border-color: #6e6530; color: #e5dc9a; }
  :host button.l-own { background: #0d1117; border-color: #6e7781; color: #c9d1d9; }
  :host button.l-pending { color: #b1bac4; }
  :host .panel { background: #161b22; border-color: #57606a; color: #e6edf3; box-shadow: 0 6px 24px rgba(0,0,0,.6); }
  :host .panel p, :host .pick span, :host .panel small, :host .panel .rep-line, :host .hist h4, :host .hist .hist-more { color: #b1bac4; }
  :host .pick, :host .hist, :host .ev, :host .rep, :host .rep-list li { border-top-color: #30363d; }
  :host .rep-list li:first-child { border-top: 0; }
  :host .panel .hist-match, :host .panel .ev-line.ev-bad { color: #ffd9a0; }
  :host .hist summary { color: #8ab4f8; }
  :host .panel .ev-go { background: #e6edf3; border-color: #e6edf3; color: #0d1117; }
  :host .panel .ev-line { color: #8fd19e; }
  :host .panel .rep-copy { background: #0b57d0; border-color: #0b57d0; color: #fff; }
}
`;
