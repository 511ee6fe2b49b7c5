/**
 * The look of the badge, its card and the warning dialog. Each lives in a closed shadow root:
 * the page's CSS reaches only the host element, and `!important` rules on :host win over the
 * page's own `!important` ones (CSS Scoping: the inner context wins for important rules).
 * Sizes in px, not em/rem: rem follows the page's root font size. Logical properties
 * (margin-inline-start, not margin-left): the card and the dialog take the UI language's
 * direction (dir on their root), the badge the page's.
 */
import { SIGN_CSS } from '../levels/level-signs';

/** Resets the host: whatever the page says about our element, this wins. */
const HOST = ':host{all:initial!important;visibility:inherit!important;direction:inherit!important;user-select:none!important;';

/** A white panel with dark text and a frame: the card and the dialog, legible on any page. */
const PANEL = 'font:13px/1.4 sans-serif;color:#111;background:#fff;border:1px solid #444;border-radius:6px;box-shadow:0 4px 18px #0005;';

const TEXT = 'p{margin:0 0 6px}ul{margin:0 0 8px;padding-inline-start:18px}li{margin:2px 0}';

/** A two-tone focus ring (blue, then white around it): visible on light and dark pages alike. */
const FOCUS_RING = 'outline:2px solid #1d4ed8;outline-offset:1px;box-shadow:';
const RING_HALO = '0 0 0 5px #fff';

const BUTTONS =
  'button{all:unset;box-sizing:border-box;cursor:pointer;padding:4px 10px;border:1px solid #444;border-radius:4px;background:#eee;font-weight:600}' +
  `button:focus-visible{${FOCUS_RING}${RING_HALO}}`;

export const BADGE_CSS =
  `${HOST}display:inline-block!important;position:relative!important;width:18px!important;height:16px!important;margin-inline-start:3px!important;vertical-align:middle!important}` +
  BUTTONS +
  SIGN_CSS +
  // The button is a 24x24 px target (WCAG 2.5.8), transparent, centred on the 18x16 px box the
  // page makes room for; the sign fills its padding box (20x18 px). Positioned, so it stays on
  // top of the lines above and below, which it overlaps by a few pixels.
  '.b{position:absolute;inset-block-start:-4px;inset-inline-start:-3px;box-sizing:border-box;width:24px;height:24px;padding:0;' +
  'border:solid transparent;border-width:3px 2px;border-radius:5px;background:none;color:#000}' +
  '.b .sign{position:absolute;inset:0;font:bold 12px/1 "DejaVu Sans",sans-serif}.b .stop{inset:-3px -2px;font-size:13px}' +
  // Danger's stop sign fills the whole 24x24 px target: its host makes 4 px more room in the line.
  ':host([data-level=danger]){width:22px!important}:host([data-level=danger]) .b{inset-inline-start:-1px}' +
  `.b:focus-visible{${FOCUS_RING}${RING_HALO}}` +
  // In the card's heading, beside the level's word.
  'p .sign{width:18px;height:16px;margin-inline-end:4px;vertical-align:middle;font:bold 11px/1 "DejaVu Sans",sans-serif}p .stop{width:20px;height:20px}' +
  `[popover]{${PANEL}position:fixed;inset:auto;margin:0;max-width:min(340px,90vw);max-height:min(360px,60vh);overflow:auto;padding:10px 12px}` +
  TEXT;

export const DIALOG_CSS =
  `${HOST}display:block!important;position:fixed!important}` +
  `dialog{${PANEL}max-width:min(460px,90vw);padding:16px 18px}dialog::backdrop{background:#000a}` +
  TEXT +
  SIGN_CSS +
  'h2 .sign{width:26px;height:26px;margin-inline-end:8px;vertical-align:middle;font:bold 14px/1 "DejaVu Sans",sans-serif}' +
  'h2{margin:0 0 10px;font-size:17px;color:#8a0019}code{font:12px monospace;direction:ltr;unicode-bidi:isolate;overflow-wrap:anywhere}' +
  '.a{display:flex;gap:8px;justify-content:flex-end}' +
  BUTTONS +
  '.open{background:#fff;color:#8a0019;border-color:#8a0019}';
