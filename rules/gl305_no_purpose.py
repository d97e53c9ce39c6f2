from greetlint.rules_api import Rule


class NoPurpose(Rule):
    """A left message never says why the caller called.

    Without a reason the listener cannot prepare, prioritise or delegate the
    call back; one sentence is enough.

    **Precision**

    Built for 0.85 or better. A purpose is any reason, request or topic; the rule fires only
    when the message is all frame (a greeting, who is calling, "call me back", a number, a
    goodbye), so an unusual way to state a reason costs recall, never a false finding. The frame
    also takes in what a caller says around no reason: giving up on the machine ("never mind,
    I'll e-mail you instead"), where they are in passing ("I'm in the car"), correcting themself,
    keeping in touch with no topic ("just checking in"), a matter left unnamed ("something we
    need to go over", "a pressing matter concerning your account"), a message announced but
    never said ("this is a very urgent call"), a reason broken off and denied ("actually no,
    I'm not calling about anything"). A clause of closed-class words alone (pronouns,
    auxiliaries, prepositions: "I'm, uh... well, I was") names no topic; a question put to the
    listener does. The words of the call itself (calling, a missed call, the message, the line or
    desk) and the caller's availability and earlier tries are frame too. One word left beyond
    the frame, said flatly, is too little to be a reason ("badge 2291"); a question, an
    exclamation, a negation or a topic word ("about Sunday") makes one word enough. Hesitations
    are read both ways (with and without them), and a reason has to survive both. On the blind
    sets' first runs it was precise (1.00 on every set) but missed messages with no purpose
    (recall 0.27-0.80, 0.33 on blind10); on invented short messages written after the code
    (never tuned on) it finds 0.80 of those with no purpose and keeps every purpose; on very
    short news of one word ("lunch is on me") it can fire wrongly. Figures per set in
    ``bench/BLIND.md``.

    **Anti-pattern**

        Hi, this is Mark from Acme Dental. You can call me back at 206-555-0142.

    **Best practice**

        Hi, this is Mark from Acme Dental, calling to confirm your crown fitting on Tuesday at 2.
        You can call me back at 206-555-0142.
    """

    code = "GL305"
    name = "no-purpose"
    category = "length"
    severity = "warning"
    kinds = ("message",)

    def check(self, analysis):
        if analysis.facts.purpose_stated is not False:
            return
        yield self.finding(analysis, "The message never says why you called.",
                           "Add one sentence: 'I'm calling about ...' or 'I'm calling to ...'.")
