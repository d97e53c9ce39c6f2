from greetlint.rules_api import Rule


class NoCallbackWindow(Rule):
    """The greeting never says when the caller will hear back.

    Callers decide in seconds whether to leave a message; knowing when they
    will hear back is what makes leaving one worth it.

    **Precision**

    Built for 0.85 or better: it fires only when no promise, window or refusal is found and no
    return date is given. A promise is read by its grammar, not its wording: any person, role or
    team as the subject ("a claims specialist will return your call ..."), any verb of getting
    back ("be in touch", "reach out", "follow up"), a habit ("we typically respond within ...").
    On blind10's first run it fired 19 times on greetings, 14 rightly (0.74, short of the bar): on
    three refusals and two promises the grammar did not read. Three of those forms are read since
    (messages said not to be received, a bare plural noun as a refusal's subject, a habit with a noun
    before "messages"); the other two are a "no" limited to the evening and a reply by text that the
    labels count as a callback. Figures per set in ``bench/BLIND.md``.

    **Anti-pattern**

        You've reached Dana Ortiz at Brightline. Please leave a message.

    **Best practice**

        You've reached Dana Ortiz at Brightline. Leave a message and I'll return your call within one business day.
    """

    code = "GL203"
    name = "no-callback-window"
    category = "callback"
    severity = "warning"
    kinds = ("greeting",)

    def check(self, analysis):
        if analysis.facts.callback.cls != "none":
            return
        if analysis.facts.ooo is not None and analysis.facts.ooo.return_date is not None:
            return  # an out-of-office greeting with a return date already says when
        yield self.finding(analysis, "The greeting never says when callers will hear back.",
                           "Add a window: 'I'll return your call within one business day.'")
