import re

from greetlint.facts.text import sentences
from greetlint.rules_api import Rule

_WORD = re.compile(r"[a-z0-9']+")


class RepeatedSentence(Rule):
    """The same sentence is said twice.

    Saying a sentence again wastes the caller's time and sounds like a
    recording glitch. Repeating the phone number is good practice and is not
    counted.

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
    MIN_WORDS = 4

    def check(self, analysis):
        text = analysis.transcript.text
        number_spans = [(n.char_start, n.char_end) for n in analysis.facts.phone_numbers]
        number_spans += [span for n in analysis.facts.phone_numbers for span in n.repeats]
        seen: set[tuple[str, ...]] = set()
        for start, end in sentences(text):
            if any(s < end and e > start for s, e in number_spans):
                continue  # a repeated phone number is what we ask for
            words = tuple(_WORD.findall(text[start:end].lower()))
            if len(words) < self.MIN_WORDS:
                continue
            if words in seen:
                yield self.finding(analysis, f"Sentence said twice: {text[start:end].strip()!r}.",
                                   "Say it once; cut the repeat.", char_start=start, char_end=end)
                continue
            seen.add(words)
