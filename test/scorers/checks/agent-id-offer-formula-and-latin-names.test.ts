/**
 * agent-id by structure (round 11): the service formula without a frame (role + name + 为您服务), the surname nickname
 * after a title the lists do not know (我是X小Y), a Latin working name ended by the change of script or led by 阿/小, and a
 * match by sound whose name slot is the service's own word. Wordings are our own (a ferry line, a bakery, a print shop).
 */
import { describe, expect, it } from 'vitest';
import { agentId } from '../../../scorers/checks/norms.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const S = scenario();
const says = (line: string) => only(agentId(chat([['agent', line, 1000], ['customer', '我想问下船票', 2000], ['agent', '好的，您说', 3000]]), S, rubric)).pass;

describe('agent-id: named in the service formula or by a surname nickname', () => {
  it('role (a role head, a title in 长, or 调度) + a name + 为您服务, no 我是', () => {
    for (const line of ['您好，售票员郑可欣为您服务，请讲。', '欢迎致电，码头站长卢一帆为您服务', '您好，调度老彭为您服务']) {
      expect(says(line), line).toBe(true);
    }
  });
  it('我是 + a title + 小/老 + a surname, where it visibly ends', () => {
    for (const line of ['您好，我是票务协调小郝，请问改签吗？', '我是烘焙指导老邱 您说']) expect(says(line), line).toBe(true);
  });
  it('a Latin working name: after 阿/小, or ended by the change of script', () => {
    for (const line of ['您好，我是烘焙顾问阿Joy，请问要订蛋糕吗？', '我是印务经理Leo是要印名片吗']) expect(says(line), line).toBe(true);
  });
});

describe('agent-id: still no one named', () => {
  it('a brand or a line in the formula', () => {
    for (const line of ['您好，华夏渡轮为您服务', '喂，小蜂印务为您服务，请讲']) expect(says(line), line).toBe(false);
  });
  it('Latin letters after a role that are no written name', () => {
    for (const line of ['我是客服经理WIFI断了吗', '我是售后顾问app里看到的']) expect(says(line), line).toBe(false);
  });
  it('the service word in the name slot, heard by sound', () => {
    for (const line of ['您好我这边是人工', '您好，这里是服务中心']) expect(says(line), line).toBe(false);
  });
});
