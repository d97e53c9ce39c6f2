from greetlint.expect import check_expectation
from greetlint.rules_api import Rule


class ExpectedFact(Rule):
    """The recording does not say a fact the config expects (company, name, number, callback window, urgent path).

    A company pins what each greeting must say in ``[tool.greetlint.expect."GLOB"]``.
    A greeting recorded with an old number, a former colleague's name or a
    longer callback promise than the team keeps passes every other check and
    still sends callers the wrong way; this rule compares the facts heard with
    the ones expected. Numbers are compared by digits, however they were said
    (a leading country code 1 is ignored; 555-0142 matches 206-555-0142).
    On a recording, an expected number or company the words did not match is
    scored against the audio itself (``greetlint.verify``): when the expected
    wording fits about as well as the transcript, the recogniser misheard and the
    expectation is met.

    **Anti-pattern**

        # config: phone = "206-555-0142"
        Hi, you've reached Dana Ortiz at Brightline. Please call 206-555-0199.

    **Best practice**

        Hi, you've reached Dana Ortiz at Brightline. Please call 206-555-0142.
    """

    code = "GL601"
    name = "expected-fact"
    category = "name-number"
    severity = "error"

    def check(self, analysis):
        for expectation in analysis.settings.expectations_for(analysis.path):
            for mismatch in check_expectation(expectation, analysis.facts, analysis.transcript,
                                                  analysis.expected_heard):
                yield self.finding(analysis, mismatch.message,
                                   f"Re-record so it says {mismatch.expected}, or update the expectation in the config.",
                                   char_start=mismatch.char_start, char_end=mismatch.char_end)
