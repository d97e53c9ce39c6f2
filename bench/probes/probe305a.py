from greetlint.facts.message import find_purpose
nopurp = [
"Hey, it's Marcy. Give me a shout when you're free. Bye.",
"Hi, this is Dale Pruitt with Corbin Associates, please return my call at 555-0142. Thanks.",
"It's me. Call me.",
"Hello, this is Officer Grant, please call me back at 555-0199 at your earliest convenience.",
"Hi, um, it's Bea, I was gonna ask you something but I'll just catch you later. Bye.",
"Hey, it's Theo. You there? Pick up. Pick up pick up. Okay, fine. Call me.",
"Hello? Hello? Ugh. Okay. Call me back, it's Dad.",
"Hi, this is a message for Leon Park. Please have him call Jordan at 555-0172. Thank you.",
"Hi, yeah, this is Shawn, calling back, you called me earlier? Call me again.",
"Hey, it's Nina, sorry I missed your call! Call me back whenever.",
"This is an automated message. Please call 1-800-555-0100. Goodbye.",
"Hey, it's Ray. Something came up. Call me.",
"Hi, it's Kim. Um. Hmm. I'll try later.",
"Hi, it's Sam from upstairs, call me when you get a sec.",
"Hello, this is Carol at Dr. Ames's office, please give us a call back at 555-0129.",
"Hi sweetie, it's Mom. Just me. Call me back, love you.",
"Hello, this message is for Darius. Darius, please call the office as soon as you get this. Thanks.",
"Hi, this is Gwen. I'll keep this short. Call me. Bye.",
"Hey, hey, it's Lu. Yeah. Okay. Bye.",
"Hey, it's Ollie, ah, it's not important, I'll catch you tomorrow.",
"Yo, it's Dre, hit me back when you see this.",
"Hi, it's Vanessa, returning your call. I'm around all afternoon.",
"Hi, this is Pam with the front desk, please call us back when you have a moment.",
"Hey, it's Jules. Guess who? Call me.",
"Hello, it's Walt, sorry to bother you, call me back.",
]
purp = [
"Hey, it's Marcy. The party's moved to my place. Bye.",
"Hi, this is Dale Pruitt with Corbin Associates about the survey of your lot. Call 555-0142.",
"Hi, it's Bea, can I borrow your drill this weekend?",
"Hey, it's Theo, the car won't start, can you pick me up?",
"Hi, this is Officer Grant, we found your stolen bike. Call 555-0199.",
"Hi, it's Leon, I'm outside, the door's locked.",
"Hello, this is Carol at Dr. Ames's office, to remind you of your cleaning tomorrow at nine.",
"Hi, it's Mom, did you get the package I sent?",
"Hey, it's Ray, I got the job!",
"Hi, it's Kim, I'll be twenty minutes late for dinner.",
"Hi, this is Gwen from the library, the book you reserved is in.",
"Hi, it's Jules, are you coming tonight?",
"Hello, it's Walt from across the street, your dog is loose again.",
"Hi, it's Nina, I need your address for the invitation.",
"Hey, it's Ollie, thanks for dinner last night, it was great.",
"Hi, it's Pam, your prescription is ready for pick-up.",
"Hey it's Dre, want to grab lunch Friday?",
"Hi, it's Vanessa. Happy anniversary to you both!",
"Hi, this is Shawn, I'm selling my couch, still interested?",
"Hi, it's Lu, I left my umbrella at your place.",
]
m = [t for t in nopurp if find_purpose(t) is not None]
print("no-purpose recall", (len(nopurp)-len(m))/len(nopurp))
for t in m: print("  MISS", repr(find_purpose(t).text), "<-", t)
fp = [t for t in purp if find_purpose(t) is None]
print("purpose kept", (len(purp)-len(fp))/len(purp))
for t in fp: print("  FALSE", t)
