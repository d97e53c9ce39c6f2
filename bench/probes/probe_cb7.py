import datetime as dt
from greetlint.facts.callback import find_callback
T = dt.date(2026, 12, 1)
cases = [
("Hello, you've reached Dr. Imani Cole. I return patient calls between 4 and 5 p.m. daily.", "specific"),
("Hi, it's Bastian. I'll call you back within a couple of hours.", "specific"),
("You've reached Juniper Catering. We'll get back to you by Wednesday.", "specific"),
("This is Elsie. Leave a message and I'll ring you first thing in the morning.", "specific"),
("You've reached Quay Dental. Messages received after 5 p.m. are returned the next morning.", "specific"),
("Hi, it's Wil. Expect a callback this afternoon.", "specific"),
("You've reached Moreno Law. An attorney will call you back within 24 hours.", "specific"),
("Hi, this is Lotte. I'll reply to your message tonight.", "specific"),
("You've reached Calloway. I'll call back after my shift ends at seven.", "specific"),
("Hi, it's Jem. I'll get back to you next week.", "specific"),
("Hi, you've reached Tova. I'll return your call as soon as I'm able.", "vague"),
("You've reached Saffron Spa. We'll phone you back.", "vague"),
("This is Idris. I'll try my best to get back to you.", "vague"),
("Hi, it's Nell. Speak soon, I'll give you a shout.", "vague"),
("You've reached Aldous Print. Someone will return your call at their earliest convenience.", "vague"),
("Hi, this is Pia. I'll reach out when I'm done with my meetings.", "vague"),
("You've reached the Hobbs. We'll call you when we get home.", "vague"),
("Hey, it's Arjun. I'll hit you up later.", "vague"),
("Hi, this is Maren. Your message will get a reply.", "vague"),
("You've reached Kinross Books. A bookseller will be in touch.", "vague"),
("Hi, it's Opal. Please leave a detailed message.", "none"),
("You've reached Ferro Tile. We're open Monday to Saturday.", "none"),
("Hi, you've reached Seth. I'm abroad, back on the 9th.", "none"),
("This is Dara at Pine Realty. For listings, visit pinerealty dot com.", "none"),
("You've reached Wynn. If it's urgent, text me.", "none"),
("Hello, you've reached the Tran household.", "none"),
("Hi, it's Ivo. Say what you need to say after the beep.", "none"),
("You've reached Birchwood Vets. For emergencies, call the after-hours clinic at 555-0180.", "none"),
("Hi, this is Lark. I'll be on leave through Friday.", "none"),
("You've reached Tess. Please try again later.", "none"),
("Hi, it's Bram. I'm not calling anyone back this week, sorry.", "refusal"),
("You've reached Elm Street Storage. This mailbox is not being monitored.", "refusal"),
("Hi, it's Cal. I ignore voicemail. Text me.", "refusal"),
("You've reached Nadia. Calls to this number are no longer returned.", "refusal"),
("Hi, this is Omar. I won't return calls from unknown numbers.", "refusal"),
("This is Ruth. I can't return voicemails; please email.", "refusal"),
("You've reached Hesper. Nobody checks this line.", "refusal"),
("Hi, it's Gil. Messages on this phone never get listened to.", "refusal"),
("You've reached Lorne. Don't wait for a call back; it won't come.", "refusal"),
("Hi, this is Sven. I don't answer or return voicemails.", "refusal"),
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
