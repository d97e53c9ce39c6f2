from greetlint.rules_api import Rule


class OutOfOfficeIncomplete(Rule):
    """An out-of-office greeting lacks a return date or a backup contact.

    "I'm out of the office" alone leaves the caller not knowing whether to
    wait a day or a month, or whom to call meanwhile.

    **Precision**

    Built for 0.85 or better: it needs an out-of-office notice; no labelled set scores its parts
    yet.

    **Anti-pattern**

        I'm out of the office this week. Leave a message.

    **Best practice**

        I'm out of the office until Monday, December 1st. For anything urgent,
        call my colleague Sam Lee at 206-555-0199.
    """

    code = "GL502"
    name = "ooo-incomplete"
    category = "courtesy"
    severity = "warning"
    kinds = ("greeting",)

    def check(self, analysis):
        ooo = analysis.facts.ooo
        if ooo is None:
            return
        missing = []
        if ooo.return_date is None and not ooo.return_phrase:
            missing.append("a return date")
        if not analysis.facts.alt_contact:
            missing.append("a backup contact")
        if not missing:
            return
        yield self.finding(analysis, f"Out-of-office greeting without {' or '.join(missing)}.",
                           "Say the exact day you are back and who to call meanwhile.",
                           char_start=ooo.char_start, char_end=ooo.char_end)
