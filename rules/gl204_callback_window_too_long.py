from greetlint.rules_api import Rule


class CallbackWindowTooLong(Rule):
    """The promised callback window is longer than one business day.

    Calls should be returned the same day or the next business day; a longer
    promise tells callers to try someone else. The limit is the
    ``max-callback-hours`` threshold (24 by default).

    **Precision**

    Built for 0.90 or better: it needs a window with an hour estimate; no labelled set scores it
    yet.

    **Anti-pattern**

        I will return your call within three to five business days.

    **Best practice**

        I will return your call by the end of the next business day.
    """

    code = "GL204"
    name = "callback-window-too-long"
    category = "callback"
    severity = "warning"

    def check(self, analysis):
        cb = analysis.facts.callback
        limit = analysis.settings.thresholds.max_callback_hours
        if cb.cls != "specific" or cb.within_hours is None or cb.within_hours <= limit:
            return
        if analysis.facts.ooo is not None:
            return  # an out-of-office absence is judged by its return date, not by this window
        yield self.finding(analysis, f"Callback window {cb.phrase!r} is about {cb.within_hours:g} h, longer than {limit:g} h.",
                           "Promise a call back the same or the next business day, or name a colleague who can.",
                           char_start=cb.char_start, char_end=cb.char_end)
