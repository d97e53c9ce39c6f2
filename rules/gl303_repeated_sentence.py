from greetlint.rules_api import Rule


class RepeatedSentence(Rule):
    """The same sentence is said twice.

    Saying a sentence again wastes the caller's time and sounds like a
    recording glitch. Repeating the phone number is good practice and is not
    counted. Reads the ``repeated_sentences`` fact (sentences of four words or more).

    **Precision**

    Built for 0.90 or better: a sentence said twice word for word.

    **Anti-pattern**

        Please leave a message after the tone. ... Please leave a message after the tone.

    **Best practice**

        Say each thing once; repeat only your phone number, at the end.
    """

    code = "GL303"
    name = "repeated-sentence"
    category = "length"
    severity = "warning"

    def check(self, analysis):
        for repeat in analysis.facts.repeated_sentences:
            yield self.finding(analysis, f"Sentence said twice: {repeat.text.strip()!r}.",
                               "Say it once; cut the repeat.", char_start=repeat.char_start, char_end=repeat.char_end)
