from greetlint.facts.message import find_purpose
nopurp = [
"Hi, Carmen, it's Luis. Call me back when you've got a minute. Thanks.",
"Hello, my name is Derek Shaw, please call me at 555-0119. Thank you.",
"Hey, it's Pia. I'm at the gym, so text or call, whatever.",
"Hi, it's your cousin Mateo. Long time. Give me a ring.",
"Good evening, this message is for Mr. Lund. Please call Diane at 555-0146 at your earliest convenience.",
"Hey, it's Rick, uh, I'll just try again in a bit.",
"Hi, this is Samira. Sorry I couldn't pick up earlier. Ring me back.",
"Hey, it's Dom. Are you around? Ring me.",
"Hi, this is Becca from the Thompson account, please call me back.",
"Hey, it's Jade. Me again. Call me, okay?",
"Hi, it's Grandpa. Nothing special. Bye now.",
"Hello, it's Irene, I'm back in town. Call me.",
"Hi, it's Felix, ring me after lunch, I'm in meetings all morning.",
"Hi, this is Kara from Bluebird Cleaning returning your call, I'll try you again later.",
"Hey, it's Nico, I'm up, call me.",
]
purp = [
"Hi, Carmen, it's Luis, can you feed the fish while I'm away?",
"Hello, my name is Derek Shaw, I'm interested in the van you're selling.",
"Hey, it's Pia, I'm at the gym, your jacket is in my car.",
"Hi, it's your cousin Mateo, we're having a barbecue Sunday, come!",
"Good evening, this message is for Mr. Lund, your passport application is missing a photo.",
"Hey, it's Rick, the game got rained out.",
"Hi, this is Samira, the landlord is coming to check the heater tomorrow.",
"Hey, it's Dom, I need a lift to the airport Friday.",
"Hi, this is Becca from the Thompson account, the signed contract arrived.",
"Hey, it's Jade, I passed my driving test!",
"Hi, it's Grandpa, the tomatoes are ripe, come get some.",
"Hello, it's Irene, I'm back in town and I brought you a present.",
"Hi, it's Felix, lunch is on me today.",
"Hi, this is Kara from Bluebird Cleaning, we can do Tuesday at ten for the deep clean.",
"Hey, it's Nico, the pipes burst, the kitchen is flooded.",
]
m = [t for t in nopurp if find_purpose(t) is not None]
print("no-purpose recall", (len(nopurp)-len(m))/len(nopurp))
for t in m: print("  MISS", repr(find_purpose(t).text), "<-", t)
fp = [t for t in purp if find_purpose(t) is None]
print("purpose kept", (len(purp)-len(fp))/len(purp))
for t in fp: print("  FALSE", t)
