from greetlint.rules_api import Rule


class NoCallbackNumber(Rule):
    """A left message gives no number to call back.

    The person may not have your number at hand (or is listening on another
    phone); without it, returning the call is work, so it waits.

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
        if analysis.facts.phone_numbers:
            return
        yield self.finding(analysis, "The message never says a number to call back.",
                           "Say your number early and again at the end, slowly: 'two oh six, five five five, oh one four two'.")
