from greetlint.rules_api import Rule


class NoThanks(Rule):
    """A left message ends without a thank-you.

    A short "thanks" costs half a second and makes a call back more likely.

    **Precision**

    Built for 0.85 or better: info only, since thanks take many forms.

    **Anti-pattern**

        ... call me back at 206-555-0142.

    **Best practice**

        ... call me back at 206-555-0142. Thanks, talk soon.
    """

    code = "GL505"
    name = "no-thanks"
    category = "courtesy"
    severity = "info"
    kinds = ("message",)

    def check(self, analysis):
        if analysis.facts.thanks is not None:
            return
        yield self.finding(analysis, "The message has no thank-you.", "End with 'Thanks, talk soon.'")
