from greetlint.rules_api import Rule


class ContradictoryCallback(Rule):
    """The recording makes two callback promises that do not agree.

    "Same day" in one sentence and "within 48 hours" in the next leaves the
    caller with the longer one, and with doubt about both.

    **Precision**

    Built for 0.90 or better: it needs two specific windows that disagree; no labelled set
    scores it yet.

    **Anti-pattern**

        I return all calls the same day. Leave a message and I'll call you back within 48 hours.

    **Best practice**

        Leave a message and I'll call you back the same business day.
    """

    code = "GL205"
    name = "contradictory-callback"
    category = "callback"
    severity = "warning"
    kinds = ("greeting",)

    def check(self, analysis):
        phrases = analysis.facts.callback.all_phrases
        specific = [p for p in phrases if p.cls == "specific" and p.within_hours is not None]
        refusals = [p for p in phrases if p.cls == "refusal"]
        promises = [p for p in phrases if p.cls in ("specific", "vague")]
        if refusals and promises:
            a, b = promises[0], refusals[0]
        elif len(specific) >= 2:
            low = min(specific, key=lambda p: p.within_hours)
            high = max(specific, key=lambda p: p.within_hours)
            if high.within_hours <= low.within_hours * 1.5:
                return
            a, b = low, high
        else:
            return
        first, second = sorted((a, b), key=lambda p: p.char_start)
        yield self.finding(analysis, f"Callback promises disagree: {first.text!r} and {second.text!r}.",
                           "Keep one promise, the one you can always keep.",
                           char_start=first.char_start, char_end=second.char_end)
