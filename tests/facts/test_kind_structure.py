"""Kind from who speaks to whom, and the careful facts of an unsure kind (invented sentences)."""
from __future__ import annotations

import pytest

from greetlint.facts import kind as kind_module
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
