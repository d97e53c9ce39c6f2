from greetlint.rules_api import Rule


def same_number(a: str, b: str) -> bool:
    """The same phone number, allowing one side to have dropped a country or area code."""
    return a == b or (min(len(a), len(b)) >= 7 and (a.endswith(b) or b.endswith(a)))


class NumberLostOnPhone(Rule):
    """A phone number heard in the recording no longer comes through on the phone line.

    Runs with ``--phone-check``: the recording is rendered through the target's call leg (G.711 at
    8 kHz, 300-3400 Hz) and transcribed again. A number the recogniser reads from the recording but
    not from that render is one callers are likely to mishear ("five" and "nine" lose their high
    frequencies on a phone line).

    **Anti-pattern**

        A number said quickly and softly, or with the consonants carrying the digits, recorded far from the mic.

    **Best practice**

        Say the number slowly, in groups, close to the microphone; repeat it.
    """

    code = "GL477"
    name = "number-lost-on-phone"
    category = "audio"
    severity = "warning"
    needs_audio = True

    def check(self, analysis):
        phone = analysis.phone
        if phone is None:
            return
        heard = [n.digits for n in phone.facts.phone_numbers]
        for number in analysis.facts.phone_numbers:
            if any(same_number(number.digits, other) for other in heard):
                continue
            got = ", ".join(heard) if heard else "no number"
            yield self.finding(analysis, f"The number {number.digits} does not come through on the phone line "
                               f"(the {phone.codec} 8 kHz render gave {got}).",
                               "Re-record the number slowly, in groups of three and four digits, close to the "
                               "microphone; listen to it in the HTML report's 'as callers hear it' player.",
                               char_start=number.char_start, char_end=number.char_end)
