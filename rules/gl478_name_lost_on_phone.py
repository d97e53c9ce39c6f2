import re

from greetlint.rules_api import Rule


def _norm(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


class NameLostOnPhone(Rule):
    """A name heard in the recording no longer comes through on the phone line.

    Runs with ``--phone-check``: the recording is rendered through the target's call leg (G.711 at
    8 kHz, 300-3400 Hz) and transcribed again. A name the recogniser reads from the recording but
    not from that render is one callers are likely to mishear.

    **Anti-pattern**

        "Hi, it's sssSasha" - a name whose sound sits in the hiss the phone band cuts.

    **Best practice**

        Say the name clearly and a little slower than the rest; spell it if it is unusual.
    """

    code = "GL478"
    name = "name-lost-on-phone"
    category = "audio"
    severity = "warning"
    needs_audio = True

    def check(self, analysis):
        phone = analysis.phone
        if phone is None:
            return
        rendered = f" {_norm(phone.transcript.text)} "
        for name in analysis.facts.names:
            if f" {_norm(name.text)} " in rendered:
                continue
            others = ", ".join(n.text for n in phone.facts.names) or "no name"
            yield self.finding(analysis, f"The name '{name.text}' does not come through on the phone line "
                               f"(the {phone.codec} 8 kHz render gave {others}).",
                               "Re-record the name slowly and clearly, close to the microphone; spell it if it is unusual.",
                               char_start=name.char_start, char_end=name.char_end)
