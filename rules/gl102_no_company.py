from greetlint.rules_api import Rule


class NoCompany(Rule):
    """A business greeting names a person but not the company.

    Callers who reach a direct line often are not sure they reached the right
    business; the company name confirms it in two words. Only reported for
    greetings that sound like a business line (they mention an office,
    business hours, colleagues, extensions or an operator: the ``business_cues``
    fact, listed in ``greetlint/lexicon/business.toml``).

    **Precision**

    Built for 0.85 or better; no labelled set marks companies yet, so it stays at info.

    **Anti-pattern**

        Hi, you've reached Dana. For urgent matters press zero for the front desk.

    **Best practice**

        Hi, you've reached Dana Ortiz at Brightline. For urgent matters press zero for the front desk.
    """

    code = "GL102"
    name = "no-company"
    category = "name-number"
    severity = "info"
    kinds = ("greeting",)

    def check(self, analysis):
        facts = analysis.facts
        if facts.company or not facts.names:
            return
        if facts.business_cues:
            first = facts.names[0]
            yield self.finding(analysis, f"The greeting says '{first.text}' but not the company.",
                               "Add the company after your name: 'you've reached Dana Ortiz at Brightline'.",
                               char_start=first.char_start, char_end=first.char_end)
