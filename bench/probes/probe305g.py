from greetlint.facts.message import find_purpose
nopurp = [
"Hey Lou, it's Marta, gimme a call when you're up.",
"Hi, this is Harold Finch from Finch Brothers, please return my call. Thank you.",
"Hello, it's Uncle Vic. Call your uncle back, kiddo.",
"Hi, it's Shay, I'm in the car, ring me in twenty.",
"Yeah, it's Bert. Call me.",
"Hi, it's Olga from number 9. Pop round when you can.",
"Hello, this is Karen at Dr. Patel's office calling for Jim Hughes. Please call us at 555-0161.",
"Hi, it's Nadia, I'm free now if you want to chat. Call me.",
"Hey, it's Tomás, trying you once more. Ring me back.",
"Hi, it's Aunt Dee, I just wanted to hear your voice. Call me.",
"This is Priya with Westfield Credit Union. Please return this call at 1-800-555-0123 during business hours.",
"Hi, it's Rob, um, call me, I'm at home tonight.",
"Hey, it's Cass. Ugh, voicemail again. Call me.",
"Hello, this message is for Erin Doyle, please call Lena Ross at 555-0134.",
"Hi, it's Flo, I'll be on my cell all day, call me.",
]
purp = [
"Hey Lou, it's Marta, the fridge stopped working again.",
"Hi, this is Harold Finch, your tiles arrived, you can collect them Monday.",
"Hello, it's Uncle Vic, the fishing trip is on for Saturday.",
"Hi, it's Shay, I'm in the car, I'll be ten minutes late.",
"Yeah, it's Bert, did you take my ladder?",
"Hi, it's Olga from number 9, your parcel is with me.",
"Hello, this is Karen at Dr. Patel's office, your X-ray results are normal.",
"Hi, it's Nadia, I got tickets for the show tonight, want to come?",
"Hey, it's Tomás, I left my wallet in your car.",
"Hi, it's Aunt Dee, Grandpa is home from hospital.",
"This is Priya with Westfield Credit Union, your loan has been approved.",
"Hi, it's Rob, the match moved to Sunday.",
"Hey, it's Cass, can you water my plants this week?",
"Hello, this message is for Erin Doyle, your library card expires Friday.",
"Hi, it's Flo, we need milk and bread.",
]
m = [t for t in nopurp if find_purpose(t) is not None]
print("no-purpose recall %.2f" % ((len(nopurp)-len(m))/len(nopurp)))
for t in m: print("  MISS", repr(find_purpose(t).text), "<-", t)
fp = [t for t in purp if find_purpose(t) is None]
print("purpose kept %.2f" % ((len(purp)-len(fp))/len(purp)))
for t in fp: print("  FALSE", t)
