from greetlint.rules_api import Rule


class NumberRushed(Rule):
    """The phone number is said too fast to write down.

    Callers write the number as you say it; more than about 2.5 digits a second and they miss one.

    **Anti-pattern**

        "Call me at fivefivefivezerooneforetwo."

    **Best practice**

        "Call me at five five five ... zero one four two" - in groups, with a breath between them.
    """

    code = "GL442"
    name = "number-rushed"
    category = "clarity"
    severity = "warning"
    needs_audio = True

    def check(self, analysis):
        limit = analysis.settings.thresholds.digits_per_second_max
        for number in analysis.delivery.phone_numbers_timed if analysis.delivery else ():
            rate = round(number.digits_per_second, 2)
            if rate > limit:
                yield self.finding(analysis, f"Number said at {rate:.1f} digits per second: '{number.text}'.",
                                   f"Say it in groups with a short pause between them, at most {limit:g} digits per second.",
                                   start=number.start, end=number.end)
