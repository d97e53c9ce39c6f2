from greetlint.rules_api import Rule


class CallbackRefusal(Rule):
    """The greeting tells callers they will not be called back.

    A caller who hears a refusal hangs up with nowhere to go; if the mailbox
    really is not monitored, say where to go instead.

    **Anti-pattern**

        Please don't leave a message, I will not be calling you back.

    **Best practice**

        This mailbox isn't checked. For help, email support@brightline.example or press zero for our team.
    """

    code = "GL201"
    name = "callback-refusal"
    category = "callback"
    severity = "error"

    def check(self, analysis):
        cb = analysis.facts.callback
        if cb.cls != "refusal":
            return
        where = "The greeting" if analysis.kind == "greeting" else "The message"
        yield self.finding(analysis, f"{where} says there will be no call back: {cb.phrase!r}.",
                           "Never refuse a call back; if the mailbox is unattended, give a way that works "
                           "(an email, a colleague, 'press zero').",
                           char_start=cb.char_start, char_end=cb.char_end)
