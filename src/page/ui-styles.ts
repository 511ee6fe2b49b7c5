/**
 * The look of the badge, its card and the warning dialog. Each lives in a closed shadow root:
 * the page's CSS reaches only the host element, and `!important` rules on :host win over the
 * page's own `!important` ones (CSS Scoping: the inner context wins for important rules).
 * Sizes in px, not rem (rem follows the page's root font size); the badge's in em of the text
 * beside it, capped in px. Logical properties
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
  // An inline box (not inline-block) that does not wrap, its first character a word joiner: no
  // line break between the link's last letter and the badge, so it never wraps away from its link.
  // Sized in em of the page's text, up to 16 px: beside 9 px footnotes it is 10x9 px and stays
  // inside its line; beside large text it keeps its 18x16 px.
  // It makes no line taller: the host has no line height of its own (and the page's font), and the
  // sign's box takes no height in the line (negative block margins of half its height, centred on
  // the text's middle). A line 1 px taller per badge moved everything below it, and on a long page
  // made the browser lay out and repaint all of it again (page-layout.e2e.ts, digests).
  `${HOST}display:inline!important;font-family:inherit!important;font-size:min(1em,16px)!important;line-height:0!important;white-space:nowrap!important;margin-inline-start:clamp(2px,.1875em,3px)!important}` +
  '.s{--h:max(9px,1em);display:inline-block;position:relative;width:max(10px,1.125em);height:var(--h);margin-block:calc(var(--h)/-2);vertical-align:middle}' +
  BUTTONS +
  SIGN_CSS +
  // The button is its target (WCAG 2.5.8): 24x24 px beside 16 px text, centred on the box the
  // page makes room for, the extra a transparent border; with smaller text it shrinks to the box
  // itself, so it never reaches into the lines around it. The level's sign fills its padding box;
  // danger's stop sign fills the whole target, and its box is wider (22 px at 16 px text).
  '.b{--y:clamp(0px,16em/11 - 12px,12px - 8em/11);--x:clamp(0px,18em/11 - 15px,12px - 9em/11);position:absolute;inset:calc(-1*var(--y)) calc(-1*var(--x));' +
  // The transparent part is padding, not a border (browsers round border widths down to whole
  // pixels, and the sign would no longer match the box). The sign keeps the button's em, so the
  // same var(--x) and var(--y) place it on the badge's box; the glyph alone is larger.
  // (em here: the button's font, 11/16 of the text's; the glyphs are 12/11 and 13/11 of it.)
  'box-sizing:border-box;padding:var(--y) var(--x);border:0;border-radius:5px;background:none;color:#000;' +
  'font:bold max(7px,.6875em)/1 "DejaVu Sans",sans-serif}' +
  '.b .sign{position:absolute;inset:var(--y) var(--x)}.b .sign i i{font-size:1.09em}' +
  '.b .stop{inset:0}.b .stop i i{font-size:1.18em}' +
  ':host([data-level=danger]) .s{width:max(12px,1.375em)}' +
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

/**
 * The badge's placement (badge-placement.ts), on top of BADGE_CSS. `clip`: sticky at the end edge
 * of the box that cuts the line off. `over`: out of flow, the size of its box, moved beside the
 * link by a translate; above the link's own content (z-index 1), below the page's raised layers.
 */
export const PLACE_CSS = {
  flow: '',
  clip: ':host{position:sticky!important;inset-inline-end:0!important;z-index:1!important}',
  over: ':host{position:absolute!important;z-index:1!important;margin:0!important;line-height:0!important}.s{vertical-align:top;margin-block:0}',
} as const;

export const shiftCss = (x: number, y: number) => `:host{translate:${x}px ${y}px!important}`;
