import { createHmac } from 'node:crypto';

/** What a group robot answers: errcode 0 when the message was taken. */
async function post(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`robot answered HTTP ${res.status}: ${text.slice(0, 200)}`);
  const answer = JSON.parse(text || '{}') as { errcode?: number; errmsg?: string };
  if (answer.errcode) throw new Error(`robot refused the message: ${answer.errcode} ${answer.errmsg ?? ''}`.trim());
}

/** 企业微信群机器人: a text message that @-mentions people by mobile number. */
export async function postWeCom(webhook: string, content: string, mobiles: string[]): Promise<void> {
  await post(webhook, { msgtype: 'text', text: { content, mentioned_mobile_list: mobiles } });
}

/**
 * 钉钉群机器人: a text message that @-mentions people by mobile number. With a signing secret (加签)
 * the URL carries timestamp and sign = Base64(HMAC-SHA256(secret, timestamp + "\n" + secret)).
 */
export async function postDingTalk(webhook: string, secret: string, content: string, mobiles: string[], now = Date.now()): Promise<void> {
  let url = webhook;
  if (secret) {
    const sign = createHmac('sha256', secret).update(`${now}\n${secret}`).digest('base64');
    url += `${url.includes('?') ? '&' : '?'}timestamp=${now}&sign=${encodeURIComponent(sign)}`;
  }
  await post(url, { msgtype: 'text', text: { content }, at: { atMobiles: mobiles, isAtAll: false } });
}
