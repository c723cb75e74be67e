/**
 * Two rude constructions aimed at the customer, whatever the words inside them: the dare 有本事 + 你/您 (or + a
 * verb), and the customer's ears, eyes or wits questioned (你耳朵呢 / 你聋了吗). Look-alikes: 有本事 said of a
 * third party, and plain talk about a health condition or a follow-up on how one's eyes are. Wordings are our own.
 */
import { describe, expect, it } from 'vitest';
import { compileRubric, prepare, vocabHits } from '../../../scorers/context.js';
import { politeness } from '../../../scorers/checks/professionalism.js';
import { chat, only, rubric, scenario } from '../helpers.js';

const c = compileRubric(rubric);
const impoliteIn = (line: string) => vocabHits(c, 'impolite', prepare(chat([['agent', line, 1000]])).agent[0]!).map((h) => h.quote);
/** A courteous chat with one line of the agent's in its middle. */
const courteousWith = (line: string) =>
  chat([
    ['agent', '您好，请问有什么可以帮您？', 1000],
    ['customer', '我想问问这个怎么弄', 2000],
    ['agent', line, 3000],
    ['customer', '哦', 4000],
    ['agent', '请问还有其他可以帮您的吗？感谢您的来电。', 5000],
  ]);

describe('impolite: the dare 有本事', () => {
  it('finds 有本事 aimed at the customer, whatever it dares them to', () => {
    for (const said of ['有本事你找我们经理去', '有本事您自己修好了再拿来', '有本事就去消协', '有本事你别用我们的网'])
      expect(impoliteIn(said).length, said).toBeGreaterThan(0);
  });
  it('leaves 有本事 said of someone else alone', () => {
    for (const said of ['我们的师傅很有本事，您放心', '这位技师有本事，您可以约他']) expect(impoliteIn(said), said).toEqual([]);
  });
});

describe('impolite: the customer\'s senses questioned', () => {
  it('finds "where are your ears/eyes", "are you deaf/blind"', () => {
    for (const said of ['我讲了三遍了你耳朵呢', '您眼睛呢？按钮就在右上角', '你脑子呢', '你聋了吗', '你瞎啊，写着呢', '眼睛是瞎了吗']) expect(impoliteIn(said).length, said).toBeGreaterThan(0);
  });
  it('leaves a health condition or a check-up question alone', () => {
    for (const said of ['您的眼睛呢，最近还干涩吗', '您耳朵不舒服的话可以挂耳鼻喉科', '您眼睛不好的话可以把字体调大', '我们听力中心可以帮您的耳朵做检查'])
      expect(impoliteIn(said), said).toEqual([]);
  });
  it('fails politeness on one such line in an otherwise courteous contact', () => {
    expect(only(politeness(courteousWith('我刚才说了在设置里，你耳朵呢？'), scenario(), rubric)).pass).toBe(false);
    expect(only(politeness(courteousWith('有本事你去找我们主管。'), scenario(), rubric)).pass).toBe(false);
    expect(only(politeness(courteousWith('您的眼睛呢，最近还干涩吗？我帮您约复查。'), scenario(), rubric)).pass).toBe(true);
  });
});
