import datetime as dt
from greetlint.facts.callback import find_callback
T = dt.date(2026, 12, 1)
cases = [
("You've reached Nimbus Software support. Our engineers respond to voicemails within four business hours.", "specific"),
("Hi, this is Keira. I'll call you back before lunch.", "specific"),
("You've reached Lowell's Garage. We'll give you a buzz back within the hour.", "specific"),
("This is Tanvir. I usually return calls the same evening.", "specific"),
("Hi, it's Gwen. I'll be in touch tomorrow afternoon at the latest.", "specific"),
("You've reached Stern & Pyle. A paralegal will return your call by the next business day.", "specific"),
("Hi, you've reached Amara. I'm teaching until three; I'll call you back at four.", "specific"),
("This is Ruben's voicemail. Expect a call back within a day.", "specific"),
("You've reached the Oakridge HOA. The board returns messages every Monday.", "specific"),
("Hey, it's Lou. I'll ring you back in ten minutes.", "specific"),
("Hi, this is Emil. I'll call you back, hopefully soon.", "vague"),
("You've reached Prism Optics. We'll be sure to reach out.", "vague"),
("Hi, it's Sadie. I will absolutely get back to you.", "vague"),
("You've reached Marlowe. Leave your number and I'll get to your message when I can.", "vague"),
("This is Yusuf. I'll return your call after I land.", "vague"),
("Hi, it's Fern. Talk soon, I'll call you.", "vague"),
("You've reached Brook Vet Clinic. A staff member will get back to you at the earliest opportunity.", "vague"),
("Hi, you've reached Clem. Your call will be returned.", "vague"),
("Hey, it's Tully. Will call you back.", "vague"),
("You've reached Waverly Books. Someone will call you back shortly.", "vague"),
("Hi, you've reached Ottilie. I'm probably in the garden. Leave a message.", "none"),
("You've reached Rook Hardware. Store hours are eight to six, seven days a week.", "none"),
("This is Hugo. Please text rather than call.", "none"),
("You've reached the Mendes family. Please leave a message for any of us.", "none"),
("Hi, it's Jana. I'm on vacation until the 20th. Urgent? Call Mark at 555-0171.", "none"),
("You've reached Corran Insurance. To report a claim, visit our website.", "none"),
("Hi, it's Beck. Leave it at the beep.", "none"),
("You've reached Halden Clinic. If this is a medical emergency, dial 911.", "none"),
("Hi, you've reached Vik. I'll be out of the office Thursday and Friday.", "none"),
("This is Saoirse. Leave a message and have a lovely day.", "none"),
("Hi, it's Reid. Don't leave a voicemail; I don't listen to them.", "refusal"),
("You've reached Fable Media. Voicemail is not monitored. Please email hello at fable dot com.", "refusal"),
("Hi, this is Greer. I'm retired, and this number won't be returning calls.", "refusal"),
("You've reached Jin. I'm not able to call anyone back from this phone.", "refusal"),
("Hi, it's Mo. I won't call you back. Text only.", "refusal"),
("This is the after-hours line. Messages left here are not retrieved.", "refusal"),
("You've reached Pax. Your message won't reach me; this account is closed.", "refusal"),
("Hi, it's Ona. I don't do callbacks.", "refusal"),
("You've reached Lyle. I never return voicemails, period.", "refusal"),
("Hi, it's Ama. Please don't expect a call back from this number.", "refusal"),
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
