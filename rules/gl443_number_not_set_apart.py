from greetlint.rules_api import Rule


class NumberNotSetApart(Rule):
    """The phone number runs straight into the words around it.

    A short pause before a number tells callers to get a pen ready; one after lets them finish writing.

    **Anti-pattern**

        "...call me back at five five five zero one four two and I'll get back to you..."

    **Best practice**

        "...call me back at ... five five five, zero one four two ... I'll get back to you..."
    """

    code = "GL443"
    name = "number-not-set-apart"
    category = "clarity"
    severity = "info"
    needs_audio = True

    def check(self, analysis):
        least = analysis.settings.thresholds.number_pause_min_seconds
        for number in analysis.delivery.phone_numbers_timed if analysis.delivery else ():
            before, after = number.pause_before_s, number.pause_after_s
            missing = [side for side, pause in (("before", before), ("after", after)) if pause is not None and pause < least]
            if missing:
                yield self.finding(analysis, f"No pause {' or '.join(missing)} the number '{number.text}'.",
                                   f"Pause about half a second {' and '.join(missing)} the number.",
                                   start=number.start, end=number.end)
