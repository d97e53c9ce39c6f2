from greetlint.rules_api import Rule

UNHEARD_OPENING_S = 20.0  # where a recording says who is speaking


class NoName(Rule):
    """The recording never says who the caller reached (or who is calling).

    A caller who hears no name cannot tell whether they dialled the right
    person, and a message with no name is rarely returned.

    **Precision**

    Built for 0.90 or better: it fires only when no person name and no company is found at all,
    so a missed name costs recall, not a false finding. A business said in any of the places
    businesses name themselves counts (bare at the start, "the billing line for <Org>", after a
    vanity number), as does a title before a name ("this is attorney Ines Moreau") or a message
    signed at its end. Nor where the recogniser left speech out in the opening (``delivery.unheard``
    starting in the first UNHEARD_OPENING_S seconds): the name may be in it. Figures per set in
    ``bench/BLIND.md``.

    **Anti-pattern**

        Hi, I can't take your call right now. Leave a message after the tone.

    **Best practice**

        Hi, you've reached Dana Ortiz at Brightline. Leave a message after the tone.
    """

    code = "GL101"
    name = "no-name"
    category = "name-number"
    severity = "warning"

    def check(self, analysis):
        if analysis.facts.names or analysis.facts.company:
            return
        if analysis.delivery is not None and any(a < UNHEARD_OPENING_S for a, _ in analysis.delivery.unheard):
            return  # speech the recogniser did not write down where names are said: no evidence either way
        if analysis.facts.unsure_opening is not None:
            return  # an opening the recogniser was unsure of may be the name misheard: GL106 says so
        if analysis.kind == "greeting":
            yield self.finding(analysis, "The greeting never says whose phone this is.",
                               "Open with your name (and company): 'Hi, you've reached Dana Ortiz at Brightline.'",
                               char_start=0, char_end=_first_sentence_end(analysis.transcript.text))
        else:
            yield self.finding(analysis, "The message never says who is calling.",
                               "Start with your name and organisation: 'Hi, this is Mark Chen from Acme Dental.'",
                               char_start=0, char_end=_first_sentence_end(analysis.transcript.text))


def _first_sentence_end(text: str) -> int:
    for i, ch in enumerate(text):
        if ch in ".!?\n" and i > 0:
            return i + 1
    return len(text)
