/**
 * The shapes the self-introduction constructions read a name, a role and a staff code by (self-introduction.ts,
 * intro-forms.ts, self-introduction-frames.ts) [S22 服务人员识别信息 — the person's id or name]: a common surname + one or
 * two characters, 小X / 老X / 阿X, a doubled nickname, a compound surname, a working name in Latin letters; a role noun by
 * its head; a staff code; and where a name visibly ends.
 */

/** Not a courtesy that starts like a surname + given name (谢谢 / 辛苦 — 谢 and 辛 are surnames). */
export const NOT_COURTESY = '(?!谢谢|辛苦)';
/** Common surnames (百家姓, the most frequent hundred or so) — the shape of a Chinese name's first character. */
export const SURNAME =
  '[王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文' +
  // …and the next most frequent surnames of the 百家姓 that start no service word after a role (not 向/关/应/查/单/
  // 付/费/荣/项/祝/路/强…: 客服查一下您的, 很荣幸为您, 客服祝您 would read as names)
  '葛柯包祁季褚卫韦苗俞柳鲍岑雷倪滕殷毕邬伍卜穆庞纪舒屈阮蓝闵席娄童颜梅盛骆樊凌霍虞莫裴翁甄靳焦仲詹蒲卓蔺屠蒙池翟桑冀晏柴瞿艾耿匡寇欧聂晁辛饶鞠荆岳楚洪邢巫尤栗柏湛' +
  // …and two of the first hundred left out above, 严 and 温: the words they start after a role (严格 / 温馨 …) are
  // NOT_SURNAME_WORD's, and a framed name must still end where a name visibly ends
  '严温]';
export const COMPOUND_SURNAME = '(?:欧阳|司马|上官|诸葛|东方|慕容|皇甫|公孙|夏侯|端木|南宫)';
/** A given name's characters are no particle, no leading service word (请 / 为 / 很 / 在 / 您 …). */
export const GIVEN = '(?:(?!的|了|吗|呢|啊|呀|吧|哈|哦|请|为|很|在|您|你|是|有|来|给|将|会|帮)\\p{Script=Han})';
/**
 * Round 25 (a reading): 小七 / 老三 / 阿九 — the numeral reader makes a nickname's numeral a digit (小7), as it makes every
 * lone 三…九 one; one digit after 小 / 老 / 阿, no number or unit running on, is the same nickname.
 */
export const NUMERAL_NICKNAME = '[小老阿][1-9](?![\\d.:%号点个岁天年元块])';
/** 小X / 老X / 阿X, not the words that start so (小姐, 小时, 老板, 阿姨, 小组 …), or 小 / 老 / 阿 + a numeral's digit. */
export const NICKNAME = `(?:[小老阿](?!姐|时|额|程|区|号|票|伙|孩|朋友|部分|心|板|公|婆|家|乡|百姓|人|年|是|在|姨|哥|弟|妹|组)\\p{Script=Han}|${NUMERAL_NICKNAME})`;
/** A doubled nickname (乐乐 / 丹丹), not a doubled particle or a courtesy (哈哈 / 嗯嗯 / 谢谢 / 好好). */
export const DOUBLED = '(?![哈呵嗯啊呀哦嘿好对是谢您你请])(?<doubled>\\p{Script=Han})\\k<doubled>';
// (阿 / 小 before a working name in Latin letters is the same nickname: 阿May / 小Kim)
export const NAME = `(?:${COMPOUND_SURNAME}\\p{Script=Han}{1,2}|${NOT_COURTESY}${SURNAME}${GIVEN}{1,2}|${NICKNAME}|${DOUBLED}|[a-z]{3,}(?![a-z])|[小阿][a-z]{2,}(?![a-z]))`;
/**
 * A staff code: up to two letters and two or more digits (spoken digits are digits by now: 四八三零 → 4830), with an
 * optional 号; not a service line's number [S28].
 */
export const CODE = '(?!(?:400|800)\\d{7}|95\\d{3,}|1[0-2]\\d{3}(?!\\d)|96\\d{3}(?!\\d))[a-z]{0,2}\\d{2,}(?![\\d.:])(?:号)?';
/**
 * The head of a role noun: the role's last word, whatever precedes it (热线座席员, 售后服务专员, 在线顾问). Any …师 after
 * two characters is a profession's title (调律师, 驯犬师, 招生老师 — the trades name their staff so; listing them
 * one by one never ended); not 师傅, its own head, whose 傅 would read as a surname.
 */
// (round 16: 前台 as staff call themselves at a front desk, 我是前台小X — with nothing name-shaped after it, 我是前台 names no one;
// round 17: 技术支持 and 督导, the IT desk's and a chain's supervisors' titles, 我是技术支持阿X / 门店督导Coco; round 21: a unit's head, unit word + 长, 我是值班组长X / 我是店长X)
export const ROLE_HEAD = '(?:员(?!工)|顾问|(?<![顾乘游旅访房])客服|坐席|座席|代表|管家|经理|主管|助理|工程师|师傅|技师|律师|咨询师|药师|营养师|治疗师|规划师|设计师|售后|前台|技术支持|督导|(?<=\\p{Script=Han}\\p{Script=Han})师(?!傅|长)|(?<=[组店班站队科所院馆社])长(?![期久时途远大辈假短得度]))';
/**
 * What may end an introduced name: the clause, or what the agent says next to the customer — the offer (为您服务 /
 * 很高兴), an address to them (您慢慢说 / 您请讲 / 你说), a request (请讲 / 请问), the open question (有什么…), or a
 * spoken filler (…小李 呃 您说): the agent hesitating after the name has ended it, as APPOSITION_END reads it.
 */
// (…or the staff number said straight after the name, 健康管理师X编号…: the id's keyword starts no name)
export const NAME_END = '(?=$|\\||很高兴|为您|为你|竭诚|来为|给您|在线|在的|在这|您|你|请|有什么|呃|嗯|额|编号|工号)';
export const FRAME = '(?:我是|我叫|这里是|这边是|我这边是)';
/**
 * What follows a role head and is more of the role or the unit (客服代表 / 客服专员 / 客服中心), or a service adverb
 * that starts like a surname (客服马上为您查询 / 专员高兴为您服务): not a name.
 */
export const NOT_A_NAME =
  '(?!代表|专员|顾问|经理|主管|助理|管家|客服|坐席|座席|人员|中心|热线|服务|团队|部|组长|班长|小姐|小哥|师傅|工程师|技师|老师|马上|高兴|方便|全力|全心|全程|竭诚|周到|随时|继续|专门|立刻|立即)';
/**
 * A given name said alone after the role (馆员晓岚 / 客服思远): two characters, the first no pronoun, particle, deictic,
 * time or service word (这边 / 刚才 / 负责 / 送件 … start so), the second no particle. Only in the framed form and only
 * where the name visibly ends (below): with no surname to recognise, the boundary is the evidence.
 */
export const GIVEN_ALONE =
  '(?![的了吗呢啊呀吧哈哦嘛请为很在您你是有来给将会帮这那本我们咱刚现今明已正马就也都还先再要可能负专而没不人中部组送上下去过跟和与快准想打找问说看到平系电大窗总一二三四五六七八九十号然])\\p{Script=Han}(?![的了吗呢啊呀吧哈哦嘛])\\p{Script=Han}';
/** A full name only after 专属 + an unknown title: with no role head to go by, the surname is the evidence. */
export const FULL_NAME = `(?:${COMPOUND_SURNAME}\\p{Script=Han}{1,2}|${NOT_COURTESY}${SURNAME}${GIVEN}{1,2})`;
/** Words that start with a listed surname and run on after a role as no name (客服方面 / 客服程序 / 客服包括 …). */
export const NOT_SURNAME_WORD = '(?!方面|方式|方法|金额|金融|程序|包括|曾经|尤其|陆续|常规|范围|任何|于是|万一|何时|高峰|周末|文件|龙头|严格|严重|严肃|温馨|温度|温和)';
/**
 * 小 / 老 + a listed surname (小魏 / 老周): the nickname made of a surname, the commonest way staff are called, and
 * unlike 小X in general (小程序, 净小蜂 — a brand) it is a person's. With no role head the lists know before it (我是技术支持
 * 小魏 / 我是调度小冯), the title-then-name form takes it where it visibly ends, as a full name.
 */
export const SURNAME_NICKNAME = `[小老]${SURNAME}`;
/**
 * 小X / 阿X after 我是 + a title (我是排班助理小禾，…): a nickname whose second character is no surname, so it counts only
 * where it visibly ends (TITLE_NAME_END or a pause) and is no word that starts so (NICKNAME: 小区 / 小时 / 阿姨 …).
 */
export const TITLED_NICKNAME = `[小阿](?!姐|时|额|程|区|号|票|伙|孩|朋友|部分|心|板|公|婆|家|乡|百姓|人|年|是|在|姨|哥|弟|妹)${GIVEN}`;
