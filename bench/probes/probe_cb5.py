import datetime as dt
from greetlint.facts.callback import find_callback
T = dt.date(2026, 12, 1)
cases = [
("Thank you for calling Maple Family Practice. Leave a message and a nurse will call you back before the end of the day.", "specific"),
("Hi, you've reached Jonas at Keel Marine. I'm on the water most days, but I check messages at five and return calls then.", "specific"),
("You've reached Orrin. I'll call you back within 48 hours, usually sooner.", "specific"),
("Hi, it's Dee. Back to you by tonight, promise.", "specific"),
("This is Halima Yusuf, claims adjuster. I return all voicemails within one business day.", "specific"),
("You've reached the Finch Gallery. We'll ring you back on Tuesday when we reopen.", "specific"),
("Hey, Marco here. I'll call you later tonight.", "specific"),
("You've reached Selby Plumbing. Leave a message and we'll have a plumber call you within two hours.", "specific"),
("Hi, you've reached Tamsin. I'll get back to you after the holidays, on January 5th.", "specific"),
("Hello, this is Kai. Your call matters, and I'll return it before noon.", "specific"),
("Hi, it's Brielle. I'll get back to you, don't worry.", "vague"),
("You've reached Corvina Bakery. We'll call you back once the rush is over.", "vague"),
("This is Arlo. I'll do my best to return your call.", "vague"),
("You've reached Wick & Rye. Someone will return your message as soon as possible.", "vague"),
("Hey, it's Zara. I'll catch you back.", "vague"),
("Hi, you've reached Lionel. I'm away at the moment but I'll get in touch when I'm back.", "vague"),
("You've reached Heron Accounting. One of our accountants will return your call.", "vague"),
("Hi, it's Petra. Call you back!", "vague"),
("Hello, you've reached the Baird family. We'll call you back.", "vague"),
("You've reached Fenwick Legal. Your message will be passed on and someone will contact you.", "vague"),
("Hi, this is Mirela. Please leave a message.", "none"),
("You've reached Cobalt Fitness. Class schedules are on our website.", "none"),
("Hi, it's Tobin. I'm driving. Leave a message.", "none"),
("You've reached Ivy. I'm out of the country until the 14th with limited signal.", "none"),
("This is the Quill Street pharmacy. We are closed. Please call back tomorrow after 9 a.m.", "none"),
("Hi, it's Lena. If you're calling about the car, it's sold.", "none"),
("You've reached Ostrow Dental. For appointments, press 1. To leave a message, press 2.", "none"),
("Hey, it's Kit. You know the drill.", "none"),
("You've reached Amos. For anything urgent, call Dana on 555-0144.", "none"),
("Hi, you've reached Cleo. Leave your name and number after the tone.", "none"),
("Hi, it's Bruno. I don't call back unknown numbers.", "refusal"),
("You've reached Sato. I won't be checking messages at all while I'm away; email Kim.", "refusal"),
("This phone's voicemail isn't checked. Please send a text.", "refusal"),
("You've reached Agnes. I no longer return calls on this line.", "refusal"),
("Hi, it's Nils. I'm not going to call you back, so please email.", "refusal"),
("You've reached Harlow Tech support. We cannot return voicemail; open a ticket online.", "refusal"),
("Hi, this is Mina. Leaving a message here is pointless, I never check it.", "refusal"),
("You've reached Cass. Messages are not being returned at this number.", "refusal"),
("Hi, it's Orla. Voicemails are deleted without being heard.", "refusal"),
("You've reached Dunne. Nobody here returns voicemail.", "refusal"),
]
from collections import Counter
bad = 0; conf = Counter()
for t, want in cases:
    cb = find_callback(t, T, kind="greeting")
    conf[(want, cb.cls)] += 1
    if cb.cls != want:
        bad += 1; print(f"{want:>8} -> {cb.cls:<8} {t}   [{cb.phrase}]")
f1s=[]
for c in ("specific","vague","none","refusal"):
    tp=conf[(c,c)]; fp=sum(v for (a,b),v in conf.items() if b==c and a!=c); fn=sum(v for (a,b),v in conf.items() if a==c and b!=c)
    p=tp/(tp+fp) if tp+fp else 1; r=tp/(tp+fn) if tp+fn else 1; f1s.append(2*p*r/(p+r) if p+r else 0)
print("wrong", bad, "of", len(cases), "macro-F1 %.3f" % (sum(f1s)/4))
