from greetlint.facts.message import find_purpose
nopurp = [
"Hi Maya, it's Oscar. Give me a call back when you're free, okay? Thanks.",
"Hello, this is Ramon Ortiz from Lakeside Auto. Please call me back at 555-0135.",
"Hey, it's Beth, I'm just leaving work. Call me.",
"Hi, it's Auntie Pam, I haven't talked to you in forever. Ring me sometime.",
"Hi, this is Officer Dale, badge 4410, please return my call at 555-0190.",
"Hey, it's me. You know who. Call me back.",
"Good morning, this is Lydia with Acorn Staffing, please give me a call at your convenience.",
"Hi, it's Chris. Just trying you again. Call me.",
"Hey, this is Max, call me when you get out of class.",
"Hi, it's Sara, I'll be up till midnight, so call whenever.",
"Hello, this is Mr. Boyd calling for Mrs. Ellis. Please ring me.",
"Hi, it's Leo. I'm around this weekend. Let me know.",
"Hey, it's Gus, uh, never mind, I'll figure it out. Bye.",
"Hi, it's Ruby. Call me. It's kind of important.",
"Hi, this is Tanya from upstairs, knock on my door when you're in.",
]
purp = [
"Hi Maya, it's Oscar, I fixed your bike, come get it.",
"Hello, this is Ramon Ortiz from Lakeside Auto, your inspection passed.",
"Hey, it's Beth, I'm just leaving work, want me to grab dinner?",
"Hi, it's Auntie Pam, your uncle's surgery went well.",
"Hi, this is Officer Dale, there's been a break-in on your street.",
"Hey, it's me, I'm stuck in traffic, start without me.",
"Good morning, this is Lydia with Acorn Staffing, we have a temp job for you starting Monday.",
"Hi, it's Chris, the landlord raised the rent again.",
"Hey, this is Max, can I copy your notes from class?",
"Hi, it's Sara, I'm throwing a surprise party for Jen on Saturday.",
"Hello, this is Mr. Boyd, the piano tuner, confirming Thursday at two.",
"Hi, it's Leo, I'm around this weekend if you want to go hiking.",
"Hey, it's Gus, the dog ate your shoe, sorry.",
"Hi, it's Ruby, my flight lands at six, can you pick me up?",
"Hi, this is Tanya from upstairs, water is leaking into my bathroom from your flat.",
]
m = [t for t in nopurp if find_purpose(t) is not None]
print("no-purpose recall %.2f" % ((len(nopurp)-len(m))/len(nopurp)))
for t in m: print("  MISS", repr(find_purpose(t).text), "<-", t)
fp = [t for t in purp if find_purpose(t) is None]
print("purpose kept %.2f" % ((len(purp)-len(fp))/len(purp)))
for t in fp: print("  FALSE", t)
