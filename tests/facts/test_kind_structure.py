"""Kind from who speaks to whom, and the careful facts of an unsure kind (invented sentences)."""
from __future__ import annotations

import pytest

from greetlint.facts import kind as kind_module
from greetlint.facts import kind_confidence
from greetlint.transcript import from_script
from script_facts import kind_of


@pytest.mark.parametrize("text", [
    # the mailbox named as someone's phone; what to leave, with adjectives
    "Hi sweetie, it's Nana's phone. I don't always hear it, so leave me a good long message.",
    # sorting callers by what they want ("no need to call back" after a condition), a stand-in while away
    "Hi, it's Pia from Loom Studio. I'm away until the 3rd. If you're calling to confirm a fitting, no need "
    "to call back, you're booked. For anything else, my colleague Rene Laval is covering.",
    "Hi, it's Rene. Dr. Ruiz is covering my patients this week.",
    # one promise is one cue, however many cue patterns match its words
    "Hey, it's Noor. If it's urgent, try my office line. Otherwise leave a message and I'll call you later.",
])
def test_greetings(text):
    assert kind_of(text) == "greeting"


@pytest.mark.parametrize("text", [
    # the listener named first, then the speaker
    "Dr. Amari, this is Lou Grant with Fenwick Storage. Your unit's lock was cut and we replaced it.",
    "Dr. Amari, this is Lou Grant. I'm not sure the letter reached you.",
    # a caller counting their calls
    "This is our second attempt to reach you about the deposit on the hall. We can hold it until Friday.",
    # "no need to call back" as its own sentence: the caller closing the matter
    "Hi, this is for whoever asked about the kayak. Sorry, it's sold. No need to call back.",
    # a caller placing themself by their firm, working near the listener
    "Hello, I'm with Bright Gutters. We're in your neighborhood on Thursday. Give us a ring at 555-0170.",
    "Hello, I'm with Bright Gutters. The estimate went out by post this morning.",
])
def test_messages(text):
    assert kind_of(text) == "message"


def test_strong_cues_on_the_same_words_count_once():
    text = "Leave a message and I'll call you later."
    scores = kind_module.kind_scores(text)
    strong = [w for p, w in kind_module._cues("message") if w >= kind_module.STRONG_CUE and p.search(text)]
    assert len(strong) >= 2  # several message patterns read the one promise...
    assert scores["message"] == max(strong)  # ...which counts once


# issue 14, eng3-cb: a caller's grammar the cues wrote too narrowly (each fails on 88ef2e7)
@pytest.mark.parametrize("text", [
    # "calling for the parent of ..." / "calling for Dr. Moss's office": the branch needed a one-letter name
    "Good afternoon, this is Coach Rennick at Dale Valley High, calling for the parents of Ossian Tay. "
    "Ossian twisted an ankle at practice. Ring the athletics office on 555-0162 when you can.",
    "Hi, this is Oren at Kestrel Pharmacy, calling for Dr. Moss's office. We sent a refill request over.",
    # "calling with a <something> notice" and news of the listener's things in the past tense
    "This is Alder Park Middle School calling with a transportation notice. Your child's bus was rerouted this morning.",
    # an announced message about the listener's things; the firm's own records
    "This is an urgent message about your home warranty. Our records indicate that your plan has lapsed. Press 2 for details.",
    # the caller's own speech acts after "I'm not" are no absence: "I'm not selling anything"
    "Hi, this is Brook with the Civic Voice Poll, calling about the parks bond. We're not selling anything.",
    # stretched "hiii, it's me"; "yo, it's <name>."; "just wanted you to know"
    "Hiii, it's me, your cousin. I'm not telling you on the machine. I'll call you back later!",
    "Hiya, it's Corin. Out at the cabin, spotty signal till Friday. Just wanted you to know I switched the heater off.",
    # "give us a call back"; "my number's"; "you've got my number"
    "Hello, Tavi here from Sunpeak Gutters! Your street is on our list for a free gutter clean. Give us a ring back at 555-0133.",
    "Hi, this is Noor Sayed. You stopped by in May to measure the porch and promised a quote. My number's 555-0186.",
    "Hey Rafe, it's Luca. Running about ten minutes late, the bridge is closed. You've got my number anyway.",
    # the listener asked to reply to, or to disregard, this very message
    "This is an automated notice from Pinecrest Utilities. Service will be off Thursday. Please disregard this message if you have paid.",
    # a question about the listener's own ad; the listener's thing is done
    "Hi, is the red kayak still for sale? The one listed for two hundred? 555-0120.",
    "Hi, Deb from the service desk at Orchard Motors. Your Civic is done, we replaced the brake pads.",
])
def test_message_grammar(text):
    # a message, and a sure one: an unsure kind holds back facts and rules
    assert kind_of(text) == "message"
    assert kind_confidence(from_script(text)) == "sure"


@pytest.mark.parametrize("text", [
    # an owner who will probably not hear "this": a greeting, however casual its opening
    "Hey, it's Lio. I usually don't check this, so send a text.",
    # a greeting's own "your call has been forwarded"
    "Your call was transferred to a voice mailbox. Record your message at the beep.",
    "Hi, you've reached Sol. I'm not available right now. Leave a message.",
])
def test_greeting_grammar_kept(text):
    assert kind_of(text) == "greeting"


# news of an event's change, and what a greeting asks about someone else (eng3-cb; fail on 88ef2e7)
@pytest.mark.parametrize("text, kind", [
    ("Hi, Ms. Park's office here. Tonight's reading group is called off because of the ice.", "message"),
    ("Hey, it's Juno. Heads up, the dentist got rescheduled to Friday.", "message"),
    ("This is the Alder Middle School front office. If your student is sick, please leave the student's name "
     "and homeroom.", "greeting"),
])
def test_event_news_and_what_to_leave(text, kind):
    assert kind_of(text) == kind


# review 12 (A10, B3-B5): greetings the message cues pushed toward a message or an unsure kind. A
# friend's opening with "leave it at the tone" is the owner's; "just wanted you to know" followed by the
# owner's absence is a greeting's; weather given as a reason ("because of the snow") is no message cue;
# "give us a call back" is a caller's only with a number to call (a greeting gives hours)
@pytest.mark.parametrize("text", [
    "Hey, it's Oona. Leave it after the tone.",
    "Hi, it's Rolf. Just wanted you to know we're away till the 3rd. Leave a message.",
    "Hi, it's Maud. Back Tuesday. The studio is closed today because of the snow. Leave a message.",
])
def test_greetings_the_message_cues_left_alone(text):
    assert kind_of(text) == "greeting"
    assert kind_confidence(from_script(text)) == "sure"


# the greeting's grammar as a class, not the words of one greeting: what to leave about someone else
# ("leave <possessive> name"), "I'm not" + an absence (not the caller's own acts), an adverb before
# the owner's "won't check this"
@pytest.mark.parametrize("text, kind", [
    ("Hi, you've reached Sol. I'm not at my desk. Leave a message.", "greeting"),
    ("Hi, this is Kip with the Lakeside Survey, about the new ferry. I'm not collecting any money. Call me at 555-0190.", "message"),
    ("Hey, it's Lio. I normally don't check it, text me.", "greeting"),
    ("Hey, it's Lio. I honestly won't listen to this, so text me.", "greeting"),
])
def test_greeting_grammar_as_a_class(text, kind):
    assert kind_of(text) == kind


@pytest.mark.parametrize("text, side", [
    # "leave <possessive> name" is what a greeting asks of any caller
    ("To book a stay, please leave the owner's name and the dates.", "greeting"),
    ("Please leave the pupil's first name and grade.", "greeting"),
    ("Please leave her name and grade.", "greeting"),
    # "give us a call back" with hours is a greeting's; with a number to call, a caller's
    ("If you're calling late, please give us a call back between 9 and 4.", None),
    ("Give us a ring back at 555-0133.", "message"),
    # "I'm not" + an absence is a greeting's; + the caller's own act, neither side's
    ("I'm not in today.", "greeting-weak"),
    ("We're not taking calls this week.", "greeting-weak"),
    ("We're not collecting any money.", None),
    ("I'm not going to repeat it.", None),
])
def test_which_side_a_phrase_counts_for(text, side):
    scores = kind_module.kind_scores(text)
    if side is None:
        assert scores == {"greeting": 0, "message": 0}
    elif side == "greeting-weak":
        assert scores["greeting"] >= 2 and scores["message"] == 0
    else:
        other = "message" if side == "greeting" else "greeting"
        assert scores[side] >= 3 and scores[other] == 0
