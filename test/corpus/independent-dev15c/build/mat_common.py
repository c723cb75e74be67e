"""Material shared by all trades: turns that decide no label (bot/IVR scaffolding, backchannels, a neutral note)."""
BACKCHANNEL = ["嗯嗯", "对", "嗯", "对对", "是的"]
NOTE = ["您的意见我这边会如实记录上报。", "这个情况我写进记录，转给负责人。"]
IVR = ["您好，欢迎致电{org}。咨询请按1，投诉请按2，查询请按3。", "正在为您转接人工服务，请稍候。"]
BOT = ["您好，我是{org}智能助手，请问有什么可以帮您？", "正在为您转接人工客服，请耐心等待。"]
BOT_ONLY = ["您好，我是{org}智能助手，请问有什么可以帮您？", "抱歉，我没有理解您的问题，您可以换个说法试试。",
            "当前人工客服繁忙，建议您稍后再试或留言。"]
CUST_TO_HUMAN = ["转人工。", "我要找人工客服。", "人工，人工！"]
