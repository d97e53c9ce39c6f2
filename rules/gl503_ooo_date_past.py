from greetlint.rules_api import Rule


class OutOfOfficeDatePast(Rule):
    """The out-of-office greeting gives a return date that has already passed.

    A stale absence greeting tells callers you may be gone for good; switch
    back to the standard greeting when you return. Judged against today's date
    (``--today`` pins it).

    **Precision**

    Built for 0.95 or better: an error only when a return date is read and resolves to a day
    before ``--today``.

    **Anti-pattern**

        (recorded in March, still playing in May) I'm back in the office on March 24th.

    **Best practice**

        Re-record the standard greeting on the day you return.
    """

    code = "GL503"
    name = "ooo-date-past"
    category = "courtesy"
    severity = "error"
    kinds = ("greeting",)

    def check(self, analysis):
        ooo = analysis.facts.ooo
        if ooo is None or ooo.return_date is None or ooo.return_date >= analysis.today:
            return
        yield self.finding(analysis, f"The return date {ooo.return_date.isoformat()} has already passed.",
                           "Replace the out-of-office greeting with your standard greeting.",
                           char_start=ooo.char_start, char_end=ooo.char_end)
