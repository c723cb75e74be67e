/**
 * How the self-test reaches and drives each zoo page with plain playwright-core: the clicks that
 * open it, the frames to walk into, and where its composer and bubbles are. Written from the pages'
 * markup, independently of the harness's web-chat channel.
 */
import type { ElementHandle, Frame, Page } from 'playwright-core';
import type { ZooPageId } from '../../../mocks/widget-zoo/types.js';

export interface PageDriver {
  id: ZooPageId;
  /** Clicked in order on the top page before the chat shows. */
  clicks?: string[];
  /** iframes to walk into, outermost first. */
  frames?: string[];
  /** Run inside the chat frame before the first line (e.g. a pre-chat form). */
  prepare?: (chat: Frame | Page) => Promise<void>;
  input: string;
  /** Without it, Enter is pressed in the input. */
  send?: string;
  /** Centre-side bubbles (bot, agent and system). */
  centreMessage: string;
  /** Inside a bubble, the element(s) holding its text (joined). */
  text?: string;
  typing?: string;
  /** The customer's lines, said one after another (each waits for the centre's full answer). */
  lines: string[];
}

const BOT_LINES = ['我想退货，申请了三天没人处理。', '转人工', '我的退货申请三天了还没人处理，怎么回事？', '退款多久能到账？运费谁出？', '好的，谢谢，再见。'];

export const DRIVERS: PageDriver[] = [
  {
    id: 'plain',
    input: '#chat-input',
    send: '#chat-send',
    centreMessage: '.chat-item.from-agent, .chat-item.from-system',
    text: '.chat-bubble',
    lines: ['你好，我买的东西三天了还没到。', '订单号是 880012345678。', '好的，知道了。', '没有了，再见。'],
  },
  {
    id: 'iframe',
    frames: ['iframe#chat-widget'],
    input: '#lc-input',
    send: '.lc-send-button',
    centreMessage: '.lc-message--agent, .lc-message--system',
    text: '.lc-message__text',
    typing: '.lc-typing-indicator',
    lines: ['你好，我想办宽带，有哪些套餐？', '1000M的怎么办理？', '地址是朝阳区建国路88号，电话13900002222。', '谢谢，再见。'],
  },
  {
    id: 'vendor-launcher',
    clicks: ['#onetrust-accept-btn-handler', '#embeddedMessagingConversationButton'],
    frames: ['iframe#embeddedMessagingFrame'],
    input: '[contenteditable=true].composer',
    centreMessage: '.chat-message.bot, .chat-message.agent, .chat-message.system',
    text: '.slds-chat-message__text',
    typing: '.typing-indicator',
    lines: BOT_LINES,
  },
  {
    id: 'nested-iframes',
    frames: ['iframe#help-center-frame', 'iframe#ysf-chat-frame'],
    input: '#ysf-editor',
    send: '.ysf-btn-send',
    centreMessage: '.ysf-msg-staff, .ysf-msg-system',
    text: '.ysf-msg-content',
    lines: ['你好，我的信用卡丢了，要挂失。', '我叫张伟，身份证后四位1234。', '好的，明白了。', '谢谢，再见。'],
  },
  {
    id: 'contenteditable',
    input: '.mq-editor[contenteditable=true]',
    centreMessage: '.mq-msg-agent, .mq-msg-event',
    text: '.mq-msg-text',
    lines: ['你好，这款布艺沙发有现货吗？', '送货上门吗？', '好的，我考虑一下。', '没有了，再见。'],
  },
  {
    id: 'prechat-form',
    frames: ['iframe#webWidget'],
    prepare: async (chat) => {
      await chat.fill('#prechat-name', '周先生');
      await chat.fill('#prechat-phone', '13700003333');
      await chat.fill('#prechat-question', '查询保单状态');
      await chat.click('#prechat-start');
    },
    input: '#zd-composer',
    send: '.zd-send',
    centreMessage: '.zd-agent, .zd-system',
    text: '.zd-message-text',
    typing: '.zd-typing',
    lines: ['我想查一下我的保单状态。', '缴费银行卡能改吗？', '好的，知道了。', '谢谢，再见。'],
  },
  {
    id: 'bot-handoff',
    input: '#zc-input',
    send: '#zc-send',
    centreMessage: '.zc-robot, .zc-staff, .zc-system',
    text: '.zc-msg-text',
    typing: '.zc-typing',
    lines: ['我这个月话费怎么多了？', '转人工', '我这个月话费比平时多了18元，怎么回事？', '那有什么流量套餐推荐吗？', '好的，帮我办一个。', '谢谢，再见。'],
  },
  {
    id: 'virtualised',
    input: 'textarea.intercom-composer-textarea',
    send: 'button.intercom-composer-send-button',
    centreMessage: '.intercom-conversation-part-admin, .intercom-conversation-part-event',
    text: '.intercom-block-paragraph',
    lines: ['你好，我想报名三亚五日游。', '价格是多少？', '帮我预留两个名额，6月20日的。', '谢谢，再见。'],
  },
  {
    id: 'streamed',
    input: 'textarea.user-message-input',
    send: 'button.send-button',
    centreMessage: '.chat-bubble.agent, .activity-message',
    text: '.message-content',
    lines: ['你好，会员年费多少钱？', '怎么取消自动续费？', '好的，明白了。', '谢谢，再见。'],
  },
  {
    id: 'split-spans',
    input: '#udesk-input',
    send: '.udesk-send',
    centreMessage: '.udesk-msg-agent, .udesk-msg-system',
    text: '.udesk-text',
    typing: '.udesk-typing',
    lines: ['你好，我的快递到哪了？', '今天下午家里没人怎么办？', '好的，知道了。', '谢谢，再见。'],
  },
];

/** Open a driver's page for contact `ref` and return the frame (or page) that holds its chat. */
export async function openChat(page: Page, baseUrl: string, driver: PageDriver, ref: string): Promise<Frame | Page> {
  await page.goto(`${baseUrl}/zoo/${driver.id}?ref=${encodeURIComponent(ref)}`);
  for (const click of driver.clicks ?? []) await page.click(click);
  let scope: Frame | Page = page;
  for (const selector of driver.frames ?? []) {
    const handle: ElementHandle | null = await scope.waitForSelector(selector);
    const frame: Frame | null = await handle!.contentFrame();
    if (!frame) throw new Error(`${selector} has no content frame`);
    scope = frame;
  }
  await scope.waitForLoadState('load');
  return scope;
}

/** Type a line and send it the way the page expects (button or Enter). */
export async function sayLine(chat: Frame | Page, driver: PageDriver, text: string): Promise<void> {
  const input = chat.locator(driver.input);
  await input.fill(text);
  if (driver.send) await chat.locator(driver.send).click();
  else await input.press('Enter');
}

/** Text of the last centre-side bubble still in the DOM. */
export async function lastCentreText(chat: Frame | Page, driver: PageDriver): Promise<string> {
  const last = chat.locator(driver.centreMessage).last();
  const parts = driver.text ? await last.locator(driver.text).allTextContents() : [await last.textContent()];
  return parts.join('');
}

/**
 * Count typing indicators inserted from now on, in the document and every open shadow root
 * (a MutationObserver per root, because mutations inside a shadow root do not reach the document).
 */
export async function countTypingFromNow(chat: Frame | Page, selector: string): Promise<void> {
  await chat.evaluate((sel) => {
    const w = window as unknown as { __zooTyping: number };
    w.__zooTyping = 0;
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of Array.from(roots[i]!.querySelectorAll('*'))) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const observer = new MutationObserver((records) => {
      for (const r of records) for (const n of Array.from(r.addedNodes)) if (n instanceof Element && n.matches(sel)) w.__zooTyping++;
    });
    for (const root of roots) observer.observe(root, { childList: true, subtree: true });
  }, selector);
}

export async function typingCount(chat: Frame | Page): Promise<number> {
  return chat.evaluate(() => (window as unknown as { __zooTyping: number }).__zooTyping);
}
