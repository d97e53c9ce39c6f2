import datetime as dt
from greetlint.facts.callback import find_callback
T = dt.date(2026, 12, 1)
cases = [
("Hi, you've reached Colette. I'll return your call by noon tomorrow.", "specific"),
("You've reached Brightwater Pools. We call back all messages within one working day.", "specific"),
("This is Anton. Leave a message and I'll call you back in about an hour.", "specific"),
("Hi, it's Suki. I'm in class till two; I'll ring you back after that.", "specific"),
("You've reached Delmar Roofing. Your call will be returned the same business day.", "specific"),
("Hi, this is Pieter. I'll get back to you on Friday.", "specific"),
("Hello, this is Mona. Leave a message and I'll reply within 30 minutes.", "specific"),
("You've reached Ferris Electric. A member of staff will contact you tomorrow morning.", "specific"),
("This is Gaby. I'll give you a call this evening.", "specific"),
("You've reached Oakline Realty. An agent will return your call in the next two hours.", "specific"),
("Hi, it's Viggo. I'll get back to you when I can.", "vague"),
("You've reached Bellweather Tours. A representative will be in touch.", "vague"),
("Hello, it's Carys. I'll call you back as soon as I'm free.", "vague"),
("This is Hamza. Rest assured I will return your call.", "vague"),
("You've reached Tallis Print. Leave a message and we'll get right back to you.", "vague"),
("Hi, it's Joon. I'll ring you back in a little while.", "vague"),
("You've reached the Ashby clinic. A nurse will call you back as soon as possible.", "vague"),
("Hi, this is Reyna. I will reach out to you shortly.", "vague"),
("Hey, it's Cole. I'll holler back.", "vague"),
("This is Nerys. Someone from my team will follow up.", "vague"),
("You've reached Lark & Sons. Please leave a message.", "none"),
("Hi, it's Boris. I'm away. Leave a message.", "none"),
("You've reached Orla. I'm at lunch until one.", "none"),
("This is the Pryce residence. We're not home. Speak after the tone.", "none"),
("Hi, you've reached Kwame. For billing questions, press 3.", "none"),
("You've reached Seabrook Library. We open at ten tomorrow.", "none"),
("Hi, it's Ilka. The best way to reach me is by email.", "none"),
("You've reached Garnet Dental. If this is an emergency, hang up and dial 911.", "none"),
("Hi, this is Wendell. Try my cell if it's urgent.", "none"),
("This is Ines. I'm out of the office until Monday, December 8th.", "none"),
("You've reached Pell. I do not return calls.", "refusal"),
("Hi, it's Farah. Voicemail on this phone is turned off in spirit; I'll never hear it.", "refusal"),
("This number is no longer monitored. Please contact the front office.", "refusal"),
("Hi, you've reached Ezra. I don't listen to voicemail, so text me.", "refusal"),
("You've reached Wexley Storage. We are not able to respond to voicemail.", "refusal"),
("Hi, it's Dina. There's no point leaving a message, I never check it.", "refusal"),
("This is Calder. I won't be returning any calls, please email.", "refusal"),
("You've reached Mika. Nobody will listen to your message.", "refusal"),
("Hi, it's Sol. Messages here go unheard. Email me.", "refusal"),
("You've reached Grove Hall. This voicemail box does not get checked.", "refusal"),
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
