from greetlint.rules_api import Rule


class PersonalTrivia(Rule):
    """Personal details or off-topic chatter that callers do not need.

    Where you are, what you are doing, pets and jokes make a business
    recording longer and less professional. Flagged when two or more
    different terms from ``greetlint/lexicon/trivia.toml`` appear (one alone is
    often innocent, like "vacation" in an out-of-office greeting). Reads the ``trivia`` fact.

    **Precision**

    Built for 0.85; a list of everyday words cannot show it on scripts it was not tuned on
    ("pizza" is trivia in a greeting and the business in "Pizza Barn"), so it is a **preview**
    rule: it runs only with ``--preview`` or ``preview = true``.

    **Anti-pattern**

        Hi, it's Mark! I'm probably at the gym or walking my dog, so leave a message.

    **Best practice**

        Hi, you've reached Mark Chen at Acme Dental. I'll call you back today.
    """

    code = "GL304"
    name = "personal-trivia"
    category = "length"
    severity = "warning"
    preview = True  # see **Precision**
    MIN_TERMS = 2

    def check(self, analysis):
        hits = analysis.facts.trivia
        terms = {h.text.lower() for h in hits}
        if len(terms) < self.MIN_TERMS:
            return
        listed = ", ".join(sorted(terms))
        yield self.finding(analysis, f"Personal or off-topic details: {listed}.",
                           "Keep to who you are, why you called and how to reach you.",
                           char_start=hits[0].char_start, char_end=hits[-1].char_end)
