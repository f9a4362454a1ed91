// Sends the runtime messages of lib/messages.ts and installs each side's one listener. A side lists the messages
// it answers (Handlers); a message for someone else (another name, not ours, or not from this extension) is left alone.
import { browser, type Browser } from 'wxt/browser';
import { isMessage, type Message, type MessageName, type RequestOf, type ResponseOf } from '../lib/messages';

export type Handler<K extends MessageName> = (
  request: RequestOf<K>,
  sender: Browser.runtime.MessageSender,
) => ResponseOf<K> | Promise<ResponseOf<K>>;
export type Handlers = { [K in MessageName]?: Handler<K> };

/** Sends a message; undefined when nobody answered (no listener for it, or a side that does not reply). */
export async function send<K extends MessageName>(name: K, request: RequestOf<K>): Promise<ResponseOf<K> | undefined> {
  return (await browser.runtime.sendMessage({ ...request, type: name })) as ResponseOf<K> | undefined;
}

/** This side's one listener: call once with every message it answers. */
export function listen(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    // Other extensions' messages arrive on onMessageExternal; refusing a foreign sender id here is a second lock.
    if (!isMessage(message) || (sender.id !== undefined && sender.id !== browser.runtime.id)) return undefined;
    const handler = handlers[message.type] as Handler<MessageName> | undefined;
    if (!handler) return undefined;
    const response = handler(message as Message & RequestOf<MessageName>, sender);
    if (response === undefined) return undefined; // a notice: nothing to answer
    void Promise.resolve(response).then(sendResponse);
    return true; // the answer comes asynchronously
  });
}
