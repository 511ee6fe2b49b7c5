/**
 * Stands in for WXT's ContentScriptContext in the content script bundle (a resolve alias in
 * wxt.config.ts). WXT's own announces every start to the page: window.postMessage and a DOM
 * event named after the extension's id, which any page can listen for, in quiet mode too. It
 * also costs ~3 KB of the content script's 12 KB. Our main() uses none of it: the extension's
 * messages fail harmlessly once the extension is updated or removed under a page.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
