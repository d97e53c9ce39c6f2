from greetlint.facts.message import find_purpose
nopurp = [
"Hi, it's Corinne, sorry, I know you're busy, just call me when you get a second.",
"Hello, Mr. Hale, this is Sergeant Price with the county sheriff's office. Please call me back at 555-0166.",
"Hey, it's Manny. Yeah. Call me.",
"Hi there, it's Lottie from the salon, please ring us back at your convenience.",
"Hey, it's me again, I keep missing you. Try me tonight.",
"Hi, this is Greta Voss, I'm returning a call from this number. Thanks.",
"Hi, it's Declan. I'll be up late, ring whenever.",
"Hello, this is Andrea from Harbor Insurance, please give me a call back at 555-0133, extension 214.",
"Yeah, hi, it's Kev, ring me when you're out of work, cheers.",
"Hi, Lydia, it's Auntie Joan, just ringing to say hello, give me a bell sometime.",
"Hi, it's Petra, I tried your cell as well. Call me.",
"Good morning, this is Frank Ortiz with Summit Realty, give me a call when you can at 555-0128.",
"Hi, this is Nurse Kelly at Lakeview Hospital, please call the nursing station at 555-0170.",
"Hey it's Tom. Call me, I'm free after three.",
"Hi, it's Hugo, um, yeah, so, call me I guess.",
]
purp = [
"Hi, it's Corinne, the babysitter cancelled, can you leave work early?",
"Hello, Mr. Hale, this is Sergeant Price, we recovered your wallet. Please call me back at 555-0166.",
"Hey, it's Manny, the concert's sold out, sorry.",
"Hi there, it's Lottie from the salon, your appointment on Thursday needs to move.",
"Hi, this is Greta Voss about the piano lessons for your daughter.",
"Hi, it's Declan, the roof guy says Monday.",
"Hello, this is Andrea from Harbor Insurance, your claim has been approved.",
"Yeah, hi, it's Kev, fancy a pint after work?",
"Hi, it's Petra, I'm at the hospital with Gran, she fell.",
"Good morning, this is Frank Ortiz with Summit Realty, we have an offer on your house.",
"Hey it's Tom, I'm free after three if you still need help moving.",
"Hi, it's Hugo, I'm locked out, do you have the spare key?",
"Hi, it's Rae, the kids have a snow day tomorrow.",
"Hello, this is Mia from Oakfield School, Ben has a fever, please come and get him.",
"Hey, it's Zoe, call me about the wedding dress!",
]
m = [t for t in nopurp if find_purpose(t) is not None]
print("no-purpose recall", (len(nopurp)-len(m))/len(nopurp))
for t in m: print("  MISS", repr(find_purpose(t).text), "<-", t)
fp = [t for t in purp if find_purpose(t) is None]
print("purpose kept", (len(purp)-len(fp))/len(purp))
for t in fp: print("  FALSE", t)
