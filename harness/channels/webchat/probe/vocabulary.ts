/**
 * The words and markup conventions `probe` recognises, in one place so they can be reviewed and
 * extended without reading the in-page scripts. Everything here is general: ARIA names, the words
 * Chinese and English chat widgets put on their buttons, and the container ids/classes that the
 * widely used vendors document or ship (Intercom, Zendesk, LiveChat, Tawk.to, Crisp, Chatwoot,
 * Drift, HubSpot, Freshchat, Tidio, Salesforce Embedded Service, 网易七鱼 (YSF), 美洽 (MEIQIA),
 * 智齿 (zhichi / sobot), Udesk, 53KF, 快商通…). The patterns travel into the page as regex
 * sources (matched case-insensitively) because the scans run there.
 */
export interface ProbeVocabulary {
  /** Text / aria-label / title of a button that opens a chat. */
  launcherWords: string;
  /** ids, classes, data-* values and iframe names/titles that vendors use for the chat widget. */
  vendorMarkers: string;
  /** Containers of cookie / consent / privacy banners. */
  consentContainer: string;
  /** The accepting button of such a banner (never "reject", never "settings"). */
  consentAccept: string;
  /** A send button's text, aria-label, title, class or id. */
  sendWords: string;
  /** Placeholder / aria-label of the message composer. */
  composerWords: string;
  /** A pre-chat form's start / submit button. */
  prechatSubmit: string;
  /** A typing indicator's class, id, aria-label or text. */
  typingWords: string;
  /** Tokens (class names, data-* values) that mean "this message is the customer's". */
  customerTokens: string;
  /** Tokens that mean a human agent's message. */
  agentTokens: string;
  /** Tokens that mean an automated assistant's message. */
  botTokens: string;
  /** Tokens that mean a system notice. */
  systemTokens: string;
  /** Text of system notices (queue, transfer, join, end). */
  systemText: string;
  /** Buttons that must never be clicked while probing (they end or leave the chat). */
  dangerousWords: string;
}

export const PROBE_VOCABULARY: ProbeVocabulary = {
  launcherWords:
    '在线客服|在线咨询|联系客服|人工客服|客服|咨询|在线|聊天|留言|帮助|' +
    '\\bchat\\b|live ?chat|chat with|talk to|message us|messag|support|help|contact us|open (the )?messenger|need help',
  vendorMarkers:
    'intercom|zendesk|ze-?snippet|webwidget|launcher|livechat|chat-widget|tawk|crisp|chatwoot|woot|drift|hubspot-messages|' +
    'hs-messages|freshchat|fc_frame|fc_widget|tidio|olark|embeddedservice|embeddedmessaging|helpbutton|rocketchat|' +
    'lpmcontainer|liveperson|ysf|qiyu|meiqia|zhichi|sobot|udesk|53kf|kuaishang|easemob|kefu|chat-?button|chat-?bubble|' +
    'chat-?launcher|messenger|webchat|chat-?widget|chatbox|chat-?toggle|chat-?trigger|chat-?open|support-?button',
  consentContainer: 'cookie|consent|gdpr|privacy|onetrust|cookiebot|cmp|隐私|cookie政策',
  consentAccept:
    '^(accept|accept all|allow|allow all|agree|i agree|got it|ok|okay|understood|同意|接受|全部接受|接受全部|我同意|我知道了|知道了|好的|确定|允许)$|accept|同意并继续|接受',
  sendWords: '发送|发 送|send|submit|提交|↵|➤',
  composerWords: '输入|消息|留言|问题|请描述|想说|type|message|write|reply|ask|compose|说点什么',
  prechatSubmit: '开始|咨询|提交|进入|确定|start|begin|submit|continue|chat now|下一步|连接',
  typingWords: 'typing|is-typing|正在输入|对方正在|输入中|composing|loading-dots|dots|writing',
  // Token lists are matched against whole words (class names and data-* values, also split at
  // - _ and camelCase), so `bot` does not fire on `bottom`; the unanchored tail holds only
  // words long enough not to occur inside unrelated ones.
  customerTokens:
    '^(visitor|customer|user|client|guest|self|me|mine|my|own|outgoing|outbound|sent|right|local|enduser|consumer|question|访客|客户|用户)$|' +
    'visitor|customer|outgoing|fromme|isme|访客',
  agentTokens:
    '^(agent|operator|staff|admin|human|kefu|service|support|incoming|inbound|received|left|remote|other|server|rep|servicer|人工|客服)$|' +
    'operator|incoming',
  botTokens: '^(bot|robot|ai|auto|automated|assistant|virtual|chatbot|faq|机器人|智能)$|robot|chatbot|机器人',
  systemTokens: '^(system|notice|info|event|tip|tips|status|divider|center|meta|announcement|sys|notification|系统|提示)$|notification|announcement|sysmsg',
  systemText: '正在为您转接|转接|排队|队列|前面还有|已接入|会话已结束|对话已结束|已断开|加入了?会话|离开了?会话|joined|left the (chat|conversation)|in (the )?queue|transferr|chat (has )?ended',
  dangerousWords: '结束|关闭|退出|挂断|end chat|end conversation|close|leave|minimi|退出登录|logout|sign out',
};
