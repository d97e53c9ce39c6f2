import datetime as dt
from greetlint.facts.callback import find_callback
T = dt.date(2026, 12, 1)
cases = [
# specific
("You've reached Ines. Leave a message and expect a call from me within two hours.", "specific"),
("Hi, Tobias here. I return all calls by close of business the same day.", "specific"),
("This is Mara. Messages left before noon get a call back that afternoon.", "specific"),
("You've reached Ortolan Plumbing. A technician will phone you back within the hour.", "specific"),
("Hi, it's Wes. Leave a message and you'll hear from me before five today.", "specific"),
("Hello, Pell Dental. We return every call the next business day.", "specific"),
("Hi, this is Dara. I check messages at noon and at four and call back right after.", "specific"),
("You've reached Gorse & Finch. Someone from our team will get back to you within one business day.", "specific"),
("It's Lorna. I'll ring you back tonight.", "specific"),
("Hi, Cato here. Leave your number and I'll be in touch by tomorrow morning.", "specific"),
("You've reached Abel. Your call will be returned within 24 hours.", "specific"),
("This is Yuki. I promise to call you back before the end of the day.", "specific"),
("Hi, you've reached Sven. I'm in meetings until 3, I'll return your call after that.", "specific"),
# vague
("Hi, this is Nell. Leave a message and I'll call you back.", "vague"),
("You've reached Harrow Books. We'll get back to you as soon as we can.", "vague"),
("Hi, it's Piet. Leave a message, I'll get back to you when I get a chance.", "vague"),
("Hello, you've reached Quinn. Someone will be in touch shortly.", "vague"),
("You've reached Lark Vets. A member of our staff will return your call.", "vague"),
("Hi, it's Ros. I'll try to call you back soon.", "vague"),
("This is Emeka. Leave a message and I'll reach out at my earliest opportunity.", "vague"),
("Hey, it's Jun. Leave a message and I'll hit you back.", "vague"),
("You've reached Moss. Expect a call back from me.", "vague"),
("Hi, it's Fern. I'll get back to you eventually, I promise.", "vague"),
("Hi, it's Gil. I do my best to return calls promptly.", "vague"),
# none
("Hi, you've reached Tamar. Please leave a message after the beep.", "none"),
("You've reached the Holm family. Leave a message.", "none"),
("Hi, it's Ravi. I'm away. For urgent matters call my assistant at 555-0110.", "none"),
("This is Kit. Text me instead, it's faster.", "none"),
("You've reached Pine Clinic. Our hours are 8 to 5. Please call back during office hours.", "none"),
("Hi, this is Ada. If you need me, email is the best way to reach me.", "none"),
("You've reached Birch Legal. Leave a detailed message after the tone.", "none"),
("Hi, it's Tess. I'll be back on Monday.", "none"),
# refusal
("Hi, it's Zed. I don't return calls from numbers I don't know.", "refusal"),
("You've reached Ulla. This mailbox is not checked. Please email me.", "refusal"),
("This is Bram. I no longer use this number and won't get your message.", "refusal"),
("Hi, it's Mei. Voicemails here are never listened to, so text me.", "refusal"),
("You've reached Ostrava Imports. We do not return voicemail messages.", "refusal"),
("Hey, it's Cy. Don't bother leaving a message, I won't hear it.", "refusal"),
("Hi, it's Lev. Messages left on this line are deleted unheard.", "refusal"),
("You've reached Ivo. Nobody checks this voicemail.", "refusal"),
("Hi, Asa here. Please don't expect a call back.", "refusal"),
("Hi, this is Pim. I won't be returning calls; please contact Dana at 555-0177.", "refusal"),
]
from collections import Counter
bad = 0
for t, want in cases:
    cb = find_callback(t, T, kind="greeting")
    if cb.cls != want:
        bad += 1; print(f"{want:>8} -> {cb.cls:<8} {t}   [{cb.phrase}]")
print("wrong", bad, "of", len(cases))
