from greetlint.rules_api import Rule


class VagueCallback(Rule):
    """A callback promise with no time window.

    "As soon as possible" means nothing to a caller deciding whether to wait
    or to try someone else; a concrete window sets an expectation you can keep.

    **Precision**

    Built for 0.85 or better: a promise (subject, future, contact verb) with no time expression
    in its sentence or the next.

    **Anti-pattern**

        Leave a message and I'll get back to you as soon as possible.

    **Best practice**

        Leave a message and I'll call you back by 5 p.m. the next business day.
    """

    code = "GL202"
    name = "vague-callback"
    category = "callback"
    severity = "warning"
    kinds = ("greeting",)

    def check(self, analysis):
        cb = analysis.facts.callback
        if cb.cls != "vague":
            return
        yield self.finding(analysis, f"Callback promise {cb.phrase!r} gives no time window.",
                           "Promise a window you can keep, e.g. 'by 5 p.m. the next business day'.",
                           char_start=cb.char_start, char_end=cb.char_end)
