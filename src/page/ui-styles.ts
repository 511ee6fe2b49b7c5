/**
 * The look of the badge, its card and the warning dialog. Each lives in a closed shadow root:
 * the page's CSS reaches only the host element, and `!important` rules on :host win over the
 * page's own `!important` ones (CSS Scoping: the inner context wins for important rules).
 * Sizes in px, not em/rem: rem follows the page's root font size.
 */

/** Resets the host: whatever the page says about our element, this wins. */
const HOST = ':host{all:initial!important;visibility:inherit!important;direction:inherit!important;user-select:none!important;';

/** A white panel with dark text and a frame: the card and the dialog, legible on any page. */
const PANEL = 'font:13px/1.4 sans-serif;color:#111;background:#fff;border:1px solid #444;border-radius:6px;box-shadow:0 4px 18px #0005;';

const TEXT = 'p{margin:0 0 6px}ul{margin:0 0 8px;padding-inline-start:18px}li{margin:2px 0}';

const BUTTONS =
  'button{all:unset;box-sizing:border-box;cursor:pointer;padding:4px 10px;border:1px solid #444;border-radius:4px;background:#eee;font-weight:600}' +
  'button:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}';

export const BADGE_CSS =
  `${HOST}display:inline-block!important;width:18px!important;height:16px!important;margin-left:3px!important;vertical-align:middle!important}` +
  BUTTONS +
  // A fixed box with its own background and a light and a dark edge: legible on any page.
  '.b{display:block;width:18px;height:16px;padding:0;border:1px solid #fff;border-radius:3px;box-shadow:0 0 0 1px #000a;' +
  'font:bold 11px/14px "DejaVu Sans",sans-serif;color:#fff;text-align:center}' +
  '.danger{background:#b00020}.avoid{background:#c2410c}.caution{background:#fcd34d;color:#111}.ok{background:#15803d}' +
  `[popover]{${PANEL}position:fixed;inset:auto;margin:0;max-width:min(340px,90vw);max-height:min(360px,60vh);overflow:auto;padding:10px 12px}` +
  TEXT;

export const DIALOG_CSS =
  `${HOST}display:block!important;position:fixed!important}` +
  `dialog{${PANEL}max-width:min(460px,90vw);padding:16px 18px}dialog::backdrop{background:#000a}` +
  TEXT +
  'h2{margin:0 0 10px;font-size:17px;color:#8a0019}code{font:12px monospace;word-break:break-all}' +
  '.a{display:flex;gap:8px;justify-content:flex-end}' +
  BUTTONS +
  '.open{background:#fff;color:#8a0019;border-color:#8a0019}';
