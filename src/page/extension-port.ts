/**
 * The content script's one door to the extension. No webextension-polyfill here (~10 KB in
 * every entry that routes `browser` through it): Firefox's `browser` and Chrome MV3's `chrome`
 * both return promises from runtime.sendMessage.
 */
import type { MessageBGtoCS, MessageCStoBG } from '../contracts/page-messages';

interface ExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: (message: unknown, sender: unknown, sendResponse: (answer: unknown) => void) => void): void };
  };
  i18n: { getMessage(key: string, substitutions?: string | string[]): string };
}

interface ExtensionGlobals {
  // Not always whole: Chrome's content scripts may have a `browser` without `runtime`.
  browser?: Partial<ExtensionApi>;
  chrome?: ExtensionApi;
}

// Firefox MV2 also has `chrome`, but with callbacks; its `browser` is the promise-based one.
const api = (): ExtensionApi | undefined => {
  const g = globalThis as ExtensionGlobals;
  return g.browser?.runtime?.id ? (g.browser as ExtensionApi) : g.chrome;
};

/** Rejects, never throws, also when the extension was updated or removed under the page. */
export async function sendToBackground(message: MessageCStoBG): Promise<unknown> {
  return api()!.runtime.sendMessage(message);
}

/** For messages that get no reply: Chrome rejects those promises when the port closes. */
export function tellBackground(message: MessageCStoBG): void {
  sendToBackground(message).catch(() => undefined);
}

export function onBackgroundMessage(listener: (message: MessageBGtoCS) => void): void {
  api()?.runtime.onMessage.addListener((message) => {
    if ((message as Partial<MessageBGtoCS> | null)?.type === 'page-config-changed') listener(message as MessageBGtoCS);
  });
}

/** Answers the background's "where is the image with this src?" (image-area.ts), at once. */
export function answerImageQuestions(answer: (src: string) => unknown): void {
  api()?.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const question = message as Partial<MessageBGtoCS> | null;
    if (question?.type === 'image-area' && typeof question.src === 'string') sendResponse(answer(question.src));
  });
}

/** A string from _locales (the page shows nothing the bundle spells out). */
export function t(key: string, substitution?: string): string {
  return api()?.i18n.getMessage(key, substitution) ?? '';
}

/**
 * The language and direction of the words we show (declared by the messages file the browser
 * picked), for the card and the dialog: they follow our strings, not the page around them.
 */
export function uiLanguage(): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: t('languageTag'), dir: t('languageDirection') === 'rtl' ? 'rtl' : 'ltr' };
}
