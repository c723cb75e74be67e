/**
 * What the zoo's page renderers share: the origins they link between, and the shop page around a
 * widget (real widgets live on busy pages, not on blank ones).
 */
import { htmlDocument, type DocumentConfig } from '../client-runtime.js';
import type { ZooPageId } from '../types.js';

export interface RenderContext {
  hostOrigin: string;
  widgetOrigin: string;
  /** Absolute URL of POST /zoo/api/truth on the host origin. */
  truthUrl: string;
}

export interface PageRenderer {
  /** The host page, GET /zoo/<id> on the host origin. */
  host(ctx: RenderContext): string;
  /** Chat documents, GET /zoo-frame/<id>[/<part>] (part "" = the chat itself). */
  frames?: Record<string, (ctx: RenderContext) => string>;
}

export function configFor(page: ZooPageId, ctx: RenderContext): DocumentConfig {
  return { page, truthUrl: ctx.truthUrl, widgetOrigin: ctx.widgetOrigin, hostOrigin: ctx.hostOrigin };
}

export const SHOP_STYLE = `
.site-header{background:#222;color:#fff;padding:12px 24px;display:flex;gap:24px;align-items:center}
.site-header nav a{color:#ddd;margin-right:16px;text-decoration:none}
.site-main{padding:24px;max-width:960px}
.product{display:inline-block;width:200px;margin:0 16px 16px 0;padding:12px;border:1px solid #eee;border-radius:6px}
.product .price{color:#e4393c;font-weight:bold}
`;

/** A shop's header and a few products around the chat. */
export function shopChrome(shopName: string): string {
  return `<header class="site-header"><strong>${shopName}</strong><nav><a href="#">首页</a><a href="#">全部商品</a><a href="#">会员中心</a><a href="#">帮助中心</a></nav></header>
<main class="site-main">
  <h1>${shopName}</h1>
  <div class="product"><div>电热水壶 1.7L</div><div class="price">¥129</div></div>
  <div class="product"><div>智能台灯</div><div class="price">¥199</div></div>
  <div class="product"><div>保温杯 500ml</div><div class="price">¥69</div></div>
</main>`;
}

/** A page whose own document holds the chat (the runtime is inlined). */
export function chatDocument(page: ZooPageId, ctx: RenderContext, opts: { title: string; style: string; body: string; script: string }): string {
  return htmlDocument({ ...opts, config: configFor(page, ctx), chat: true });
}

/** A page that only embeds (no chat of its own). */
export function embeddingDocument(page: ZooPageId, ctx: RenderContext, opts: { title: string; style: string; body: string; script: string }): string {
  return htmlDocument({ ...opts, config: configFor(page, ctx), chat: false });
}
