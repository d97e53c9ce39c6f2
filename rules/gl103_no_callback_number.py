from greetlint.model import clock
from greetlint.rules_api import Rule


class NoCallbackNumber(Rule):
    """A left message gives no number to call back.

    The person may not have your number at hand (or is listening on another
    phone); without it, returning the call is work, so it waits. An error when
    nothing else leads back to you; a warning when the message gives an e-mail
    or names when you will call again.

    **Precision**

    Built for 0.90 or better. An error only on clear evidence: the recording is surely a message
    (an unsure kind makes it a warning), neither a number, an e-mail nor the caller's own dated
    promise is heard, and fewer than seven digits are said at all (more, and the number may be
    there in a form the reader missed: a warning), and in a recording the recogniser wrote down all
    the speech (``delivery.unheard``: 3 s or more of sound with no word, 1.5 s after the last word, is speech it
    left out, where the number may be; ``delivery.left_out``: a number cue whose number never comes, "call me back at
    one." and on, or a decoder loop: a warning that says where).

    **Anti-pattern**

        Hi, this is Mark from Acme Dental about your appointment. Call me back when you can.

    **Best practice**

        Hi, this is Mark from Acme Dental about your appointment. Please call me at 206-555-0142.
    """

    code = "GL103"
    name = "no-callback-number"
    category = "name-number"
    severity = "error"
    kinds = ("message",)

    def check(self, analysis):
        facts = analysis.facts
        if facts.phone_numbers or facts.unclear_numbers:
            return  # a number said but not understood is GL105's warning, not "no number"
        fix = "Say your number early and again at the end, slowly: 'two oh six, five five five, oh one four two'."
        # another way back (an e-mail said out) or the caller's own concrete promise to call again
        # leaves the listener somewhere to go: still worth a number, but not an error
        other_way = next((c.text for c in facts.caller_contact if c.kind in ("email", "website")), None)
        if other_way is not None:
            yield self.finding(analysis, f"The message gives no number to call back, only {other_way!r}.", fix,
                               severity="warning")
        elif analysis.delivery is not None and analysis.delivery.unheard:
            a, b = analysis.delivery.unheard[0]
            yield self.finding(analysis, f"No callback number was heard, but {b - a:.0f} s of speech at "
                               f"{clock(a)} could not be made out; listen to check it is there.",
                               fix, start=a, end=b, severity="warning")
        elif analysis.delivery is not None and analysis.delivery.left_out:
            a, b = analysis.delivery.left_out[0]
            yield self.finding(analysis, f"No callback number was heard, but the words at {clock(a)} "
                               "lead up to one that could not be made out; listen to check it is there.",
                               fix, start=a, end=b, severity="warning")
        elif facts.digits_said >= 7:  # the number may be there in a form the reader missed
            yield self.finding(analysis, "No callback number could be read, though digits are said; "
                               "say it as one clear number.", fix, severity="warning")
        elif facts.callback.cls == "specific":
            yield self.finding(analysis, "The message gives no number to call back; it relies on "
                               f"{facts.callback.phrase!r}.", fix, severity="warning")
        else:
            yield self.finding(analysis, "The message never says a number to call back.", fix)
