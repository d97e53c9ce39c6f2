import datetime as dt
from greetlint.facts.callback import find_callback
T = dt.date(2026, 12, 1)
cases = [
("Hi, you've reached Pilar. Leave your details and I'll be back to you within the day.", "specific"),
("You've reached Hartwell Vets. One of our team will call you back before six tonight.", "specific"),
("This is Odile. I'll phone you back this afternoon, promise.", "specific"),
("Hi, it's Ben. Messages are answered every evening after seven.", "specific"),
("You've reached Crane & Co. Expect to hear from us within two business days.", "specific"),
("This is Rhea. I'll get in touch first thing Monday morning.", "specific"),
("Hi, you've reached Marisol. I should be able to call you back by the end of the day.", "specific"),
("You've reached Kemp Heating. An engineer will ring you back within four hours.", "specific"),
("Hello, this is Ishaan. I'll have someone call you back tomorrow.", "specific"),
("This is Tove's line. You'll get a call back from me later today.", "specific"),
("Hi, it's Linus. I'll call you right back.", "vague"),
("You've reached Aster Books. Someone will get back to you.", "vague"),
("This is Harriet. Leave a message and I'll be sure to return it.", "vague"),
("Hi, this is Owen. I'll respond as quickly as I can.", "vague"),
("You've reached the Carlisle office. We'll be in contact shortly.", "vague"),
("Hi, this is Noor. I will get back in touch once I've checked my diary.", "vague"),
("You've reached Flint Legal. An associate will follow up with you.", "vague"),
("Hey, it's Rory. Leave a message and I'll try to get back to you.", "vague"),
("Hi, this is Esme. You'll hear from me soon.", "vague"),
("This is Bo. I'll be sure to give you a ring back.", "vague"),
("Hello, you've reached Juno. Please leave your name and number.", "none"),
("You've reached Mallory Dental. We're closed. Our hours are nine to five weekdays.", "none"),
("Hi, it's Pax. If it's urgent, call my cell at 555-0181.", "none"),
("You've reached Dario. I'm not available. Please try again later.", "none"),
("Hi, this is Vera. Please call back on Monday when we're open.", "none"),
("You've reached the Lim household. Leave a message after the beep and have a nice day.", "none"),
("Hello, this is Ada. I'm on leave until the 10th. For urgent matters contact Sam at 555-0111.", "none"),
("This is Gil's phone. You know what to do.", "none"),
("Hi, it's Sorcha. Please don't call this number after 9 p.m.", "none"),
("You've reached Pike Motors. For service, press 1. For sales, press 2.", "none"),
("Hi, this is Mae. I don't check voicemail, so please text me.", "refusal"),
("You've reached the old number for Ravi. This mailbox isn't monitored anymore.", "refusal"),
("This is Kurt. Calls to this line will not be returned.", "refusal"),
("Hi, it's Lena. I never listen to voicemails, sorry.", "refusal"),
("You've reached Tarn Ltd. We no longer return phone messages; please use our website.", "refusal"),
("Hi, this is Ugo. Please don't leave a message, I won't get it.", "refusal"),
("You've reached Eli. I've stopped using voicemail. Email me instead.", "refusal"),
("This is the Vance line. Messages left here are not listened to.", "refusal"),
("Hi, it's Rosa. I won't be calling anyone back this month.", "refusal"),
("You've reached Nate. I'm not going to return your call, so don't bother.", "refusal"),
]
bad = 0
from collections import Counter
conf = Counter()
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
