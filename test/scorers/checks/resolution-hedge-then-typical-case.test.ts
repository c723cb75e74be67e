/**
 * resolution: a hedge followed by the usual case (不好说，一般两三天能干透 / 说不准 通常要排队半小时) answers as far as it
 * can be answered; a hedge followed by a reassurance or a bare 一般吧 does not. Wordings are our own, in trades no
 * corpus covers.
 */
import { describe, expect, it } from 'vitest';
import { resolution } from '../../../scorers/checks/resolution.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const contact = (reply: string) =>
  chat([
    ['customer', '刷完墙漆多久能住人？', 1000],
    ['agent', reply, 2000],
  ]);

describe('resolution: hedge then the typical case', () => {
  it('passes a hedge with the usual case after it', () => {
    for (const reply of ['这个不好说，一般通风一周左右就可以入住', '说不准 正常情况下半个月味道就散了']) {
      expect(only(resolution(contact(reply), scenario(), rubric)).pass, reply).toBe(true);
    }
  });

  it('fails a hedge followed by a reassurance or a bare 一般吧', () => {
    for (const reply of ['这个不好说。您别着急，我们一起想办法', '不好说，一般吧']) {
      expect(only(resolution(contact(reply), scenario(), rubric)).pass, reply).toBe(false);
    }
  });
});
