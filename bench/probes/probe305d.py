from greetlint.facts.message import find_purpose
nopurp = [
"Hi, it's Rosa. Call me. Okay? Bye.",
"Hey, this is Neil Carver. Please return my call, my number is 555-0148.",
"Hi, it's Abby, I'm on the train, so I'll lose you in a sec, call me.",
"Hello, it's Frida, sorry, wrong time maybe, ring me back.",
"Hey, Gabe here, I owe you a call, so, here it is. Call me back.",
"Hi, it's Yolanda, I just tried you at the office. Ring me on my mobile.",
"Hi, it's Quentin, give me a call back sometime this week if you get a minute.",
"Hello, this is Ms. Park from Greenfield Elementary. Please call the school office at 555-0102.",
"Hey, it's Lars. Huh. Okay, I'll call you tomorrow.",
"Hi, it's Dotty, I'm just popping out, call me later on.",
"Hey it's Wes, no biggie, call me whenever.",
"Hi, it's Ana again, sorry for all the calls, call me back.",
"Hi, this is Hank Morrow, I'm on my cell, 555-0188, talk later.",
"It's Jess. Remember me? Call me.",
"Hello, Tim speaking, returning your message. Cheers.",
]
purp = [
"Hi, it's Rosa, is Thursday still good for coffee?",
"Hey, this is Neil Carver, I have your lost dog. Please call 555-0148.",
"Hi, it's Abby, I'm on the train, I'll be home by eight.",
"Hey, Gabe here, I owe you twenty bucks, I'll drop it off.",
"Hi, it's Yolanda, the meeting room changed to 4B.",
"Hello, this is Ms. Park from Greenfield Elementary, Leo forgot his lunch.",
"Hey, it's Lars, happy birthday, mate!",
"Hi, it's Dotty, I'm popping out to the shops, need anything?",
"Hey it's Wes, the trailer's free if you want it Saturday.",
"Hi, this is Hank Morrow from the garage, your brakes need replacing.",
"It's Jess. I'm pregnant! Call me.",
"Hello, Tim speaking, the quote for the fence is ready.",
"Hi, it's Ana, I can't find my keys, did I leave them at yours?",
"Hi, it's Noor, remember to bring the chairs tonight.",
"Hey, it's Kai, your sister says hi.",
]
m = [t for t in nopurp if find_purpose(t) is not None]
print("no-purpose recall", (len(nopurp)-len(m))/len(nopurp))
for t in m: print("  MISS", repr(find_purpose(t).text), "<-", t)
fp = [t for t in purp if find_purpose(t) is None]
print("purpose kept", (len(purp)-len(fp))/len(purp))
for t in fp: print("  FALSE", t)
