"""Trade-neutral non-decisive glue (customer fillers, presses, nudges) shared by all domains.
Decisive agent lines live in mat_<domain>.py, written per trade."""
from lib import lines

ASKOPEN = lines('''
请问有什么可以帮您？
请问您遇到什么问题了？
您请讲。
请问今天需要办理什么？
您说，我听着。
请问有什么需要？
''')
CUST_OK = lines('''
好的。
行，您查吧。
嗯，可以。
好，我等着。
没问题。
''')
PRESS = lines('''
那您总得告诉我该怎么办吧？
我就想知道个具体的，能说说吗？
那到底怎么弄呢？
您再帮我想想办法呗？
''')
NUDGE_V = lines('''
喂？
喂，还在吗？
喂喂，能听到吗？
''')
NUDGE_C = lines('''
在吗？
还在吗
？？
''')
CUST_APOLOGY = lines('''
不好意思啊，我说话有点乱。
抱歉抱歉，刚才信号不好。
麻烦你们了，不好意思打扰。
对不住，我第一次弄这个不太懂。
''')
CUST_NOMORE = lines('''
没有了，谢谢。
没别的了。
暂时没有了。
嗯，就这些。
''')
CUST_BYE = lines('''
好的，再见。
行，拜拜。
嗯好。
''')
WALK = lines('''
算了算了，我先挂了。
哎我车来了，先不说了。
行吧，我回头自己再看，先这样。
我这边来人了，先挂了啊。
''')
CLOSE_BAD = lines('''
好的。
行。
嗯，明白。
好，那您稍后留意短信。
''')
CUST_TAKE = lines('''
哦，好的。
嗯，记下了。
明白了。
行。
''')
VERIFY_OK = lines('''
核对无误，信息一致。
好的，和系统登记的一致。
嗯，核对上了。
''')
CUST_MOVEON = lines('''
哦……那好吧。
行吧，那先不管这个。
嗯，那算了。
''')
