from greetlint.rules_api import Rule


class NameUnsure(Rule):
    """A name was said, but the recogniser was unsure of its words: check how it comes across.

    The words right after "you've reached" or "this is" were heard with low confidence,
    the way an unusual name or a rushed one is. The name counts as said; this is a prompt
    to check that callers will catch it (and, for transcripts, its spelling).

    **Anti-pattern**

        Hi, you've reached d'nortiz.   (name run into the introduction)

    **Best practice**

        Hi, you've reached Dana Ortiz, at Brightline.
    """

    code = "GL106"
    name = "name-unsure"
    category = "name-number"
    severity = "info"
    needs_audio = True

    def check(self, analysis):
        for name in analysis.facts.unsure_names:
            yield self.finding(analysis, f"Name heard with low confidence as '{name.text}': check the spelling "
                               "and that it is said clearly.",
                               "Say the name slowly and on its own: 'Hi, you've reached Dana Ortiz.'",
                               char_start=name.char_start, char_end=name.char_end)
        if not analysis.facts.names and not analysis.facts.company:
            opening = analysis.facts.unsure_opening
            if opening is not None:  # no name read, but the opening that would say it was heard unsure
                yield self.finding(analysis, f"The opening was heard with low confidence ('{opening.text}'): if a name "
                                   "is said there, check that it is said clearly.",
                                   "Open with the name, slowly and on its own: 'Hi, you've reached Dana Ortiz.'",
                                   char_start=opening.char_start, char_end=opening.char_end)
