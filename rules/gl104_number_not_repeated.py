from greetlint.rules_api import Rule


class NumberNotRepeated(Rule):
    """A left message says the callback number only once, or not at the end.

    Listeners reach for a pen after they hear the number; repeating it at the
    end, slowly and in 3-3-4 groups, lets them write it down without replaying.

    **Precision**

    Built for 0.90 or better: it needs a number read and counted once; figures per set in
    ``bench/BLIND.md``.

    **Anti-pattern**

        This is Mark from Acme Dental, 206-555-0142, about your appointment on Friday. Thanks!

    **Best practice**

        This is Mark from Acme Dental, 206-555-0142, about your appointment on Friday.
        Again, that's 206-555-0142. Thanks!
    """

    code = "GL104"
    name = "number-not-repeated"
    category = "name-number"
    severity = "warning"
    kinds = ("message",)
    # the repeat counts as "at the end" when it starts in the last third of the message
    END_SHARE = 2 / 3

    def check(self, analysis):
        numbers = analysis.facts.phone_numbers
        if not numbers:
            return
        main = max(numbers, key=lambda n: n.count)
        if main.count >= 2:
            return
        text_len = max(1, len(analysis.transcript.text))
        if main.char_start >= self.END_SHARE * text_len and len(numbers) == 1:
            # said once, at the end: acceptable only for very short messages
            if analysis.facts.word_count <= 40:
                return
        yield self.finding(analysis, f"The callback number {main.text!r} is said only once.",
                           "Repeat the number at the end of the message, slowly, in 3-3-4 groups.",
                           char_start=main.char_start, char_end=main.char_end)
