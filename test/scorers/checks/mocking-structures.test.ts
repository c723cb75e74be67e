/**
 * forbidden-words' mocking structures (checks/mocking-structures.ts): the customer's person judged ironically, the
 * rhetorical "couldn't you do it yourselves", the dare to complain about us. Wordings of our own (a ferry, a gym, a
 * bakery, a photo studio …), positives and the look-alikes each must leave clean.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenCategories } from '../helpers.js';

describe('讽刺挖苦: the customer\'s person judged with 也/可 + a degree word and a particle', () => {
  it('finds it in any adjective', () => {
    for (const said of ['这么贵的包随手一放，您也是挺放心的哈。', '才上了三节课就想见效，您也太着急了吧', '你可真够能折腾的啊']) {
      expect(forbiddenCategories(said, '船票能改吗？'), said).toContain('讽刺挖苦');
    }
  });
  it('passes sympathy, thanks and a statement about a thing', () => {
    for (const said of ['您也挺不容易的，我马上帮您催。', '您也太客气了吧，应该的', '您也辛苦了哈', '这个蛋糕挺大的哈，够八个人吃', '您也太倒霉了吧，我帮您登记补发']) {
      expect(forbiddenCategories(said, '蛋糕多大？'), said).toEqual([]);
    }
  });
});

describe('讽刺挖苦: "couldn\'t your side do it yourselves first?"', () => {
  it('finds the rhetorical question in any verb', () => {
    for (const said of ['你们前台自己不会先登记一下吗？', '您自己就不会先重启一下路由器吗']) {
      expect(forbiddenCategories(said, '网怎么断了？'), said).toContain('讽刺挖苦');
    }
  });
  it('passes the question about what the customer can do and the agent doing it', () => {
    for (const said of ['您自己会不会操作？不会的话我一步步教您', '不会的话，我帮您先重启一下', '您会自己重启路由器吗？']) {
      expect(forbiddenCategories(said, '网怎么断了？'), said).toEqual([]);
    }
  });
});

describe('激将投诉: the customer dared to complain about us at an office the agent names', () => {
  it('finds it with a particle or closing the clause', () => {
    for (const said of ['不服你就去体育局告我们。', '您要是觉得不行可以去消协投诉我们嘛', '那你到市场监管局举报我们好了']) {
      expect(forbiddenCategories(said, '凭什么扣我押金？'), said).toContain('激将投诉');
    }
  });
  it('passes the complaint channel offered, with no "us" as the object', () => {
    for (const said of ['如果您对处理结果不满意，也可以拨打12345反映，我这边也会跟进。', '您可以去前台告诉值班经理，他会处理', '您可以到服务台投诉，也可以在线提交']) {
      expect(forbiddenCategories(said, '凭什么扣我押金？'), said).toEqual([]);
    }
  });
});
