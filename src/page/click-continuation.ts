/**
 * How "Open anyway" carries on the click the warning stopped. A scripted click on the link is
 * followed like a real one (target, rel, download, the page's own handlers), but browsers ignore
 * a scripted click's middle button and modifier keys, so those open a tab or window directly.
 */
export type Continuation = 'same-click' | 'new-tab' | 'new-window';

export interface ClickLike {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export function continuationOf(click: ClickLike): Continuation {
  if (click.button === 1 || click.ctrlKey || click.metaKey) return 'new-tab';
  if (click.shiftKey) return 'new-window';
  return 'same-click';
}

/** The window.open() features for a continuation that opens something new. */
export function openFeatures(continuation: Exclude<Continuation, 'same-click'>): string {
  return continuation === 'new-window' ? 'noopener,popup' : 'noopener';
}
