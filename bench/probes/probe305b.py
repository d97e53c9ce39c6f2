from greetlint.facts.message import find_purpose
nopurp = [
"Hi, it's Fiona. Ring me back when you can, I'm home all day.",
"Hey, this is Mike Dolan, I'm a friend of Steve's, he gave me your number. Give me a call at 555-0110.",
"Good afternoon, this is Janet from Pinecrest Medical, could you please return our call? Our number is 555-0155.",
"Hey it's Andre, just me, nothing major, ring me.",
"Hello, this is the service department at Valley Ford, please call us at 555-0187.",
"Hi, Ellen here. Call me back on my cell, not the house phone.",
"Hi honey, it's your dad. Where are you? Call me.",
"It's Gina again. Third try. Call me.",
"Hey, it's Bruno, long story, I'll explain later. Call me.",
"Hello, yes, this is Mrs. Albright. Would you ring me please. Thank you, dear.",
"Hi, it's Parker, I'm on my lunch, call me back in the next half hour if you can.",
"Hey, Rita, it's Sal. Okay, well, um, call me.",
"Hi, this is Logan from Brightway, I'll send you an email instead. Thanks.",
"This is a courtesy call from Meridian Bank. Please call us back at 1-800-555-0120.",
"Hey it's Tasha, you know the drill, call me back.",
"Hi, it's Owen. I'm around till six. Ring me.",
"Hello, it's your neighbor Ken, from number twelve. Give me a knock or a call.",
"Hey, it's Izzy, can you call me back real quick?",
]
purp = [
"Hi, it's Fiona, the plumber is coming at ten, can you let him in?",
"Hey, this is Mike Dolan, a friend of Steve's, I hear you're selling your boat. Call me at 555-0110.",
"Good afternoon, this is Janet from Pinecrest Medical, your lab results are back. Please call 555-0155.",
"Hello, this is the service department at Valley Ford, your car is ready for pick up.",
"Hi, Ellen here, I'm at the airport, my flight got cancelled.",
"Hi honey, it's your dad, the game starts at seven, don't be late.",
"Hey, it's Bruno, I crashed the car. I'm fine. Call me.",
"Hi, it's Parker, I can't make it tonight, sorry.",
"This is a courtesy call from Meridian Bank about unusual activity on your card. Please call 1-800-555-0120.",
"Hey it's Tasha, I found a great apartment for you. Call me back.",
"Hello, it's your neighbor Ken, a package for you was left at my door.",
"Hey, it's Izzy, did you feed the cat?",
"Hi, it's Sal, the office is closed tomorrow because of the snow.",
"Hi, this is Dana from reception, your call earlier about the refund went through, it's approved.",
"Hey, it's Rob. I missed the bus, can you pick me up?",
"Hi, sorry, it's Viv, I left my phone charger at your place.",
"Hello, this is Dr. Ames's office calling to reschedule your appointment.",
"Hi, it's Cal, call me about the tickets.",
]
m = [t for t in nopurp if find_purpose(t) is not None]
print("no-purpose recall", (len(nopurp)-len(m))/len(nopurp))
for t in m: print("  MISS", repr(find_purpose(t).text), "<-", t)
fp = [t for t in purp if find_purpose(t) is None]
print("purpose kept", (len(purp)-len(fp))/len(purp))
for t in fp: print("  FALSE", t)
