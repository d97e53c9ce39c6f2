import datetime as dt
from greetlint.facts.callback import find_callback
T = dt.date(2026, 12, 1)
cases = [
("Hi, it's Nico. I'll call you back later this afternoon.", "specific"),
("You've reached Dunmore Tax. Calls are returned in the order received, usually the same day.", "specific"),
("Hi, it's Bea. I'll call you back first thing tomorrow.", "specific"),
("You've reached Ilse. I'll get back to you over the weekend.", "specific"),
("This is Hamid. I'll return your call between 2 and 4 this afternoon.", "specific"),
("Hi, it's Rina. Expect my call by Thursday at the latest.", "specific"),
("You've reached Corvid Labs. We respond to all voicemails within two working days.", "specific"),
("Hi, it's Saul. I'll be calling you back this evening.", "specific"),
("Hi, it's Opal. I'll get back to you in a day or two.", "specific"),
("This is Gus at Fenn Motors. We'll call you back once your car's been looked at.", "vague"),
("Hi, Lia here. I'll call you back when I'm free.", "vague"),
("You've reached the Ostler desk. Your message matters and will be returned.", "vague"),
("Hi, it's Marco. If it's about the car, I'll call you back.", "vague"),
("Hi, it's Nadia. Leave a message and I'll see what I can do.", "none"),
("This is Colm. I might call you back, I might not.", "vague"),
("You've reached Hollis. I'm not taking calls this week. I'll be back on the 9th.", "refusal"),
("Hi, it's Aron. I'm not able to return calls at this number.", "refusal"),
("You've reached Sable Co. This line does not accept messages and calls will not be returned.", "refusal"),
("Hi, this is Tova. I rarely check this voicemail, so email is better.", "refusal"),
("You've reached Wynn. No callbacks, sorry. Email me.", "refusal"),
("This is Lucia. Please do not leave a message; it won't be returned.", "refusal"),
("You've reached Rook. I'm off the grid until March and won't be returning any calls.", "refusal"),
("Hi, this is Ferris. I don't do voicemail. At all.", "refusal"),
("You've reached Kestrel Insurance. We are unable to return calls left on this line.", "refusal"),
("This is Ana. This phone is no longer in service for messages; they will not be heard.", "refusal"),
("Hi, it's Joss. I'll call you back tomorrow, unless it's a sales call, then I won't.", "specific"),
("Hi, you've reached Myra. I'm on leave until the 20th. Messages won't be picked up before then; I'll call you back after I return.", "vague"),
("You've reached Pax. I return calls Monday through Friday, nine to five.", "specific"),
("Hey it's Dom. Leave a message, I'll holler back in a bit.", "vague"),
("You've reached Ember Cafe. We'll give you a ring back before we open tomorrow.", "specific"),
]
bad = 0
for t, want in cases:
    cb = find_callback(t, T, kind="greeting")
    if cb.cls != want:
        bad += 1; print(f"{want:>8} -> {cb.cls:<8} {t}   [{cb.phrase}]")
print("wrong", bad, "of", len(cases))
